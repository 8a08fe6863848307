// D28: health and wellbeing answers whether the person needs support with medication.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'D28',
  title: 'Medication support answer given',
  severity: 'fail',
  guidance: hcpa(
    'healthAndWellbeing',
    'medication support: yes (prompt / assist / administer), no, self-medicated or family given',
  ),
  cqc: ['Medicines optimisation', 'Assessing needs'],
} as const;
const report = reporter(meta);

export const medicationSupportAnswer: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'health_and_wellbeing') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'health_and_wellbeing');
    return ref
      ? requireAnswer(
          report,
          input,
          ref,
          'medication_support',
          'Say yes (prompt, assist or administer), no, self-medicated or family given.',
        )
      : [];
  },
};
