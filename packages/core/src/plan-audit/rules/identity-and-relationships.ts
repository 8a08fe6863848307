// C23: the profile covers relationships, equality and diversity adjustments and days of significance, and links to a goal.
import type { Finding } from '../finding.js';
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'C23',
  title: 'Identity and relationships covered',
  severity: 'warn',
  guidance: hcpa(
    'onePageProfile',
    'personal relationships, equality and diversity adjustments, days of significance, a link back to goals',
  ),
  cqc: ['Treating people as individuals', 'Equity in access', 'Person-centred care'],
} as const;
const report = reporter(meta);

export const identityAndRelationships: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'one_page_profile') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'one_page_profile');
    if (!ref) return [];
    const found: Finding[] = [
      ...requireAnswer(report, input, ref, 'people_important_to_me', 'The profile should cover the person\u2019s relationships.'),
      ...requireAnswer(
        report,
        input,
        ref,
        'equality_and_diversity_adjustments',
        'Record the adjustments the person needs, or that none are needed.',
      ),
      ...requireAnswer(
        report,
        input,
        ref,
        'days_of_significance',
        'Record days of cultural or religious significance, or that there are none.',
      ),
    ];
    if (!input.content.sections.some((s) => s.notApplicable === null && s.outcomes.length > 0)) {
      found.push(
        report({
          sectionKey: ref.key,
          field: ref.path,
          explanation: 'The plan has no desired outcome for the profile to link back to.',
          howToFix: 'Record the person\u2019s goals as desired outcomes in the sections they belong to.',
        }),
      );
    }
    return found;
  },
};
