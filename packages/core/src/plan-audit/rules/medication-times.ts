// E34: where staff support medication, the plan says what support is given at each time of day.
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { namesTimesOfDay } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'E34',
  title: 'Medication support by time of day',
  severity: 'fail',
  guidance: hcpa('medication', 'specify the time of day and the support required in each period'),
  cqc: ['Medicines optimisation', 'Person-centred care'],
} as const;
const report = reporter(meta);

const supported = ['level_0', 'level_1', 'level_2', 'level_3'];

export const medicationTimes: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => supported.includes(sectionInUse(input.content, 'medication')?.section.medicationSupportLevel ?? ''),
  check: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    if (!ref || ref.section.steps.length > 0) return [];
    const answer = answerOf(ref, 'support_by_time_of_day');
    if (!answer)
      return [
        missingAnswer(
          report,
          input,
          ref,
          'support_by_time_of_day',
          'Staff support this person\u2019s medication, so each time of day needs its support described.',
        ),
      ];
    if (namesTimesOfDay(answer.text)) return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        explanation: 'The support by time of day names no time or part of the day.',
        howToFix: 'Say what support is given at each time, for example morning, lunch, tea and night, or 08:00 and 20:00.',
      }),
    ];
  },
};
