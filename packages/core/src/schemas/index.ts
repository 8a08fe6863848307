export * from './common.js';
export * from './auth.js';
export * from './staff.js';
export * from './person.js';
