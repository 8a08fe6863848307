// The services' behaviour-support-planning audits: for each service the reader may see, where its latest audit found
// it and when, and the way to its audits.
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { organisationBehaviourSupportPaths } from '../behaviour-support/paths';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { getAuditOverview } from './audit-api';
import { auditPaths } from './audit-paths';
import { AuditLevelTag } from './AuditStandingSummary';

export function AuditsOverviewPage() {
  const me = useMe();
  const loaded = useLoaded(getAuditOverview, []);
  return (
    <>
      <BackLink to={organisationBehaviourSupportPaths.hub}>Behaviour support</BackLink>
      <PageHeading title="Behaviour support planning audits" />
      <p className="nhsuk-body">
        A questionnaire about behaviour support planning across a whole service: where the service is now, and an action for each
        gap.
      </p>
      {loaded.kind === 'loading' && <Loading what="Loading audits" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <ResponsiveTable
          caption="Each service and its latest audit"
          headings={['Service', 'Latest audit', 'Where it was', 'Audits']}
        >
          {loaded.value.services.map((s) => (
            <tr className="nhsuk-table__row" role="row" key={s.id}>
              <ResponsiveCell heading="Service">
                <Link className="nhsuk-link" to={auditPaths.service(s.id)}>
                  {s.name}
                </Link>
              </ResponsiveCell>
              <ResponsiveCell heading="Latest audit">
                {s.latest ? formatDate(s.latest.completedOn) : 'Not audited yet'}
              </ResponsiveCell>
              <ResponsiveCell heading="Where it was">
                {s.latest ? (
                  <>
                    <AuditLevelTag standing={s.latest.standing} /> {s.latest.standing.score} out of 100,{' '}
                    {s.latest.standing.actions} {s.latest.standing.actions === 1 ? 'action' : 'actions'}
                  </>
                ) : mayInService(me, 'create', 'behaviour_support_audit', s.id) ? (
                  <Link className="nhsuk-link" to={auditPaths.newAudit(s.id)}>
                    Start the first audit<span className="nhsuk-u-visually-hidden"> of {s.name}</span>
                  </Link>
                ) : (
                  '\u2014'
                )}
              </ResponsiveCell>
              <ResponsiveCell heading="Audits">{s.audits}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}
