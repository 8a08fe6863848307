// H57: the plan records how toiletries are provided.
import { personalCareNeeded } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'H57',
  title: 'Toiletries',
  severity: 'fail',
  guidance: hcpa('personalCare', 'record how toiletries are provided'),
  cqc: ['Person-centred care'],
} as const;
const report = reporter(meta);

export const toiletries: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => personalCareNeeded(input.content) !== null,
  check: (input) => {
    const ref = personalCareNeeded(input.content);
    return ref
      ? requireAnswer(
          report,
          input,
          ref,
          'toiletries',
          'Record who provides the person\u2019s toiletries and where they are kept.',
        )
      : [];
  },
};
