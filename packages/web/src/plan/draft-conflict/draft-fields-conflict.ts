// The draft overview's own fields (who took part, first person, the reason) when their save is refused as stale:
// what differs from the newer draft, and your changes laid over it when you choose to keep them.
import { compareFieldEdits, mergeFieldEdits, type SaveDraftBody } from '@hearth/core';
import { draftFieldConflictRows, type ConflictRows } from './conflict-rows';
import { readLatestDraft, type LatestDraft } from './latest-draft';

export interface DraftFields {
  involvement: SaveDraftBody['content']['involvement'];
  writtenInFirstPerson: boolean;
  reason: string | null;
}

export interface DraftFieldsConflict extends LatestDraft {
  yours: DraftFields;
  rows: ConflictRows;
}

export function draftFieldsOf(draft: SaveDraftBody): DraftFields {
  return {
    involvement: draft.content.involvement,
    writtenInFirstPerson: draft.content.writtenInFirstPerson,
    reason: draft.reason,
  };
}

/** A save body: the draft with these fields in it. */
export function withDraftFields(draft: SaveDraftBody, fields: DraftFields): SaveDraftBody {
  return {
    ...draft,
    reason: fields.reason,
    content: { ...draft.content, involvement: fields.involvement, writtenInFirstPerson: fields.writtenInFirstPerson },
  };
}

export async function findDraftFieldsConflict(
  personId: string,
  openedFrom: SaveDraftBody,
  yours: DraftFields,
): Promise<DraftFieldsConflict | null> {
  const found = await readLatestDraft(personId);
  if (!found) return null;
  const comparison = compareFieldEdits({ ...draftFieldsOf(openedFrom) }, { ...draftFieldsOf(found.latest) }, { ...yours });
  return { ...found, yours, rows: draftFieldConflictRows(comparison) };
}

/** Your changed fields over the newer draft's. */
export function keepMyDraftFields(openedFrom: SaveDraftBody, shown: DraftFieldsConflict): DraftFields {
  return mergeFieldEdits({ ...draftFieldsOf(openedFrom) }, { ...draftFieldsOf(shown.latest) }, { ...shown.yours });
}
