export * from './record-parts.js';
export * from './contacts.js';
export * from './sharing-decisions.js';
export * from './sharing-api.js';
export * from './shared-api.js';
