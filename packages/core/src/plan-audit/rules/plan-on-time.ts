// A1: the first plan is in place no later than 2 days after the service starts.
import type { AuditInput } from '../audit-input.js';
import { earliest, isDate, plusDays } from '../dates.js';
import { reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'A1',
  title: 'Plan completed on time',
  severity: 'fail',
  guidance: hcpa('generalGuidance', 'timing rules (completed before the service starts and no later than 2 days after)'),
  cqc: ['Assessing needs', 'Care provision, integration and continuity'],
} as const;
const report = reporter(meta);

/** The date the first plan was agreed: the earliest known, counting the version being audited. */
export function firstPlanOn(input: AuditInput): string | null {
  return earliest(input.firstAgreedOn, input.version.agreedOn);
}

export const planOnTime: AuditRule = {
  ...meta,
  configKeys: ['firstPlanWithinDays'],
  appliesTo: (input) => input.person !== null && !input.person.emergencyStart && isDate(input.person.serviceStartDate),
  check: (input, config) => {
    const start = input.person?.serviceStartDate ?? null;
    const due = plusDays(start, config.firstPlanWithinDays);
    if (start === null || due === null) return [];
    const first = firstPlanOn(input);
    const fix =
      'Agree the plan with the person as soon as possible. If the service began in an emergency, record that on the person\u2019s record.';
    if (first === null && input.today > due) {
      return [
        report({
          sectionKey: null,
          field: null,
          explanation: `No plan has been agreed. It was due by ${due}, ${config.firstPlanWithinDays} days after the service started on ${start}.`,
          howToFix: fix,
        }),
      ];
    }
    if (first !== null && first > due) {
      return [
        report({
          sectionKey: null,
          field: null,
          explanation: `The first plan was agreed on ${first}, after it was due (${due}, ${config.firstPlanWithinDays} days after the service started on ${start}).`,
          howToFix: fix,
        }),
      ];
    }
    return [];
  },
};
