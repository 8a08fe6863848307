// Behaviour-support-planning audits of a service: the domain's public face.
export * from './audit-questions.js';
export * from './audit-answers.js';
export * from './audit-api.js';
