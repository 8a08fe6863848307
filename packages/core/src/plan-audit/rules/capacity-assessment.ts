// F39: where capacity is affected, at least one decision-specific capacity assessment is recorded.
import { recordedCapacity } from '../capacity.js';
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'F39',
  title: 'Capacity assessment where capacity is affected',
  severity: 'fail',
  guidance: hcpa(
    'mentalCapacity',
    'if there is doubt about the person\u2019s ability to make key decisions, carry out a capacity assessment',
  ),
  cqc: ['Consent to care and treatment'],
} as const;
const report = reporter(meta);

export const capacityAssessment: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => {
    const status = recordedCapacity(input.content);
    return status === 'some' || status === 'lacks';
  },
  check: (input) => {
    const ref = sectionInUse(input.content, 'mental_capacity_and_consent');
    return ref
      ? requireAnswer(
          report,
          input,
          ref,
          'capacity_assessments',
          'Capacity is recorded as affected, so each decision assessed, its outcome and where it is recorded must be given.',
        )
      : [];
  },
};
