// E30: level 3 (specialist techniques) records the equipment needed.
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { missingAnswer } from '../rule-helpers.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'E30',
  title: 'Level 3: equipment recorded',
  severity: 'fail',
  guidance: hcpa('medication', 'Level 3: administering medication by specialist techniques; consider any equipment needed'),
  cqc: ['Medicines optimisation', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

export const levelThreeEquipment: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => sectionInUse(input.content, 'medication')?.section.medicationSupportLevel === 'level_3',
  check: (input) => {
    const ref = sectionInUse(input.content, 'medication');
    if (!ref || answerOf(ref, 'specialist_equipment') || ref.section.equipment.length > 0) return [];
    return [
      missingAnswer(
        report,
        input,
        ref,
        'specialist_equipment',
        'Level 3 support uses specialist techniques, and the equipment they need must be recorded.',
      ),
    ];
  },
};
