// I63: nutrition screening (MUST) is recorded where indicated, with its score and date.
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { mentionsDate, saysNo } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'I63',
  title: 'MUST screening recorded',
  severity: 'fail',
  guidance: hcpa(
    'nutrition',
    'complete a MUST score where needed and follow its actions; CQC seeks evidence of nutrition screening',
  ),
  cqc: ['Assessing needs', 'Involving people to manage risks'],
} as const;
const report = reporter(meta);

export const mustScreening: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'nutrition_and_hydration') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'nutrition_and_hydration');
    if (!ref) return [];
    // A structured MUST screening attached to the section holds its own score and date.
    if (ref.section.riskAssessments.must.length > 0) return [];
    const answer = answerOf(ref, 'screening');
    if (!answer)
      return [
        missingAnswer(
          report,
          input,
          ref,
          'screening',
          'Record the MUST score and its date, or why screening is not indicated.',
          'warn',
        ),
      ];
    if (saysNo(answer.text) || (/\d/.test(answer.text.replace(/\b(?:19|20)\d{2}\b/g, '')) && mentionsDate(answer.text)))
      return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        explanation: 'The nutrition screening does not give both a score and the date it was done.',
        howToFix: 'Record the MUST score, the date, and the actions the score requires.',
      }),
    ];
  },
};
