// After a section's save is refused as stale: the newer draft, and what differs in this section.
import { compareSectionEdits, type SaveDraftBody, type SectionContent, type SectionDefinition } from '@hearth/core';
import { sectionConflictRows, type ConflictRows } from '../draft-conflict/conflict-rows';
import { readLatestDraft, type LatestDraft } from '../draft-conflict/latest-draft';
import { sectionIn } from './draft-with-section';

export interface SectionConflictState extends LatestDraft {
  /** The section you tried to save (null: emptied, so left out). */
  yours: SectionContent | null;
  rows: ConflictRows;
}

export async function findSectionConflict(
  personId: string,
  definition: SectionDefinition,
  openedFrom: SaveDraftBody,
  yours: SectionContent | null,
): Promise<SectionConflictState | null> {
  const found = await readLatestDraft(personId);
  if (!found) return null;
  const comparison = compareSectionEdits(sectionIn(openedFrom, definition.key), sectionIn(found.latest, definition.key), yours);
  return { ...found, yours, rows: sectionConflictRows(definition, comparison) };
}
