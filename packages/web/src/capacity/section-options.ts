// Which plan sections a capacity assessment or best-interests decision can be linked to: the sections of the
// person's plan (the version in use, else the draft), titled from the section definitions. With no plan yet, every
// defined section, since the plan will follow them. Keys already chosen stay offered, so nothing chosen is hidden.
import type { CarePlan, SectionDefinition } from '@hearth/core';

export interface SectionOption {
  value: string;
  label: string;
}

export function sectionOptions(
  plan: Pick<CarePlan, 'current' | 'draft'> | null,
  definitions: readonly Pick<SectionDefinition, 'key' | 'title'>[],
  chosen: readonly string[] = [],
): SectionOption[] {
  const titles = new Map(definitions.map((d) => [d.key, d.title]));
  const version = plan?.current ?? plan?.draft ?? null;
  const inPlan = version?.content.sections.filter((s) => s.notApplicable === null).map((s) => s.sectionKey) ?? [];
  const keys = inPlan.length > 0 ? inPlan : definitions.map((d) => d.key);
  const offered = [...new Set([...keys, ...chosen])];
  return offered.map((key) => ({ value: key, label: titles.get(key) ?? humanise(key) }));
}

/** A key with no definition (a provider's section since removed, say) still reads as words. */
function humanise(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
