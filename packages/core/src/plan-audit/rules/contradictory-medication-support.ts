// A6: the health and wellbeing answer to "Do I need support with medication?" agrees with the medication support level.
import type { MedicationSupportLevel } from '../../care-plan/support-levels.js';
import { medicationSupportLevelLabels } from '../../care-plan/support-levels.js';
import { answerOf, sectionInUse } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { saysNo } from '../text-match.js';
import { hcpa } from './sources.js';

const meta = {
  id: 'A6',
  title: 'No contradictory information across sections (medication support)',
  severity: 'fail',
  guidance: hcpa(
    'generalGuidance',
    'documents with contradictory information should be archived; the medication section must triangulate',
  ),
  cqc: ['Medicines optimisation', 'Safe systems, pathways and transitions'],
} as const;
const report = reporter(meta);

/** The levels a plain-English answer allows. Several kinds of support named together allow all of them. */
export function levelsAllowedBy(answer: string): MedicationSupportLevel[] | null {
  const allowed = new Set<MedicationSupportLevel>();
  const text = answer.toLowerCase();
  if (/\badminist|\bgive[sn]?\b|\bgiven by (?:staff|carers?|care)/.test(text) && !/self[- ]?administ/.test(text)) {
    allowed.add('level_2').add('level_3');
  }
  if (/\bassist|\bhelp/.test(text)) allowed.add('level_1');
  if (/\bprompt|\bremind/.test(text)) allowed.add('level_0');
  if (/self[- ]?medicat|self[- ]?administ|manage (?:them|it|my medication|my medicines) myself|take my own/.test(text))
    allowed.add('self_medicating');
  if (/\bfamily\b/.test(text)) allowed.add('self_medicating');
  if (saysNo(text)) allowed.add('none_required').add('self_medicating');
  return allowed.size === 0 ? null : [...allowed];
}

export const contradictoryMedicationSupport: AuditRule = {
  ...meta,
  configKeys: [],
  appliesTo: (input) => {
    const health = sectionInUse(input.content, 'health_and_wellbeing');
    const medication = sectionInUse(input.content, 'medication');
    return (
      health !== null && answerOf(health, 'medication_support') !== null && medication?.section.medicationSupportLevel != null
    );
  },
  check: (input) => {
    const health = sectionInUse(input.content, 'health_and_wellbeing');
    const medication = sectionInUse(input.content, 'medication');
    const answer = health ? answerOf(health, 'medication_support') : null;
    const level = medication?.section.medicationSupportLevel ?? null;
    if (!medication || !answer || level === null) return [];
    const allowed = levelsAllowedBy(answer.text);
    if (allowed === null || allowed.includes(level)) return [];
    return [
      report({
        sectionKey: 'medication',
        field: `${medication.path}.medicationSupportLevel`,
        explanation: `The medication section says \u201c${medicationSupportLevelLabels[level]}\u201d, but health and wellbeing says \u201c${answer.text.slice(0, 120)}\u201d.`,
        howToFix: 'Check with the person which is right and correct the other section, so staff are never given two answers.',
      }),
    ];
  },
};
