// What the draft's forms (a section, or who took part and the reason) do when their save meets someone else's newer
// save: find what the newer save changed, show it with a choice, and clear it once anything else stands in the way.
import { useState } from 'react';
import { isApiError } from '../../api/client';
import type { ConflictRows } from './conflict-rows';
import { DraftConflictNotice } from './DraftConflictNotice';
import type { LatestDraft } from './latest-draft';

interface ConflictState extends LatestDraft {
  rows: ConflictRows;
}

interface Options {
  /** What the notice says was not saved: "this section", "who took part and the reason". */
  what: string;
  isSaving: boolean;
  /** Reloads the newer draft, dropping the user's changes. */
  onUseTheirs: () => void;
}

export function useDraftConflict<C extends ConflictState>({ what, isSaving, onUseTheirs }: Options) {
  const [conflict, setConflict] = useState<C | null>(null);

  /**
   * Saves. When the save is refused as stale and `find` finds the newer draft, its changes are shown and this answers
   * false; any other refusal (or no draft any more) is thrown on, to be shown as before.
   */
  const saveOrShow = async (save: () => Promise<unknown>, find: () => Promise<C | null>): Promise<boolean> => {
    try {
      await save();
      return true;
    } catch (error) {
      const found = isApiError(error, 'conflict_stale_version') ? await find() : null;
      setConflict(found);
      if (!found) throw error;
      return false;
    }
  };

  /** The notice, while a newer save is shown; `onKeepMine` saves the user's changes over it. */
  const notice = (onKeepMine: (shown: C) => void) =>
    conflict && (
      <DraftConflictNotice
        savedBy={conflict.savedBy}
        savedAt={conflict.savedAt}
        what={what}
        rows={conflict.rows}
        focusKey={conflict.found}
        isSaving={isSaving}
        onKeepMine={() => {
          onKeepMine(conflict);
        }}
        onUseTheirs={onUseTheirs}
      />
    );

  return {
    isShown: conflict !== null,
    saveOrShow,
    clear: () => {
      setConflict(null);
    },
    notice,
  };
}
