// The whole draft goes back on save, with the edited section where it was (or added at the end, or left out if empty).
import type { FieldError, SaveDraftBody, SectionContent } from '@hearth/core';

export interface DraftWithSection {
  body: SaveDraftBody;
  /** Maps the draft's error paths ("content.sections.2.needs") to the section's ("needs"); others are marked "other:". */
  toSection: (list: FieldError[]) => FieldError[];
}

/** `section` null leaves the section out (nothing written and not marked as not applying). */
export function draftWithSection(base: SaveDraftBody, sectionKey: string, section: SectionContent | null): DraftWithSection {
  const sections: SectionContent[] = [...base.content.sections];
  const at = sections.findIndex((s) => s.sectionKey === sectionKey);
  if (section === null) {
    if (at >= 0) sections.splice(at, 1);
  } else if (at >= 0) sections[at] = section;
  else sections.push(section);
  const index = sections.findIndex((s) => s.sectionKey === sectionKey);
  const prefix = `content.sections.${index}.`;
  return {
    body: { ...base, content: { ...base.content, sections } },
    toSection: (list) =>
      list.map((e) => ({ ...e, field: e.field.startsWith(prefix) ? e.field.slice(prefix.length) : `other:${e.field}` })),
  };
}

/** The section as it stands in a draft, or null if the draft does not hold it. */
export function sectionIn(draft: SaveDraftBody, sectionKey: string): SectionContent | null {
  return draft.content.sections.find((s) => s.sectionKey === sectionKey) ?? null;
}
