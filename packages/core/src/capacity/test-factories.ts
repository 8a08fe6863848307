// Typed factories for capacity tests: a signed assessment unless told otherwise. Not exported from the package.
import type { StoredCapacityAssessment } from './capacity-assessment.js';

let sequence = 0;

export function buildAssessment(overrides: Partial<StoredCapacityAssessment> = {}): StoredCapacityAssessment {
  sequence += 1;
  return {
    id: `assessment-${sequence}`,
    decision: 'Managing her medicines',
    decisionKey: null,
    outcome: 'lacks_capacity',
    assessedOn: '2026-11-20',
    signedAt: '2026-11-20T10:00:00Z',
    supersedes: null,
    fluctuates: false,
    reassessOn: null,
    ...overrides,
  };
}
