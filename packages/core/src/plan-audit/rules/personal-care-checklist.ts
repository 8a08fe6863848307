// H53: all four personal care check lists give a level of support (or "not used") for every item.
import { personalCareNeeded } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireChecklist } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'H53',
  title: 'Personal care check lists complete',
  severity: 'fail',
  guidance: hcpa('personalCare', 'check list: personal care, getting dressed, toileting / continence, my personal space'),
  cqc: ['Assessing needs'],
} as const;
const report = reporter(meta);

export const personalCareChecklist: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => personalCareNeeded(input.content) !== null,
  check: (input) => {
    const ref = personalCareNeeded(input.content);
    if (!ref) return [];
    const checklists = input.definitions.find((d) => d.key === ref.key)?.checklists ?? [];
    return checklists.flatMap((c) => requireChecklist(report, input, ref, c.key));
  },
};
