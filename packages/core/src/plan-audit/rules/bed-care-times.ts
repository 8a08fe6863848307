// G47: a person cared for in bed has the times of day support is needed written down (am / lunch / teatime / pm).
import { answerOf, planText, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { mentionsAny, namesTimesOfDay } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'G47',
  title: 'Cared for in bed: times of support',
  severity: 'fail',
  guidance: hcpa('mobility', 'if cared for in bed, specify the times of day support is needed (am / lunch / teatime / pm)'),
  cqc: ['Safe systems, pathways and transitions', 'Person-centred care'],
} as const;
const report = reporter(meta);

export const bedCareTimes: AuditRule = {
  ...meta,
  configKeys: ['bedCarePhrases'],
  appliesTo: (input, config) => {
    const ref = sectionInUse(input.content, 'mobility_and_falls');
    return (
      ref !== null && (answerOf(ref, 'care_in_bed_times') !== null || mentionsAny(planText(input.content), config.bedCarePhrases))
    );
  },
  check: (input) => {
    const ref = sectionInUse(input.content, 'mobility_and_falls');
    if (!ref) return [];
    const answer = answerOf(ref, 'care_in_bed_times');
    if (!answer) return [missingAnswer(report, input, ref, 'care_in_bed_times', 'The plan says the person is cared for in bed.')];
    if (namesTimesOfDay(answer.text)) return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        explanation: 'The times the person needs support in bed name no time of day.',
        howToFix: 'Give the times: am, lunch, teatime and pm, or clock times.',
      }),
    ];
  },
};
