// C19: a DNACPR decision is known to every care worker: it is an alert on the person's record, shown on every visit,
// and the plan and the record agree about it.
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { saysNo, saysYes } from '../text-match.js';
import { derived } from './sources.js';

const meta = {
  id: 'C19',
  title: 'DNACPR known to all staff',
  severity: 'fail',
  guidance: derived(
    'One-page profile: make sure all care staff and professionals are aware of the DNACPR (evidence: an alert on the record)',
    'onePageProfile',
  ),
  cqc: ['Planning for the future', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

const dnacprWords = /\b(?:dnacpr|dnar|dnr|respect form|do not attempt)\b/i;

function planAnswers(input: Parameters<AuditRule['check']>[0]) {
  const profile = sectionInUse(input.content, 'one_page_profile');
  const acp = sectionInUse(input.content, 'advance_care_planning');
  return [profile ? answerOf(profile, 'dnacpr_location') : null, acp ? answerOf(acp, 'dnacpr_or_respect') : null].filter(
    (a) => a !== null,
  );
}

export const dnacprAwareness: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => input.person?.alerts !== undefined && planAnswers(input).length > 0,
  check: (input) => {
    const alerts = input.person?.alerts ?? [];
    const hasAlert = alerts.some((a) => dnacprWords.test(a.description));
    const answers = planAnswers(input);
    const yes = answers.find((a) => saysYes(a.text));
    if (yes && !hasAlert) {
      return [
        report({
          sectionKey: null,
          field: 'person.alerts',
          explanation:
            'The plan says a DNACPR decision is in place, but the person\u2019s record has no DNACPR alert, so care workers may not see it.',
          howToFix: 'Add an alert to the person\u2019s record saying a DNACPR decision is in place and where the form is kept.',
        }),
      ];
    }
    const no = answers.find((a) => saysNo(a.text));
    if (no && hasAlert) {
      return [
        report({
          sectionKey: null,
          field: no.field,
          explanation: 'The person\u2019s record has a DNACPR alert, but the plan says there is no DNACPR decision.',
          howToFix: 'Check the form with the person, their GP or family, and correct whichever is wrong.',
        }),
      ];
    }
    return [];
  },
};
