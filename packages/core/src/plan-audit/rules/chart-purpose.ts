// I62: a weight or fluid chart records why it is kept and its dates; a fluid chart longer than 5 days needs a clinical reason.
import type { Finding } from '../finding.js';
import { daysBetween } from '../dates.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { datesIn, mentionsAny, mentionsDate, saysNo } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'I62',
  title: 'Charts: purpose and duration',
  severity: 'fail',
  guidance: hcpa('nutrition', 'weight and fluid charts: why, what is done with it, purpose and how long (3\u20135 days maximum)'),
  cqc: ['Involving people to manage risks', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

const purposeWords =
  /\bbecause\b|\bso that\b|\bto (?:check|monitor|see|make sure|track|find out)\b|\bpurpose\b|\bwhy\b|\badvised\b|\brecommended\b/i;

export const chartPurpose: AuditRule = {
  ...meta,
  configKeys: ['fluidChartMaxDays', 'escalationWords'],
  appliesTo: (input) => {
    const ref = sectionInUse(input.content, 'nutrition_and_hydration');
    const answer = ref ? answerOf(ref, 'charts') : null;
    return answer !== null && !saysNo(answer.text);
  },
  check: (input, config) => {
    const ref = sectionInUse(input.content, 'nutrition_and_hydration');
    const answer = ref ? answerOf(ref, 'charts') : null;
    if (!ref || !answer) return [];
    const found: Finding[] = [];
    const at = { sectionKey: ref.key, field: answer.field };
    if (!mentionsDate(answer.text))
      found.push(
        report({
          ...at,
          explanation: 'A chart is in place, but its start and end dates are not recorded.',
          howToFix: 'Give the date each chart started and the date it will stop.',
        }),
      );
    if (!purposeWords.test(answer.text))
      found.push(
        report({
          ...at,
          explanation: 'A chart is in place, but not why it is kept or what is done with it.',
          howToFix: 'Say why the chart is kept, who looks at it, and what they do with the results.',
        }),
      );
    const dates = datesIn(answer.text).sort();
    const first = dates[0];
    const last = dates[dates.length - 1];
    if (
      /fluid/i.test(answer.text) &&
      first !== undefined &&
      last !== undefined &&
      daysBetween(first, last) > config.fluidChartMaxDays &&
      !mentionsAny(answer.text, [...config.escalationWords, 'rationale', 'clinical'])
    ) {
      found.push(
        report({
          ...at,
          severity: 'warn',
          explanation: `The fluid chart runs ${daysBetween(first, last)} days, longer than ${config.fluidChartMaxDays}, with no clinical reason recorded.`,
          howToFix: 'Record who advised a longer chart and why, or bring it to an end.',
        }),
      );
    }
    return found;
  },
};
