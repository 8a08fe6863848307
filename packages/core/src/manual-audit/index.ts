// Manual audits of a plan: templates (the toolkit checklist and the provider's own), answers, score and comparison.
export * from './template.js';
export * from './toolkit-template.js';
export * from './answers.js';
export * from './comparison.js';
export * from './api.js';
