export * from './record-parts.js';
export * from './contacts.js';
export * from './sharing-decisions.js';
