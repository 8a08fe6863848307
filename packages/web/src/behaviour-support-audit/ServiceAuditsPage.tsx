// One service's behaviour-support-planning audits, newest first, and the way to start another.
import { Link, useLocation, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { BackLink, ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { getServiceAudits } from './audit-api';
import { auditPaths } from './audit-paths';
import { AuditLevelTag, AuditStandingSummary } from './AuditStandingSummary';

export function ServiceAuditsPage() {
  const { serviceId = '' } = useParams();
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const loaded = useLoaded(() => getServiceAudits(serviceId), [serviceId]);
  if (loaded.kind !== 'ready')
    return (
      <>
        <BackLink to={auditPaths.overview}>All services</BackLink>
        <PageHeading title="Behaviour support planning audits" />
        {loaded.kind === 'loading' ? <Loading what="Loading audits" /> : <p className="nhsuk-body">{loaded.message}</p>}
      </>
    );
  const { service, audits } = loaded.value;
  const latest = audits[0];
  return (
    <>
      <BackLink to={auditPaths.overview}>All services</BackLink>
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">The audit has been saved</p>
        </NotificationBanner>
      )}
      <PageHeading title={`Behaviour support planning audits: ${service.name}`} caption={service.name}>
        Behaviour support planning audits
      </PageHeading>
      {mayInService(me, 'create', 'behaviour_support_audit', service.id) && (
        <ButtonLink to={auditPaths.newAudit(service.id)}>Start an audit</ButtonLink>
      )}
      {latest === undefined ? (
        <p className="nhsuk-body">{service.name} has not been audited yet.</p>
      ) : (
        <>
          <h2 className="nhsuk-heading-m">Where the service is now</h2>
          <p className="nhsuk-body">From the latest audit, on {formatDate(latest.completedOn)}.</p>
          <AuditStandingSummary standing={latest.standing} />
          <h2 className="nhsuk-heading-m">Every audit</h2>
          <ul className="nhsuk-list">
            {audits.map((a) => (
              <li key={a.id}>
                <Link className="nhsuk-link" to={auditPaths.audit(service.id, a.id)}>
                  Audit of {formatDate(a.completedOn)}
                </Link>{' '}
                <AuditLevelTag standing={a.standing} />
                <p className="nhsuk-body-s nhsuk-u-secondary-text-color">
                  Score {a.standing.score} out of 100, {a.standing.actions} {a.standing.actions === 1 ? 'action' : 'actions'}. By{' '}
                  {a.recordedBy.name}.
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
