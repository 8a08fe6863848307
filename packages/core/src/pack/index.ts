export * from './service-user-guide.js';
export * from './emergency-pack.js';
