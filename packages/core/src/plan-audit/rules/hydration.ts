// I64: every plan considers the risk of dehydration and urine infection: a hydration plan or preference is present.
import { answerOf, findSection, planText } from '../plan-reading.js';
import { always, reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'I64',
  title: 'Hydration considered for everyone',
  severity: 'fail',
  guidance: hcpa(
    'nutrition',
    'dehydration and UTIs: assume a risk of dehydration for every person (the sentence is truncated in the source)',
  ),
  cqc: ['Involving people to manage risks', 'Assessing needs'],
} as const;
const report = reporter(meta);

const drinkWords = /\b(?:drinks?|drinking|fluids?|hydrat\w*|water|cups? of tea|squash|juice)\b/i;

export const hydration: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: always,
  check: (input) => {
    const nutrition = findSection(input.content, 'nutrition_and_hydration');
    if ((nutrition && answerOf(nutrition, 'drinks')) || drinkWords.test(planText(input.content))) return [];
    return [
      report({
        sectionKey: 'nutrition_and_hydration',
        field: nutrition ? `${nutrition.path}.answers` : null,
        missing: nutrition ? 'answers.drinks' : null,
        explanation: 'Nothing in the plan says what the person likes to drink or how they are helped to drink enough.',
        howToFix:
          'Record what the person likes to drink, how much, how to help, and the signs of dehydration or a urine infection to report.',
      }),
    ];
  },
};
