// Mental capacity, consent, legal authority and advance care planning: assessments, best interests, who may decide.
export * from './capacity-assessment.js';
export * from './assessments-in-force.js';
export * from './capacity-status.js';
export * from './best-interests.js';
export * from './legal-authority.js';
export * from './advance-decision.js';
export * from './deprivation-of-liberty.js';
export * from './imca.js';
export * from './advance-care-plan.js';
export * from './resuscitation-record.js';
export * from './consent.js';
export * from './capacity-api.js';
export * from './capacity-records-api.js';
export * from './capacity-records.js';
export * from './capacity-attention.js';
export * from './plan-agreement.js';
export * from './section-capacity-consent.js';
