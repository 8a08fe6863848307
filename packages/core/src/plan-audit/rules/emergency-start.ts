// A3: after an emergency start the plan is still written as soon as possible (a configurable number of days).
import { isDate, plusDays } from '../dates.js';
import { reporter, type AuditRule } from '../rule.js';
import { firstPlanOn } from './plan-on-time.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'A3',
  title: 'Emergency start: plan completed as soon as possible',
  severity: 'fail',
  guidance: hcpa(
    'generalGuidance',
    'emergency services: complete the plan as soon as possible and record that it was an emergency admission',
  ),
  cqc: ['Assessing needs', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

export const emergencyStart: AuditRule = {
  ...meta,
  configKeys: ['emergencyPlanWithinDays'],
  appliesTo: (input) => input.person?.emergencyStart === true && isDate(input.person.serviceStartDate),
  check: (input, config) => {
    const start = input.person?.serviceStartDate ?? null;
    const due = plusDays(start, config.emergencyPlanWithinDays);
    if (start === null || due === null) return [];
    const first = firstPlanOn(input);
    const howToFix = 'Agree the plan with the person now; an emergency start allows a short delay, not an open-ended one.';
    if (first === null && input.today > due) {
      return [
        report({
          sectionKey: null,
          field: null,
          explanation: `The service was an emergency start on ${start} and still has no agreed plan (expected by ${due}).`,
          howToFix,
        }),
      ];
    }
    if (first !== null && first > due) {
      return [
        report({
          sectionKey: null,
          field: null,
          explanation: `The service was an emergency start on ${start}; the first plan was agreed on ${first}, later than ${due}.`,
          howToFix,
        }),
      ];
    }
    return [];
  },
};
