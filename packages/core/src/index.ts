// The Hearth domain: pure functions and shared schemas, no I/O.
export * from './roles.js';
export * from './errors.js';
export * from './access/policy.js';
export * from './people/nhs-number.js';
export * from './people/person-diff.js';
export * from './people/search-query.js';
export * from './auth/password-policy.js';
export * from './schemas/index.js';
export * from './care-plan/index.js';
export * from './pack/index.js';
export * from './plan-audit/index.js';
export * from './manual-audit/index.js';
export * from './personalisation/index.js';
export * from './communication-needs/index.js';
export * from './visit-records/index.js';
export * from './information-choices/index.js';
export * from './subject-access/index.js';
