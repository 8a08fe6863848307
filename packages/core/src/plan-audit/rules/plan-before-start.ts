// A2: the plan is ideally in place before the service starts; within the 2 days allowed is a warning, not a failure.
import { isDate, plusDays } from '../dates.js';
import { reporter, type AuditRule } from '../rule.js';
import { firstPlanOn } from './plan-on-time.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'A2',
  title: 'Plan ideally completed before the service starts',
  severity: 'warn',
  guidance: hcpa('generalGuidance', 'timing rules (the plan must be completed before the service starts)'),
  cqc: ['Assessing needs', 'Care provision, integration and continuity'],
} as const;
const report = reporter(meta);

export const planBeforeStart: AuditRule = {
  ...meta,
  configKeys: ['firstPlanWithinDays'],
  appliesTo: (input) => input.person !== null && !input.person.emergencyStart && isDate(input.person.serviceStartDate),
  check: (input, config) => {
    const start = input.person?.serviceStartDate ?? null;
    const due = plusDays(start, config.firstPlanWithinDays);
    if (start === null || due === null) return [];
    const first = firstPlanOn(input);
    const howToFix = 'Agree plans before a service starts where you can; this one is still within the time allowed.';
    if (first === null && input.today > start && input.today <= due) {
      return [
        report({
          sectionKey: null,
          field: null,
          explanation: `The service started on ${start} without an agreed plan; it must be agreed by ${due}.`,
          howToFix,
        }),
      ];
    }
    if (first !== null && first > start && first <= due) {
      return [
        report({
          sectionKey: null,
          field: null,
          explanation: `The first plan was agreed on ${first}, after the service started on ${start} (within the ${config.firstPlanWithinDays} days allowed).`,
          howToFix,
        }),
      ];
    }
    return [];
  },
};
