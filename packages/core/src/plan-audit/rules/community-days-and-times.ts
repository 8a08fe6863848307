// J68: community activities give days, times and who supports each, and how often services are used.
import type { Finding } from '../finding.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { isSpecific, saysNo } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'J68',
  title: 'Days, times and supporters for community activities',
  severity: 'fail',
  guidance: hcpa('communityAccess', 'specify the days and times, and who carries out each task'),
  cqc: ['Independence, choice and control', 'Care provision, integration and continuity'],
} as const;
const report = reporter(meta);

export const communityDaysAndTimes: AuditRule = {
  ...meta,
  configKeys: ['specificWords'],
  appliesTo: (input) => sectionInUse(input.content, 'community_access_and_engagement') !== null,
  check: (input, config) => {
    const ref = sectionInUse(input.content, 'community_access_and_engagement');
    if (!ref) return [];
    const found: Finding[] = [];
    const plan = answerOf(ref, 'activity_plan');
    if (!plan)
      found.push(
        missingAnswer(
          report,
          input,
          ref,
          'activity_plan',
          'Record each activity with its day, time and who supports the person.',
        ),
      );
    else if (!isSpecific(plan.text, config.specificWords)) {
      found.push(
        report({
          sectionKey: ref.key,
          field: plan.field,
          explanation: 'The community activities give no day or time.',
          howToFix: 'Give the day and time of each activity, and who supports the person (family, support workers, friends).',
        }),
      );
    }
    const services = answerOf(ref, 'services_and_facilities');
    if (services && !saysNo(services.text) && !isSpecific(services.text, config.specificWords)) {
      found.push(
        report({
          sectionKey: ref.key,
          field: services.field,
          severity: 'warn',
          explanation: 'The community services used do not say when or how often.',
          howToFix: 'Give the day and time, how often, and who supports the person.',
        }),
      );
    }
    return found;
  },
};
