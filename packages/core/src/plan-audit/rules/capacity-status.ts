// F38: the plan records the person's capacity: all decisions, some decisions, or lacks capacity for the decisions in
// question. Signed assessments on the person's record state it too, and the plan must not contradict them.
import { capacityStatusLabels } from '../../capacity/capacity-status.js';
import type { AuditInput } from '../audit-input.js';
import { capacityStatusOf, type CapacityStatus } from '../capacity.js';
import { assessmentsInForceOf, describeAssessments, recordedStatus } from '../capacity-records.js';
import type { Finding } from '../finding.js';
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
    // The signed assessments state the status on the person's record, where the capacity page shows it.
    if (!answer && assessmentsInForceOf(input).length > 0) return [];
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
    const stated = capacityStatusOf(answer.text);
    if (stated !== null) return contradiction(input, stated, answer.field);
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

/**
 * A warning when the plan's category is not the one the signed assessments show, naming the assessments that say
 * otherwise. Only assessments count here: a status read from the plan's own words cannot contradict the plan.
 */
function contradiction(input: AuditInput, stated: CapacityStatus, field: string): Finding[] {
  const status = recordedStatus(input);
  if (status === null || status.kind === 'assumed' || (status.kind === 'all' && status.basis !== 'assessed')) return [];
  if (status.kind === stated) return [];
  const lacking = status.kind === 'all' ? [] : status.lacksCapacityFor;
  const having = status.kind === 'lacks' ? [] : status.hasCapacityFor;
  // Name the assessments that go against what the plan says: a lack of capacity where it says "all", else capacity.
  const against = stated === 'all' ? lacking : having.length > 0 ? having : lacking;
  return [
    report({
      sectionKey: 'mental_capacity_and_consent',
      // The plan's answer is what to correct, so the editor shows the note beside it; the words name the records.
      field,
      severity: 'warn',
      explanation: `The plan records \u201c${capacityStatusLabels[stated].toLowerCase()}\u201d, but the signed assessments show \u201c${capacityStatusLabels[status.kind].toLowerCase()}\u201d: ${describeAssessments(against)}.`,
      howToFix:
        'Check the capacity assessments with the person and correct the plan\u2019s capacity answer, or record a new assessment if things have changed.',
    }),
  ];
}
