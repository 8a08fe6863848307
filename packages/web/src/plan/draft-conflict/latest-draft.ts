// After a save is refused as stale: the draft as it is now, and who saved it last and when.
import type { SaveDraftBody } from '@hearth/core';
import { getCarePlan } from '../../api/care-plan';
import { draftBase } from '../plan-model';

export interface LatestDraft {
  /** The newer draft, as a base to save over. */
  latest: SaveDraftBody;
  savedBy: string;
  savedAt: string;
  /** When it was read: a new value moves focus to the notice again. */
  found: number;
}

/** Null when there is no draft any more (it was agreed) or the plan cannot be read: the plain "reload" notice stands. */
export async function readLatestDraft(personId: string): Promise<LatestDraft | null> {
  const plan = await getCarePlan(personId).catch(() => null);
  if (!plan?.draft) return null;
  return { latest: draftBase(plan), savedBy: plan.draft.updatedBy.name, savedAt: plan.draft.updatedAt, found: Date.now() };
}
