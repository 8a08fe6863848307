// H59: where weight is observed, the plan says who to tell about a change.
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { mentionsAny, saysNo } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'H59',
  title: 'Weight observations and escalation',
  severity: 'warn',
  guidance: hcpa(
    'personalCare',
    'weight: record observations; act as directed by healthcare professionals or the registered manager',
  ),
  cqc: ['Involving people to manage risks', 'How staff, teams and services work together'],
} as const;
const report = reporter(meta);

export const weightEscalation: AuditRule = {
  ...meta,
  configKeys: ['escalationWords'],
  appliesTo: (input) => {
    const ref = sectionInUse(input.content, 'personal_care');
    const answer = ref ? answerOf(ref, 'weight') : null;
    return answer !== null && !saysNo(answer.text);
  },
  check: (input, config) => {
    const ref = sectionInUse(input.content, 'personal_care');
    const answer = ref ? answerOf(ref, 'weight') : null;
    if (!ref || !answer || mentionsAny(answer.text, config.escalationWords)) return [];
    return [
      report({
        sectionKey: ref.key,
        field: answer.field,
        explanation: 'Weight is observed, but the plan does not say who to tell about a change.',
        howToFix:
          'Say who to tell and when, for example \u201ctell the office and my GP if I lose more than 2 kg in a month\u201d.',
      }),
    ];
  },
};
