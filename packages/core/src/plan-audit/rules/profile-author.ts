// C21: the one-page profile is written by a care supervisor or registered manager, during the assessment.
import { staffRoleLabels } from '../../roles.js';
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'C21',
  title: 'One-page profile written by a senior',
  severity: 'warn',
  guidance: hcpa('onePageProfile', 'completed by the Care Supervisor or Registered Manager during the assessment'),
  cqc: ['Assessing needs', 'Governance, management and sustainability'],
} as const;
const report = reporter(meta);

export const profileAuthor: AuditRule = {
  ...meta,
  configKeys: ['profileAuthorRoles'],
  appliesTo: (input) => input.version.authorRole != null && sectionInUse(input.content, 'one_page_profile') !== null,
  check: (input, config) => {
    const role = input.version.authorRole;
    const ref = sectionInUse(input.content, 'one_page_profile');
    if (role == null || !ref || config.profileAuthorRoles.includes(role)) return [];
    return [
      report({
        sectionKey: ref.key,
        field: ref.path,
        explanation: `This version was written by a ${staffRoleLabels[role].toLowerCase()}; the toolkit asks for the one-page profile to be completed by a care supervisor or registered manager.`,
        howToFix: 'Ask a senior care worker or the registered manager to complete or check the profile with the person.',
      }),
    ];
  },
};
