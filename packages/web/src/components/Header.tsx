// The staff header: Hearth's name, the organisation, the account, and the menu of what the reader's role uses.
import { useNavigate } from 'react-router-dom';
import { useSession } from '../session/SessionContext';
import { mayAnywhere } from '../access/permissions';
import { HeaderBar } from './HeaderBar';
import { HeaderNavigation } from './HeaderNavigation';

export function Header() {
  const { state, signOut } = useSession();
  const navigate = useNavigate();
  const me = state.status === 'signed_in' ? state.me : null;

  const navItems = me
    ? [
        {
          to: '/my-visits',
          label: 'My visits',
          // Those who go on visits and are planned for, not those who plan them.
          show: mayAnywhere(me, 'list', 'planned_visit') && mayAnywhere(me, 'create', 'visit_record') && !mayAnywhere(me, 'create', 'planned_visit'),
        },
        { to: '/people', label: 'People', show: mayAnywhere(me, 'list', 'person') },
        { to: '/plans', label: 'Plans', show: mayAnywhere(me, 'read', 'care_plan') },
        { to: '/plan-quality', label: 'Plan quality', show: mayAnywhere(me, 'create', 'plan_audit') },
        { to: '/quality-actions', label: 'Actions', show: mayAnywhere(me, 'read', 'quality_action') },
        { to: '/visits', label: 'Visits', show: mayAnywhere(me, 'read', 'visit_escalation') },
        { to: '/rounds', label: 'Rounds', show: mayAnywhere(me, 'create', 'planned_visit') },
        { to: '/data-requests', label: 'Requests', show: mayAnywhere(me, 'read', 'data_request') },
        { to: '/personalisation', label: 'Personalisation', show: mayAnywhere(me, 'read', 'personalisation_plan') },
        {
          to: '/behaviour-support',
          label: 'Behaviour support',
          show: mayAnywhere(me, 'read', 'behaviour_support_audit') || mayAnywhere(me, 'list', 'staff_training'),
        },
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
    <HeaderBar
      homeTo={me ? '/people' : '/sign-in'}
      organisation={me ? me.organisation.name : null}
      account={me ? { name: me.name, onSignOut: () => void onSignOut() } : null}
    >
      {navItems.length > 0 && <HeaderNavigation items={navItems} />}
    </HeaderBar>
  );
}
