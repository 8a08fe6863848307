// G46: the equipment check list and the narrative agree: each piece ticked is described, and the narrative names no
// equipment missing from the list; the referral question is answered.
import type { SectionDefinition } from '../../care-plan/section-definition.js';
import type { Finding } from '../finding.js';
import { findSection, sectionInUse, sectionTexts, type SectionRef } from '../plan-reading.js';
import { reporter, type AuditRule } from '../rule.js';
import { requireAnswer } from '../rule-helpers.js';
import { findPhrases, mentionsAny } from '../text-match.js';
import { joinTexts } from '../text-scan.js';
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
  // Joined as the plan's text is, so the scan of its parts serves for the whole without reading it again.
  return joinTexts(refs.flatMap((r) => sectionTexts(r).filter((t) => !t.field.includes('.checklist.'))));
}

type EquipmentItem = SectionDefinition['checklists'][number]['items'][number];

interface EquipmentTerms {
  /** The words for each item: the configured terms, or the item's label. */
  ofItem: Map<EquipmentItem, readonly string[]>;
  /** Every item's words, in one list, and which item each word belongs to. */
  all: readonly string[];
  pairs: readonly { term: string; item: EquipmentItem }[];
}

// The lists are made once for a configuration and a set of section definitions, not for every plan: the same
// lists each time also let the phrase matching know them by sight (text-scan.ts, text-match.ts).
const termsCache = new WeakMap<object, WeakMap<readonly EquipmentItem[], EquipmentTerms>>();

function equipmentTermsFor(configured: Record<string, string[]>, items: readonly EquipmentItem[]): EquipmentTerms {
  let byItems = termsCache.get(configured);
  if (byItems === undefined) {
    byItems = new WeakMap();
    termsCache.set(configured, byItems);
  }
  let terms = byItems.get(items);
  if (terms === undefined) {
    const ofItem = new Map(items.map((i) => [i, configured[i.key] ?? [i.label]] as const));
    const pairs = items.filter((i) => i.key !== 'other').flatMap((i) => (ofItem.get(i) ?? []).map((term) => ({ term, item: i })));
    terms = { ofItem, all: pairs.map((p) => p.term), pairs };
    byItems.set(items, terms);
  }
  return terms;
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
    const terms = equipmentTermsFor(config.equipmentTerms, items);
    for (const item of items) {
      if (item.key === 'other' || !inPlace.has(item.key) || mentionsAny(text, terms.ofItem.get(item) ?? [item.label])) continue;
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
    const named = new Set(findPhrases(text, terms.all).map((m) => m.phrase));
    const unlisted = new Map<string, string>();
    for (const { term, item } of terms.pairs) if (named.has(term) && !inPlace.has(item.key)) unlisted.set(item.key, item.label);
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
