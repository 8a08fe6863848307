// The shared record portal's own frame: Hearth's name and the provider's, the reader's name and sign out, and no staff
// navigation (and never the NHS name or logo).
import { Navigate, Outlet, useNavigate } from 'react-router-dom';
import { HeaderBar } from '../components/HeaderBar';
import { Loading } from '../components/Loading';
import { PageFrame } from '../components/PageFrame';
import { SharedSessionProvider, useSharedSession } from './SharedSessionContext';

export function SharedLayout() {
  return (
    <SharedSessionProvider>
      <PageFrame header={<SharedHeader />} />
    </SharedSessionProvider>
  );
}

function SharedHeader() {
  const { state, signOut } = useSharedSession();
  const navigate = useNavigate();
  const session = state.status === 'signed_in' ? state.session : null;
  const onSignOut = async () => {
    await signOut();
    void navigate('/shared/sign-in', { replace: true });
  };
  return (
    <HeaderBar
      homeTo={session ? '/shared' : '/shared/sign-in'}
      organisation={session ? `${session.organisation.name}: shared record` : 'Shared record'}
      account={session ? { name: session.name, onSignOut: () => void onSignOut() } : null}
    />
  );
}

/** Pages for a signed-in reader: the sign-in page for anyone else. */
export function RequireSharedSession() {
  const { state } = useSharedSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed_out') return <Navigate to="/shared/sign-in" replace />;
  return <Outlet />;
}
