// G44: every mobility activity has a level of support, or "I do not use or need that".
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireChecklist } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'G44',
  title: 'Mobility activity check list complete',
  severity: 'fail',
  guidance: hcpa('mobility', 'activities check list with the support scale'),
  cqc: ['Assessing needs', 'Involving people to manage risks'],
} as const;
const report = reporter(meta);

export const mobilityChecklist: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'mobility_and_falls') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'mobility_and_falls');
    return ref ? requireChecklist(report, input, ref, 'activities') : [];
  },
};
