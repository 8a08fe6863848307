// E31: a person who self-medicates has that said plainly, with who supports them and who reorders prescriptions.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'E31',
  title: 'Self-management stated',
  severity: 'fail',
  guidance: hcpa(
    'medication',
    'if the person self-administers, say so explicitly; record family support and who reorders prescriptions',
  ),
  cqc: ['Medicines optimisation', 'Independence, choice and control'],
} as const;
const report = reporter(meta);

export const selfManagementStated: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'medication')?.section.medicationSupportLevel === 'self_medicating',
  check: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    if (!ref) return [];
    return [
      ...requireAnswer(
        report,
        input,
        ref,
        'what_i_manage_myself',
        'The person self-medicates, and the toolkit asks for that to be stated explicitly.',
      ),
      ...requireAnswer(
        report,
        input,
        ref,
        'family_support',
        'Even without support from staff, record who helps and who reorders prescriptions.',
        'warn',
      ),
    ];
  },
};
