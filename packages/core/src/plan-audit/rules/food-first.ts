// I65: supplements are used only after food first was considered, or on a clinical instruction.
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { saysNo } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'I65',
  title: 'Food first',
  severity: 'fail',
  guidance: hcpa('nutrition', 'food first: use nutrient-providing food in place of medication and supplements wherever possible'),
  cqc: ['Person-centred care', 'Medicines optimisation'],
} as const;
const report = reporter(meta);

const reasonWords = /food[- ]first|fortif|prescri|dietitian|dietician|\bgp\b|doctor|clinical|nurse|speech and language|\bsalt\b/i;

export const foodFirst: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => {
    const ref = sectionInUse(input.content, 'nutrition_and_hydration');
    const answer = ref ? answerOf(ref, 'supplements') : null;
    return answer !== null && !saysNo(answer.text);
  },
  check: (input) => {
    const ref = sectionInUse(input.content, 'nutrition_and_hydration');
    const answer = ref ? answerOf(ref, 'supplements') : null;
    if (!ref || !answer || reasonWords.test(answer.text)) return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        explanation: 'Supplements are recorded without saying food first was tried or who prescribed them.',
        howToFix: 'Say how food first (fortified food, snacks) was considered, or which clinician prescribed the supplement.',
      }),
    ];
  },
};
