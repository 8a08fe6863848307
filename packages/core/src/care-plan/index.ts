// Care and support plans: sections as data, the content of a version, its lifecycle, checks and differences.
export * from './support-levels.js';
export * from './section-definition.js';
export * from './section-extensions.js';
export * from './section-extension-check.js';
export * from './plan-content.js';
export * from './lifecycle.js';
export * from './check-against-definitions.js';
export * from './plan-diff.js';
export * from './draft-conflict.js';
export * from './plan-api.js';
export * from './sections/index.js';
export * from './timing.js';
export * from './exchange.js';
export * from './risk/index.js';
export * from './now-steps.js';
export * from './plan-labels.js';
