// The copies of GET answers kept for reading offline, for the signed-in worker only: written after each good answer,
// read back when Hearth cannot be reached, and wiped when the worker signs out. The API client calls these through
// its OfflineCopies hook.
import type { OfflineCopies } from '../api/client';
import { isKeptForOffline } from './kept-paths';
import { offlineDb } from './offline-db';
import { noteOffline } from './offline-status';

/** Whose copies are read and written; null when nobody is signed in, so nothing is kept. */
let scope: string | null = null;
/** Bumped on every wipe, so an answer that arrives after sign-out is not written back. */
let generation = 0;

export function setCopyScope(staffId: string | null): void {
  if (staffId !== scope) generation += 1;
  scope = staffId;
}

export const keptCopies: OfflineCopies = {
  keep(path, body) {
    const staffId = scope;
    if (staffId === null || !isKeptForOffline(path)) return;
    const at = generation;
    void offlineDb()
      .then(async (db) => {
        if (at !== generation) return;
        await db.put('copies', { staffId, path, body, savedAt: new Date().toISOString() });
      })
      .catch(() => undefined); // No store on this phone: the app works online as before.
  },

  async copyOf(path) {
    const staffId = scope;
    if (staffId === null || !isKeptForOffline(path)) return null;
    const copy = await offlineDb()
      .then((db) => db.get('copies', [staffId, path]))
      .catch(() => undefined);
    if (!copy || staffId !== scope) return null;
    noteOffline({ kind: 'copy_served', path, savedAt: copy.savedAt });
    return { body: copy.body };
  },

  reached(isReachable, path) {
    noteOffline({ kind: 'reached', isReachable, path });
  },
};

/** Wipes every copy (on sign-out), or every copy but this worker's (when someone else signs in on the phone). */
export async function wipeCopies(keepStaffId: string | null = null): Promise<void> {
  if (keepStaffId === null) generation += 1;
  const db = await offlineDb();
  if (keepStaffId === null) {
    await db.clear('copies');
    return;
  }
  const tx = db.transaction('copies', 'readwrite');
  for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
    if (cursor.value.staffId !== keepStaffId) await cursor.delete();
  }
  await tx.done;
}
