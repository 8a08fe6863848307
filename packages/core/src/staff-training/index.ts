// Staff training and competence: the domain's public face.
export * from './training-status.js';
export * from './training-record.js';
export * from './rrn-standing.js';
export * from './topic-standing.js';
export * from './training-flags.js';
export * from './training-access.js';
export * from './checklist-answers.js';
export * from './competence-checklist.js';
export * from './observation-checklist.js';
export * from './competence-api.js';
export * from './training-api.js';
