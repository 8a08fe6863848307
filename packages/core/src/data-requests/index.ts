// Data requests from councils and professionals: logging them, their deadlines, how they are closed, and the report.
export * from './data-request-body.js';
export * from './data-request-updates.js';
export * from './deadlines.js';
export * from './data-request-api.js';
export * from './access-grants.js';
