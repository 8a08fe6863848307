export * from './service-user-guide.js';
