// Restrictive interventions: the register of each use, its debriefs, what needs attention and the trends.
export * from './intervention-schemas.js';
export * from './intervention-attention.js';
export * from './intervention-trends.js';
export * from './intervention-api.js';
