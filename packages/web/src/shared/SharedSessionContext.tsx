// Who is signed in to the shared record portal (an outside reader), kept apart from the staff session.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SharedSession } from '@hearth/core';
import { isApiError } from '../api/client';
import { getSharedSession, setSharedCsrfToken, sharedSignOut } from '../api/shared';

export type SharedSessionState =
  | { status: 'loading' }
  | { status: 'signed_out'; notice: 'signed_out' | null }
  | { status: 'signed_in'; session: SharedSession };

interface SharedSessionValue {
  state: SharedSessionState;
  signedIn: (session: SharedSession) => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
}

const SharedSessionContext = createContext<SharedSessionValue | null>(null);

export function SharedSessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SharedSessionState>({ status: 'loading' });

  const signedIn = useCallback((session: SharedSession) => {
    setSharedCsrfToken(session.csrfToken);
    setState({ status: 'signed_in', session });
  }, []);

  const refresh = useCallback(async () => {
    try {
      signedIn(await getSharedSession());
    } catch (error) {
      if (!isApiError(error) || error.status !== 401) throw error;
      setSharedCsrfToken(null);
      setState({ status: 'signed_out', notice: null });
    }
  }, [signedIn]);

  const signOut = useCallback(async () => {
    try {
      await sharedSignOut();
    } catch {
      // The session ends with the cookie either way; signing out here matters more than the answer.
    }
    setSharedCsrfToken(null);
    setState({ status: 'signed_out', notice: 'signed_out' });
  }, []);

  useEffect(() => {
    refresh().catch(() => {
      setState({ status: 'signed_out', notice: null });
    });
  }, [refresh]);

  const value = useMemo(() => ({ state, signedIn, refresh, signOut }), [state, signedIn, refresh, signOut]);
  return <SharedSessionContext.Provider value={value}>{children}</SharedSessionContext.Provider>;
}

export function useSharedSession(): SharedSessionValue {
  const value = useContext(SharedSessionContext);
  if (value === null) throw new Error('useSharedSession must be used inside SharedSessionProvider');
  return value;
}

/** For pages behind RequireSharedSession: the signed-in reader. */
export function useSharedMe(): SharedSession {
  const { state } = useSharedSession();
  if (state.status !== 'signed_in') throw new Error('useSharedMe must be used on a signed-in shared page');
  return state.session;
}
