// X1 (Hearth's addition): a contingency plan gives its trigger factors, what should happen and who to contact.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { external } from './sources.js';

const meta = {
  id: 'X1',
  title: 'Contingency plans complete',
  severity: 'fail',
  guidance: external(
    'PRSB Personalised Care and Support Plan standard: contingency plan (trigger factors, what should happen, who should be contacted)',
  ),
  cqc: ['Safe systems, pathways and transitions', 'Planning for the future'],
} as const;
const report = reporter(meta);

export const contingencyPlansComplete: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'contingency_plans') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'contingency_plans');
    if (!ref) return [];
    return [
      ...requireAnswer(report, input, ref, 'trigger_factors', 'A contingency plan starts from what would set it off.'),
      ...requireAnswer(report, input, ref, 'what_should_happen', 'Staff need to know what to do.'),
      ...requireAnswer(report, input, ref, 'who_to_contact', 'Give names, roles and numbers, in order.'),
    ];
  },
};
