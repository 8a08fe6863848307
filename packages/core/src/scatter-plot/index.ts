// Scatter plots: when in the day and week a target behaviour happens, from ABC records and cells filled in directly.
export * from './scatter-terms.js';
export * from './scatter-shade.js';
export * from './scatter-grid.js';
export * from './scatter-summary.js';
export * from './scatter-entries.js';
export * from './scatter-response.js';
export * from './scatter-plot-api.js';
