// F42: a person with capacity for all decisions takes part in and agrees their own plan; nobody agrees it for them.
import { agreementMethodLabels } from '../../care-plan/lifecycle.js';
import type { Finding } from '../finding.js';
import { recordedCapacity } from '../capacity.js';
import { reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'F42',
  title: 'Plan reflects the wishes of a person with capacity',
  severity: 'fail',
  guidance: hcpa(
    'mentalCapacity',
    'has capacity to make all decisions: the plan is written in line with the individual\u2019s wishes and preferences',
  ),
  cqc: ['Consent to care and treatment', 'Independence, choice and control'],
} as const;
const report = reporter(meta);

export const capacityAndAgreement: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => recordedCapacity(input.content) === 'all',
  check: (input) => {
    const found: Finding[] = [];
    if (!input.content.involvement.some((i) => i.kind === 'person')) {
      found.push(
        report({
          sectionKey: 'mental_capacity_and_consent',
          field: 'involvement',
          explanation: 'The person has capacity for all decisions, but the plan does not record them taking part.',
          howToFix: 'Write the plan with the person and record how they took part.',
        }),
      );
    }
    const method = input.version.agreement?.method;
    if (method === 'best_interests' || method === 'attorney_or_deputy') {
      found.push(
        report({
          sectionKey: 'mental_capacity_and_consent',
          field: 'agreement.method',
          explanation: `The person has capacity for all decisions, but the plan was agreed as: \u201c${agreementMethodLabels[method]}\u201d.`,
          howToFix:
            'A person with capacity agrees their own plan. Check the capacity record, or ask the person to agree the plan.',
        }),
      );
    }
    return found;
  },
};
