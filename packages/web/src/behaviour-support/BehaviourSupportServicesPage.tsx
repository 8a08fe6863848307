// Behaviour support across the organisation: restrictive-intervention trends, the services' planning audits, staff
// training and competence, and the provider's PAL statement text.
import type { Action, ResourceKind } from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { PageHeading } from '../components/PageHeading';
import { useMe } from '../session/SessionContext';
import { organisationBehaviourSupportPaths as paths } from './paths';

const entries: { to: string; label: string; hint: string; action: Action; kind: ResourceKind }[] = [
  {
    to: paths.interventionTrends,
    label: 'Restrictive interventions',
    hint: 'Uses per month by service and kind, so reduction can be shown',
    action: 'read',
    kind: 'restrictive_intervention',
  },
  { to: paths.audits, label: 'Behaviour support planning audits', hint: 'Where each service is now, and its actions', action: 'read', kind: 'behaviour_support_audit' },
  { to: paths.training, label: 'Training and competence', hint: 'Certificates, expiry dates and competence checks', action: 'list', kind: 'staff_training' },
  { to: paths.palStatements, label: 'PAL statement text', hint: 'Import the statements of your licensed PAL checklist', action: 'update', kind: 'pal_statements' },
];

export function BehaviourSupportServicesPage() {
  const me = useMe();
  const shown = entries.filter((e) => mayAnywhere(me, e.action, e.kind));
  return (
    <>
      <PageHeading title="Behaviour support">Behaviour support</PageHeading>
      {shown.length === 0 ? (
        <p className="nhsuk-body">You do not have access to the organisation&rsquo;s behaviour support records.</p>
      ) : (
        <ul className="nhsuk-list">
          {shown.map((e) => (
            <li key={e.label}>
              <Link className="nhsuk-link" to={e.to}>
                {e.label}
              </Link>
              <p className="nhsuk-body-s nhsuk-u-secondary-text-color">{e.hint}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
