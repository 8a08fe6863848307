// I66: in a care home, a menu or meal plan reflecting the person's preferences is referenced.
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'I66',
  title: 'Co-produced menu (care homes)',
  severity: 'warn',
  guidance: hcpa('nutrition', 'signpost to a weekly menu / meal plan co-produced with the person\u2019s preferences'),
  cqc: ['Person-centred care', 'Listening to and involving people'],
} as const;
const report = reporter(meta);

export const coProducedMenu: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) =>
    input.person?.serviceKind === 'care_home' && sectionInUse(input.content, 'nutrition_and_hydration') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'nutrition_and_hydration');
    if (!ref) return [];
    const answer = answerOf(ref, 'menu_and_kitchen');
    if (!answer)
      return [
        missingAnswer(
          report,
          input,
          ref,
          'menu_and_kitchen',
          'In a care home the plan points to a menu made with the person\u2019s preferences.',
        ),
      ];
    if (/\bmenus?\b|meal plan/i.test(answer.text)) return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        explanation: 'No menu or meal plan is referenced.',
        howToFix: 'Say where the person\u2019s menu or meal plan is, and how their preferences shaped it.',
      }),
    ];
  },
};
