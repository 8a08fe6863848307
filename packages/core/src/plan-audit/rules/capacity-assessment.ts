// F39: where capacity is affected, at least one decision-specific capacity assessment is recorded: in the plan's
// words, or as a signed assessment on the person's record.
import type { AuditInput } from '../audit-input.js';
import { recordedCapacity, statedImpairmentOf } from '../capacity.js';
import { assessmentsInForceOf, evidenceField } from '../capacity-records.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'F39',
  title: 'Capacity assessment where capacity is affected',
  severity: 'fail',
  guidance: hcpa(
    'mentalCapacity',
    'if there is doubt about the person\u2019s ability to make key decisions, carry out a capacity assessment',
  ),
  cqc: ['Consent to care and treatment'],
} as const;
const report = reporter(meta);

const why = 'Capacity is recorded as affected, so each decision assessed, its outcome and where it is recorded must be given.';

/**
 * Capacity is affected when the plan says "some decisions" or "lacks capacity"; with the person's records known, also
 * when the plan states an impairment that affects decisions (toolkit rule 39) or an assessment found a lack of capacity.
 */
function capacityAffected(input: AuditInput): boolean {
  const status = recordedCapacity(input.content);
  if (status === 'some' || status === 'lacks') return true;
  if (!input.capacity) return false;
  return (
    statedImpairmentOf(input.content) === 'affects_decisions' ||
    assessmentsInForceOf(input).some((a) => a.outcome === 'lacks_capacity')
  );
}

export const capacityAssessment: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: capacityAffected,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mental_capacity_and_consent');
    if (ref && answerOf(ref, 'capacity_assessments')) return [];
    if (assessmentsInForceOf(input).length > 0) return [];
    if (!input.capacity) return ref ? [missingAnswer(report, input, ref, 'capacity_assessments', why)] : [];
    return [
      report({
        sectionKey: 'mental_capacity_and_consent',
        field: evidenceField('assessments'),
        explanation:
          'Capacity is recorded as affected, but the plan names no assessment and the person\u2019s record holds no signed capacity assessment.',
        howToFix:
          'Assess the person\u2019s capacity for each decision in doubt and sign the assessment on their capacity page, then say in the plan which decisions were assessed.',
      }),
    ];
  },
};
