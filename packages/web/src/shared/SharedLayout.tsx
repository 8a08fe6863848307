// The shared record portal's own frame: Hearth's name and the provider's, the reader's name and sign out, and no staff
// navigation (and never the NHS name or logo).
import type { MouseEvent } from 'react';
import { Link, Navigate, Outlet, useNavigate } from 'react-router-dom';
import { Footer } from '../components/Footer';
import { Loading } from '../components/Loading';
import { SharedSessionProvider, useSharedSession } from './SharedSessionContext';

export function SharedLayout() {
  return (
    <SharedSessionProvider>
      <a className="nhsuk-skip-link" href="#maincontent" onClick={focusMain}>
        Skip to main content
      </a>
      <SharedHeader />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer />
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
    <header className="nhsuk-header hearth-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service hearth-header__service">
          <Link className="nhsuk-header__service-name hearth-header__logo" to={session ? '/shared' : '/shared/sign-in'}>
            Hearth
          </Link>
          <span className="hearth-header__organisation">{session ? `${session.organisation.name}: shared record` : 'Shared record'}</span>
        </div>
        {session && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <span className="nhsuk-u-visually-hidden">Signed in as </span>
                {session.name}
              </li>
              <li className="nhsuk-header__account-item">
                <button type="button" className="nhsuk-header__account-button" onClick={() => void onSignOut()}>
                  Sign out
                </button>
              </li>
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}

/** Pages for a signed-in reader: the sign-in page for anyone else. */
export function RequireSharedSession() {
  const { state } = useSharedSession();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'signed_out') return <Navigate to="/shared/sign-in" replace />;
  return <Outlet />;
}

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('maincontent')?.focus();
}
