// Who is signed in: loaded once from GET /api/auth/me, updated by sign-in, sign-out and an ended session.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '@hearth/core';
import { getMe, signOut as apiSignOut } from '../api/auth';
import { isApiError, setCsrfToken, setUnauthenticatedHandler } from '../api/client';
import { offlineSignedIn, offlineSignedOut, restoreOfflineSession } from '../offline/offline-session';

/** Why the sign-in page is showing, when there is something to tell the user. */
export type SignedOutNotice =
  { kind: 'idle'; idleTimeoutSeconds: number } | { kind: 'session_ended' } | { kind: 'signed_out' } | { kind: 'account_ready' };

export type SessionState =
  { status: 'loading' } | { status: 'signed_out'; notice: SignedOutNotice | null } | { status: 'signed_in'; me: Me };

interface SessionValue {
  state: SessionState;
  /** Call with the Me from a signed_in sign-in result. */
  signedIn: (me: Me) => void;
  /** Asks the server again; returns null when the session has gone. */
  refresh: () => Promise<Me | null>;
  signOut: () => Promise<void>;
  /** The session ended without the user asking (idle timeout, expiry). */
  endSession: (notice: SignedOutNotice) => void;
  setNotice: (notice: SignedOutNotice | null) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const signedIn = useCallback((me: Me) => {
    setCsrfToken(me.csrfToken);
    offlineSignedIn(me);
    setState({ status: 'signed_in', me });
  }, []);

  const endSession = useCallback((notice: SignedOutNotice) => {
    setCsrfToken(null);
    setState({ status: 'signed_out', notice });
  }, []);

  const setNotice = useCallback((notice: SignedOutNotice | null) => {
    setState((s) => (s.status === 'signed_out' ? { status: 'signed_out', notice } : s));
  }, []);

  const refresh = useCallback(async (): Promise<Me | null> => {
    try {
      const me = await getMe({ quiet: true });
      signedIn(me);
      return me;
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        setState((s) =>
          s.status === 'signed_out'
            ? s
            : { status: 'signed_out', notice: s.status === 'signed_in' ? { kind: 'session_ended' } : null },
        );
        return null;
      }
      // Out of signal: the worker kept on this phone goes on reading what they fetched before (offline/).
      const kept = await restoreOfflineSession(error);
      if (kept) {
        setCsrfToken(kept.csrfToken);
        setState({ status: 'signed_in', me: kept });
        return kept;
      }
      throw error;
    }
  }, [signedIn]);

  const signOut = useCallback(async () => {
    try {
      await apiSignOut();
    } catch {
      // Signing out locally matters more than the server's answer: the session cookie ends with it anyway.
    }
    endSession({ kind: 'signed_out' });
  }, [endSession]);

  useEffect(() => {
    refresh().catch(() => {
      setState({ status: 'signed_out', notice: null });
    });
  }, [refresh]);

  // However the session ended (signed out, timed out, expired), nothing read is left on the phone.
  useEffect(() => {
    if (state.status === 'signed_out') offlineSignedOut();
  }, [state.status]);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      setCsrfToken(null);
      setState((s) => (s.status === 'signed_in' ? { status: 'signed_out', notice: { kind: 'session_ended' } } : s));
    });
    return () => {
      setUnauthenticatedHandler(null);
    };
  }, []);

  const value = useMemo(
    () => ({ state, signedIn, refresh, signOut, endSession, setNotice }),
    [state, signedIn, refresh, signOut, endSession, setNotice],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** For pages behind RequireSession: the signed-in user. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signed_in') throw new Error('useMe must be used on a signed-in page');
  return state.me;
}
