// The personalisation action plan for care homes: areas of personalised care, self-assessments and progress.
export * from './areas.js';
export * from './default-areas.js';
export * from './assessment.js';
export * from './progress.js';
export * from './responses.js';
