// Risk assessments attached to plan sections: a general likelihood × severity assessment, MUST and a falls screen.
export * from './general-risk.js';
export * from './must.js';
export * from './falls-screening.js';
