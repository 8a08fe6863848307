// G46: the equipment check list and the narrative agree: each piece ticked is described, and the narrative names no
// equipment missing from the list; the referral question is answered.
import type { Finding } from '../finding.js';
import { findSection, sectionInUse, sectionTexts, type SectionRef } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { findPhrases, mentionsAny } from '../text-match.js';
import { derived } from './sources.js';

const meta = {
  id: 'G46',
  title: 'Equipment consistency',
  severity: 'warn',
  guidance: derived(
    'Mobility: equipment check list (Y/N, referral, items) and a narrative that describes each piece used',
    'mobility',
  ),
  cqc: ['Safe systems, pathways and transitions', 'Involving people to manage risks'],
} as const;
const report = reporter(meta);

/** The narrative: everything written in mobility and personal care, except the check list notes themselves. */
function narrative(refs: SectionRef[]): string {
  return refs
    .flatMap((r) =>
      sectionTexts(r)
        .filter((t) => !t.field.includes('.checklist.'))
        .map((t) => t.text),
    )
    .join('\n');
}

export const equipmentConsistency: AuditRule = {
  ...meta,
  configKeys: ['equipmentTerms'],
  appliesTo: (input) => sectionInUse(input.content, 'mobility_and_falls') !== null,
  check: (input, config) => {
    const ref = sectionInUse(input.content, 'mobility_and_falls');
    if (!ref) return [];
    const found: Finding[] = [
      ...requireAnswer(
        report,
        input,
        ref,
        'referral_needed',
        'The toolkit asks whether a referral for equipment is needed.',
        'fail',
      ),
    ];
    const personal = findSection(input.content, 'personal_care');
    const text = narrative(personal && personal.section.notApplicable === null ? [ref, personal] : [ref]);
    const items = input.definitions.find((d) => d.key === ref.key)?.checklists.find((c) => c.key === 'equipment')?.items ?? [];
    const inPlace = new Set(
      ref.section.checklist.filter((a) => a.checklistKey === 'equipment' && a.level !== 'not_used').map((a) => a.itemKey),
    );
    const termsOf = (key: string, label: string) => config.equipmentTerms[key] ?? [label];
    for (const item of items) {
      if (item.key === 'other' || !inPlace.has(item.key) || mentionsAny(text, termsOf(item.key, item.label))) continue;
      found.push(
        report({
          sectionKey: ref.key,
          field: `${ref.path}.checklist`,
          missing: `checklist.equipment.${item.key}`,
          explanation: `The equipment list includes \u201c${item.label}\u201d, but the plan does not say how it is used.`,
          howToFix: 'Describe how and when it is used (for a hoist, the sling type and size), or correct the list.',
        }),
      );
    }
    const allTerms = items
      .filter((i) => i.key !== 'other')
      .flatMap((i) => termsOf(i.key, i.label).map((term) => ({ term, item: i })));
    const named = new Set(
      findPhrases(
        text,
        allTerms.map((t) => t.term),
      ).map((m) => m.phrase),
    );
    const unlisted = new Map<string, string>();
    for (const { term, item } of allTerms) if (named.has(term) && !inPlace.has(item.key)) unlisted.set(item.key, item.label);
    for (const [key, label] of unlisted) {
      found.push(
        report({
          sectionKey: ref.key,
          field: `${ref.path}.checklist`,
          missing: `checklist.equipment.${key}`,
          explanation: `The plan mentions \u201c${label}\u201d, but it is not on the equipment list.`,
          howToFix: 'Add it to the equipment list, or correct the narrative.',
        }),
      );
    }
    return found;
  },
};
