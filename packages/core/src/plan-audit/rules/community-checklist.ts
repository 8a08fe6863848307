// J67: every community access item has a level of support or "not used", including religious observance and days of significance.
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireChecklist } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'J67',
  title: 'Community check list complete',
  severity: 'fail',
  guidance: hcpa('communityAccess', 'check list with the support scale'),
  cqc: ['Equity in access', 'Independence, choice and control'],
} as const;
const report = reporter(meta);

export const communityChecklist: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'community_access_and_engagement') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'community_access_and_engagement');
    return ref ? requireChecklist(report, input, ref, 'community_access') : [];
  },
};
