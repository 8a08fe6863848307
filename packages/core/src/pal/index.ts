// pal: the domain's public face.
export * from './pal-structure.js';
export * from './pal-score.js';
export * from './pal-import.js';
export * from './pal-assessment.js';
export * from './pal-api.js';
