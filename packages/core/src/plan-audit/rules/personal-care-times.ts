// H56: a person cared for in bed or double incontinent has the times of support written (am / lunch / teatime / pm).
import { answerOf, planText, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { mentionsAny, namesTimesOfDay } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'H56',
  title: 'Timed support for bed care or double incontinence',
  severity: 'fail',
  guidance: hcpa(
    'personalCare',
    'if cared for in bed or double incontinent, specify the times of day: am / lunch / teatime / pm',
  ),
  cqc: ['Safe systems, pathways and transitions', 'Person-centred care'],
} as const;
const report = reporter(meta);

export const personalCareTimes: AuditRule = {
  ...meta,
  configKeys: ['bedCarePhrases', 'doubleIncontinencePhrases'],
  appliesTo: (input, config) =>
    sectionInUse(input.content, 'personal_care') !== null &&
    // Either list on its own: a plan mentions one of the phrases of both lists exactly when it mentions one of either,
    // and the configured lists, unlike one joined afresh for each plan, are known to the text scan by sight.
    (mentionsAny(planText(input.content), config.bedCarePhrases) ||
      mentionsAny(planText(input.content), config.doubleIncontinencePhrases)),
  check: (input) => {
    const ref = sectionInUse(input.content, 'personal_care');
    if (!ref) return [];
    const answer = answerOf(ref, 'times_of_day');
    if (!answer)
      return [
        missingAnswer(
          report,
          input,
          ref,
          'times_of_day',
          'The plan says the person is cared for in bed or is double incontinent.',
        ),
      ];
    if (namesTimesOfDay(answer.text)) return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        explanation: 'The times of personal care support name no time of day.',
        howToFix: 'Give the times: am, lunch, teatime and pm, or clock times.',
      }),
    ];
  },
};
