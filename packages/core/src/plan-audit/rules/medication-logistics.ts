// E35: recording, collecting, storing and ordering medication are each addressed, or marked as not applying.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireChecklist } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'E35',
  title: 'Medication logistics covered',
  severity: 'fail',
  guidance: hcpa('medication', 'other things to consider: recording, collecting, storing and ordering my medication'),
  cqc: ['Medicines optimisation'],
} as const;
const report = reporter(meta);

export const medicationLogistics: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => {
    const level = sectionInUse(input.content, 'medication')?.section.medicationSupportLevel;
    return level !== undefined && level !== 'none_required';
  },
  check: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    return ref ? requireChecklist(report, input, ref, 'other_things_to_consider') : [];
  },
};
