// E36: where staff assist with or give medicines, relevant side effects are recorded (good practice).
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'E36',
  title: 'Side effects recorded',
  severity: 'warn',
  guidance: hcpa('medication', 'good practice: record relevant or possible side effects'),
  cqc: ['Medicines optimisation'],
} as const;
const report = reporter(meta);

const handled = ['level_1', 'level_2', 'level_3'];

export const medicationSideEffects: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => handled.includes(sectionInUse(input.content, 'medication')?.section.medicationSupportLevel ?? ''),
  check: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    return ref
      ? requireAnswer(
          report,
          input,
          ref,
          'side_effects',
          'Staff who assist with or give medicines need to know what to look out for.',
        )
      : [];
  },
};
