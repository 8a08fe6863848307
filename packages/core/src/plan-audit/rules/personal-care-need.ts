// H52: the plan states clearly whether the person needs personal care.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'H52',
  title: 'Personal care need stated',
  severity: 'fail',
  guidance: hcpa('personalCare', 'clearly document whether the individual needs personal care'),
  cqc: ['Assessing needs'],
} as const;
const report = reporter(meta);

export const personalCareNeed: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'personal_care') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'personal_care');
    return ref ? requireAnswer(report, input, ref, 'personal_care_needed', 'Say yes or no, plainly.') : [];
  },
};
