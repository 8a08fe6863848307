// F40: where the person has capacity for some decisions, each section of the plan has a decision-specific assessment
// in force linked to it. Read from the signed assessments' plan sections, so it needs the person's records.
import { sectionsWithoutAssessment } from '../../capacity/capacity-status.js';
import type { AuditInput } from '../audit-input.js';
import { recordedCapacity } from '../capacity.js';
import { assessmentsInForceOf, describeAssessments, evidenceField, recordedStatus } from '../capacity-records.js';
import { sectionTitle, sectionsInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'F40',
  title: 'One capacity assessment per section for \u201csome decisions\u201d',
  // A warning, not a failure: the section's guidance asks for an assessment in each section "where it is needed",
  // and a section where no decision is in doubt needs none; the finding asks the writer to check.
  severity: 'warn',
  guidance: hcpa('mentalCapacity', 'capacity for some decisions: a capacity assessment for each section of the care plan'),
  cqc: ['Consent to care and treatment'],
} as const;
const report = reporter(meta);

/** The profile is about the person, and this section about capacity itself: neither holds a care decision. */
const sectionsWithoutDecisions = new Set(['one_page_profile', 'mental_capacity_and_consent']);

function hasSomeDecisions(input: AuditInput): boolean {
  return recordedCapacity(input.content) === 'some' || recordedStatus(input)?.kind === 'some';
}

export const capacityPerSection: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => input.capacity !== undefined && hasSomeDecisions(input),
  check: (input) => {
    const sections = sectionsInUse(input.content).filter((s) => !sectionsWithoutDecisions.has(s.key));
    const missing = new Set(
      sectionsWithoutAssessment(
        sections.map((s) => s.key),
        input.capacity?.assessments ?? [],
      ),
    );
    const inForce = assessmentsInForceOf(input);
    const known =
      inForce.length === 0
        ? 'No signed assessment is in force.'
        : `The assessments in force are ${describeAssessments(inForce)}.`;
    return sections
      .filter((s) => missing.has(s.key))
      .map((s) =>
        report({
          sectionKey: s.key,
          field: evidenceField('assessments'),
          explanation: `The person has capacity for some decisions, but no capacity assessment in force is linked to ${sectionTitle(input, s.key)}. ${known}`,
          howToFix:
            'Where a decision in this section is in doubt, assess it and choose this section among the plan sections the assessment is about; link an existing assessment by recording it again with the section chosen.',
        }),
      );
  },
};
