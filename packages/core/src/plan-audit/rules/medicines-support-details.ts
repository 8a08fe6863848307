// E37: where medicines support is given: how consent is sought, who to contact, and when the support is reviewed.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { external } from './sources.js';

const meta = {
  id: 'E37',
  title: 'Medicines-support details',
  severity: 'warn',
  guidance: external('CQC, \u201cMedicines support from home care agencies\u201d (cqc.org.uk): what the care plan should record'),
  cqc: ['Medicines optimisation', 'Consent to care and treatment'],
} as const;
const report = reporter(meta);

const supported = ['level_0', 'level_1', 'level_2', 'level_3'];

export const medicinesSupportDetails: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => supported.includes(sectionInUse(input.content, 'medication')?.section.medicationSupportLevel ?? ''),
  check: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    if (!ref) return [];
    return [
      ...requireAnswer(report, input, ref, 'consent', 'CQC expects the plan to say how consent to medicines support is sought.'),
      ...requireAnswer(report, input, ref, 'medicines_contact', 'CQC expects the plan to say who to contact about medicines.'),
      ...requireAnswer(
        report,
        input,
        ref,
        'review',
        'CQC expects the plan to say when medicines support will be reviewed (for example after six weeks).',
      ),
    ];
  },
};
