// Starts a send of the worker's outbox, checking first that a session restored offline is live again.
import { useCallback } from 'react';
import { useSession } from '../session/SessionContext';
import { isSessionFromCopy } from './offline-session';
import { sendOutbox } from './outbox-sender';

export function useOutboxSender(staffId: string): { send: () => Promise<void>; ensureSession: () => Promise<boolean> } {
  const { refresh } = useSession();
  // A session restored offline is checked with the server first: that brings a fresh CSRF token, or signs out.
  const ensureSession = useCallback(async () => {
    if (!isSessionFromCopy()) return true;
    const me = await refresh().catch(() => null);
    return me !== null && !isSessionFromCopy();
  }, [refresh]);
  const send = useCallback(() => sendOutbox({ staffId, ensureSession }), [staffId, ensureSession]);
  return { send, ensureSession };
}
