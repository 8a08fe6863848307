// A5: nothing in the live file goes 2 years without being reviewed or reissued.
import { isDate, plusDays } from '../dates.js';
import { reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'A5',
  title: 'No stale documents in the live file',
  severity: 'fail',
  guidance: hcpa('generalGuidance', 'documents over 2 years old should be archived'),
  cqc: ['Governance, management and sustainability', 'Care provision, integration and continuity'],
} as const;
const report = reporter(meta);

export const stalePlan: AuditRule = {
  ...meta,
  configKeys: ['archiveAfterDays'],
  appliesTo: (input) =>
    input.version.status !== 'draft' && input.version.status !== 'superseded' && isDate(input.version.agreedOn),
  check: (input, config) => {
    const staleOn = plusDays(input.version.agreedOn, config.archiveAfterDays);
    if (staleOn === null || staleOn > input.today) return [];
    return [
      report({
        sectionKey: null,
        field: null,
        explanation: `This plan was agreed on ${input.version.agreedOn ?? ''} and has not been reviewed or reissued for ${config.archiveAfterDays} days or more.`,
        howToFix: 'Review the plan with the person and agree a new version; archive anything that is out of date.',
      }),
    ];
  },
};
