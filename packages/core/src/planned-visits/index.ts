// Planned visits and the phones' reports of unsent records: the rounds, a worker's upcoming visits, and what the
// senior on duty is shown.
export * from './planned-visit-schemas.js';
export * from './planned-visit-rules.js';
export * from './outbox-report.js';
