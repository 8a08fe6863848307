// K75: where a positive behaviour support or crisis plan is indicated, the plan says where it is.
import { answerOf, findSection } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { saysYes } from '../text-match.js';
import { derived } from './sources.js';

const meta = {
  id: 'K75',
  title: 'Positive behaviour support and crisis plan located',
  severity: 'fail',
  guidance: derived(
    'One-page profile: Positive Behaviour form and Crisis Management plan: if yes, state where it can be found',
    'onePageProfile',
  ),
  cqc: ['Safeguarding', 'Involving people to manage risks'],
} as const;
const report = reporter(meta);

function indicated(input: Parameters<AuditRule['check']>[0]): boolean {
  const profile = findSection(input.content, 'one_page_profile');
  const answer = profile && profile.section.notApplicable === null ? answerOf(profile, 'behaviour_support_plan_location') : null;
  const behaviour = findSection(input.content, 'behaviour_support');
  return (answer !== null && saysYes(answer.text)) || (behaviour !== null && behaviour.section.notApplicable === null);
}

export const behaviourSupportDocuments: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: indicated,
  check: (input) => {
    const behaviour = findSection(input.content, 'behaviour_support');
    if (behaviour && behaviour.section.notApplicable === null) {
      return answerOf(behaviour, 'plan_location')
        ? []
        : [
            missingAnswer(
              report,
              input,
              behaviour,
              'plan_location',
              'A behaviour support plan is indicated, so staff need to know where it is.',
            ),
          ];
    }
    return [
      report({
        sectionKey: 'behaviour_support',
        field: behaviour ? behaviour.path : null,
        explanation:
          'The one-page profile says a positive behaviour support or crisis plan is in place, but the behaviour support section is missing or marked not applicable.',
        howToFix: 'Write the behaviour support section, including where the full plan is kept and when it is reviewed.',
      }),
    ];
  },
};
