// F42: a person with capacity for all decisions takes part in and agrees their own plan; nobody agrees it for them.
// With the person's records known, capacity is also what the signed assessments show, and a plan agreed by someone
// else needs an assessment in force finding the person lacks capacity: until then capacity is assumed (principle 1).
import { agreementMethodLabels } from '../../care-plan/lifecycle.js';
import type { AuditInput } from '../audit-input.js';
import type { Finding } from '../finding.js';
import { recordedCapacity } from '../capacity.js';
import {
  assessmentsInForceOf,
  describeAssessments,
  evidenceField,
  lackingAssessments,
  recordedStatus,
} from '../capacity-records.js';
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

function hasCapacityForAll(input: AuditInput): boolean {
  return recordedCapacity(input.content) === 'all' || recordedStatus(input)?.kind === 'all';
}

function agreedBySomeoneElse(input: AuditInput): 'best_interests' | 'attorney_or_deputy' | null {
  const method = input.version.agreement?.method;
  return method === 'best_interests' || method === 'attorney_or_deputy' ? method : null;
}

/** The records are known and no assessment in force finds a lack of capacity. */
function noLackRecorded(input: AuditInput): boolean {
  return input.capacity !== undefined && lackingAssessments(input).length === 0;
}

export const capacityAndAgreement: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => hasCapacityForAll(input) || (agreedBySomeoneElse(input) !== null && noLackRecorded(input)),
  check: (input) => {
    const found: Finding[] = [];
    if (hasCapacityForAll(input) && !input.content.involvement.some((i) => i.kind === 'person')) {
      found.push(
        report({
          sectionKey: 'mental_capacity_and_consent',
          field: 'involvement',
          explanation: 'The person has capacity for all decisions, but the plan does not record them taking part.',
          howToFix: 'Write the plan with the person and record how they took part.',
        }),
      );
    }
    const method = agreedBySomeoneElse(input);
    if (method === null) return found;
    const agreedAs = `\u201c${agreementMethodLabels[method]}\u201d`;
    if (recordedCapacity(input.content) === 'all' || !input.capacity) {
      found.push(
        report({
          sectionKey: 'mental_capacity_and_consent',
          field: 'agreement.method',
          explanation: `The person has capacity for all decisions, but the plan was agreed as: ${agreedAs}.`,
          howToFix:
            'A person with capacity agrees their own plan. Check the capacity record, or ask the person to agree the plan.',
        }),
      );
    } else if (noLackRecorded(input)) {
      const inForce = assessmentsInForceOf(input);
      const records =
        inForce.length === 0
          ? 'the person\u2019s record holds no signed capacity assessment'
          : `the assessments in force found capacity: ${describeAssessments(inForce)}`;
      found.push(
        report({
          sectionKey: 'mental_capacity_and_consent',
          field: evidenceField('assessments', inForce[0]?.id),
          explanation: `The plan was agreed as: ${agreedAs}, but no assessment finds the person lacks capacity (${records}), so they are assumed to have it.`,
          howToFix:
            'Ask the person to agree their plan. If there is doubt about their capacity to agree it, assess that decision and sign the assessment first.',
        }),
      );
    }
    return found;
  },
};
