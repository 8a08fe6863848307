// I61: in a care home, the person's dietary information is available to the kitchen (and kept confidential there).
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'I61',
  title: 'Dietary information available to the kitchen',
  severity: 'fail',
  guidance: hcpa('nutrition', 'dietary information must be accessible to kitchen staff, and kept confidential'),
  cqc: ['How staff, teams and services work together', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

export const kitchenInformation: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) =>
    input.person?.serviceKind === 'care_home' && sectionInUse(input.content, 'nutrition_and_hydration') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'nutrition_and_hydration');
    return ref
      ? requireAnswer(
          report,
          input,
          ref,
          'menu_and_kitchen',
          'In a care home the kitchen must have the person\u2019s dietary information.',
        )
      : [];
  },
};
