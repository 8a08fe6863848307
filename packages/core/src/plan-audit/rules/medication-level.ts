// E29: the medication section records exactly one support level (none required, self-medicating, level 0 to 3).
import { sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'E29',
  title: 'Medication support level recorded',
  severity: 'fail',
  guidance: hcpa('medication', 'support level (choose one)'),
  cqc: ['Medicines optimisation'],
} as const;
const report = reporter(meta);

export const medicationLevel: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'medication') !== null,
  check: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    if (!ref || ref.section.medicationSupportLevel !== null) return [];
    return [
      report({
        sectionKey: ref.key,
        field: `${ref.path}.medicationSupportLevel`,
        explanation: 'The medication section does not record the level of support the person needs.',
        howToFix: 'Choose one: no medication required, no support (self-medicating), or level 0, 1, 2 or 3.',
      }),
    ];
  },
};
