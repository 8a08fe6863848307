// Information and communication needs (the Accessible Information Standard): the record, its flag, and the plan
// in the formats people need (easy read, plain text).
export * from './needs.js';
export * from './needs-flag.js';
export * from './plan-parts.js';
export * from './easy-read.js';
export * from './plain-text-plan.js';
