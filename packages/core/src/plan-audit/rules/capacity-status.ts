// F38: the plan records the person's capacity: all decisions, some decisions, or lacks capacity for the decisions in question.
import { capacityStatusOf } from '../capacity.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'F38',
  title: 'Capacity status recorded',
  severity: 'fail',
  guidance: hcpa('mentalCapacity', 'capacity categories: all decisions, some decisions, lacks capacity'),
  cqc: ['Consent to care and treatment'],
} as const;
const report = reporter(meta);

export const capacityStatus: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mental_capacity_and_consent') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mental_capacity_and_consent');
    if (!ref) return [];
    const answer = answerOf(ref, 'capacity_status');
    if (!answer)
      return [
        missingAnswer(
          report,
          input,
          ref,
          'capacity_status',
          'Every plan records the person\u2019s capacity to make decisions about their care.',
        ),
      ];
    if (capacityStatusOf(answer.text) !== null) return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        severity: 'warn',
        explanation: 'The capacity answer does not say which category applies.',
        howToFix:
          'Say whether the person has capacity for all decisions, for some decisions (and which), or lacks capacity for the decisions in question.',
      }),
    ];
  },
};
