// The header: Hearth's name (a text logo, never the NHS logo), the organisation, navigation and the account.
import { Link, useNavigate } from 'react-router-dom';
import { useSession } from '../session/SessionContext';
import { mayAnywhere } from '../access/permissions';
import { HeaderNavigation } from './HeaderNavigation';

export function Header() {
  const { state, signOut } = useSession();
  const navigate = useNavigate();
  const me = state.status === 'signed_in' ? state.me : null;

  const navItems = me
    ? [
        { to: '/people', label: 'People', show: mayAnywhere(me, 'list', 'person') },
        { to: '/plans', label: 'Plans', show: mayAnywhere(me, 'read', 'care_plan') },
        { to: '/plan-quality', label: 'Plan quality', show: mayAnywhere(me, 'create', 'plan_audit') },
        { to: '/quality-actions', label: 'Actions', show: mayAnywhere(me, 'read', 'quality_action') },
        { to: '/visits', label: 'Visits', show: mayAnywhere(me, 'read', 'visit_escalation') },
        { to: '/data-requests', label: 'Requests', show: mayAnywhere(me, 'read', 'data_request') },
        { to: '/personalisation', label: 'Personalisation', show: mayAnywhere(me, 'read', 'personalisation_plan') },
        { to: '/staff', label: 'Staff', show: mayAnywhere(me, 'list', 'staff') },
        { to: '/services', label: 'Services', show: mayAnywhere(me, 'create', 'service') },
        { to: '/settings/plan-sections', label: 'Plan sections', show: mayAnywhere(me, 'update', 'section_definitions') },
      ].filter((item) => item.show)
    : [];

  const onSignOut = async () => {
    await signOut();
    void navigate('/sign-in', { replace: true });
  };

  return (
    <header className="nhsuk-header hearth-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service hearth-header__service">
          <Link className="nhsuk-header__service-name hearth-header__logo" to={me ? '/people' : '/sign-in'}>
            Hearth
          </Link>
          {me && <span className="hearth-header__organisation">{me.organisation.name}</span>}
        </div>
        {me && (
          <nav className="nhsuk-header__account" aria-label="Account">
            <ul className="nhsuk-header__account-list">
              <li className="nhsuk-header__account-item">
                <span className="nhsuk-u-visually-hidden">Signed in as </span>
                {me.name}
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
      {navItems.length > 0 && <HeaderNavigation items={navItems} />}
    </header>
  );
}
