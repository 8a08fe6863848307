export * from './record-parts.js';
export * from './contacts.js';
export * from './sharing-decisions.js';
export * from './sharing-api.js';
export * from './shared-api.js';
export * from './shared-formats.js';
export * from './shared-easy-read.js';
export * from './sharing-authority.js';
