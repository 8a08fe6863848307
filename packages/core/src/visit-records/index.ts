// Visit and daily records: what a care worker records at a visit or shift, escalated concerns, and late or missed visits.
export * from './london-time.js';
export * from './visit-record-content.js';
export * from './planned-visits.js';
export * from './visit-attention.js';
export * from './visit-escalations.js';
export * from './visit-record-api.js';
