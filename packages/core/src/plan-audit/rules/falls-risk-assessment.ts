// G48: a falls risk assessment is recorded, and the risks it found are carried into the plan with their interventions.
import type { Finding } from '../finding.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'G48',
  title: 'Falls risk assessment and prevention',
  severity: 'fail',
  guidance: hcpa(
    'mobility',
    'a falls risk assessment must be carried out; risks identified must be carried over into the care plan with interventions',
  ),
  cqc: ['Involving people to manage risks', 'Assessing needs'],
} as const;
const report = reporter(meta);

export const fallsRiskAssessment: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mobility_and_falls') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mobility_and_falls');
    if (!ref) return [];
    // A structured falls screening attached to the section is the assessment; general assessments carry its risks.
    const screened = ref.section.riskAssessments.falls.length > 0;
    const found: Finding[] = screened
      ? []
      : requireAnswer(report, input, ref, 'falls_risk_assessment', 'A falls risk assessment must be carried out and recorded.');
    if (
      ref.section.risks.length === 0 &&
      ref.section.riskAssessments.general.length === 0 &&
      !answerOf(ref, 'falls_prevention')
    ) {
      found.push(
        report({
          sectionKey: ref.key,
          field: `${ref.path}.risks`,
          explanation: 'No falls risk is carried into the plan with how it is managed.',
          howToFix: 'Add each risk the falls assessment found, with the intervention that manages it.',
        }),
      );
    }
    return found;
  },
};
