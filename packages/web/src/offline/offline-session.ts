// The session side of working offline: keeps the signed-in worker on the phone so a reload without signal still opens
// Hearth as them, scopes the kept copies to them, and wipes copies and session when they sign out. The outbox is not
// wiped: records not yet sent stay until the same worker is signed in with signal to send them.
import type { Me } from '@hearth/core';
import { currentCsrfToken, isApiError, setOfflineCopies } from '../api/client';
import { keptCopies, setCopyScope, wipeCopies } from './kept-copies';
import { offlineDb } from './offline-db';
import { noteOffline } from './offline-status';

// Set up as the session code loads, so even the first "who am I" request is seen failing or succeeding.
setOfflineCopies(keptCopies);

let isFromCopy = false;

/** Whether the session in use was restored from the phone while Hearth could not be reached. */
export function isSessionFromCopy(): boolean {
  return isFromCopy;
}

/** The server said who is signed in: keep that for offline use, and keep copies for them alone. */
export function offlineSignedIn(me: Me): void {
  setCopyScope(me.staffId);
  isFromCopy = false;
  const { csrfToken: _inTabOnly, ...kept } = me;
  void offlineDb()
    .then(async (db) => {
      const previous = await db.get('session', 'current');
      await db.put('session', { me: kept, savedAt: new Date().toISOString() }, 'current');
      // Someone else was signed in on this phone (their session ended without signing out): their copies go.
      if (previous && previous.me.staffId !== me.staffId) await wipeCopies(me.staffId);
    })
    .catch(() => undefined);
}

/** Signed out, timed out or the session ended: nothing read is left on the phone. */
export function offlineSignedOut(): void {
  setCopyScope(null);
  isFromCopy = false;
  noteOffline({ kind: 'reset' });
  void offlineDb()
    .then(async (db) => {
      await db.delete('session', 'current');
      await wipeCopies();
    })
    .catch(() => undefined);
}

/**
 * When asking who is signed in failed for want of signal: the worker kept on the phone, while their session has
 * not expired, so they can go on reading what they fetched before. Anything else: null.
 */
export async function restoreOfflineSession(error: unknown, now = new Date()): Promise<Me | null> {
  if (!isApiError(error) || error.status !== 0) return null;
  const kept = await offlineDb()
    .then((db) => db.get('session', 'current'))
    .catch(() => undefined);
  if (!kept) return null;
  if (Date.parse(kept.me.sessionExpiresAt) <= now.getTime()) {
    offlineSignedOut();
    return null;
  }
  setCopyScope(kept.me.staffId);
  isFromCopy = true;
  // The CSRF token survives a reload in the tab; after the browser was closed there is none until signal returns.
  return { ...kept.me, csrfToken: currentCsrfToken() ?? '' };
}
