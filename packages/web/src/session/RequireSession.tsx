// Keeps signed-out users away from the record: sends them to sign in, remembering where they were going.
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSession } from './SessionContext';
import { IdleTimeout } from './IdleTimeout';
import { Loading } from '../components/Loading';
import { OfflineNotice } from '../offline/OfflineNotice';
import { OutboxSync } from '../offline/OutboxSync';

export interface SignInLocationState {
  from?: string;
}

export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed_out') {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/sign-in" replace state={{ from } satisfies SignInLocationState} />;
  }
  return (
    <>
      <IdleTimeout idleTimeoutSeconds={state.me.idleTimeoutSeconds} />
      <OutboxSync staffId={state.me.staffId} />
      <OfflineNotice />
      <Outlet />
    </>
  );
}

/** Where to go after signing in: back to the page that needed it, never off-site. */
export function afterSignInPath(state: unknown): string {
  const from = (state as SignInLocationState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in')
    ? from
    : '/people';
}
