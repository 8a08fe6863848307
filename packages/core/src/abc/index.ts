// ABC records and what they suggest together: the categories they are counted by, the record as written and read,
// which records a list or an analysis looks at, and the function analysis.
export * from './abc-categories.js';
export * from './abc-record.js';
export * from './abc-filter.js';
export * from './function-analysis.js';
export * from './abc-api.js';
