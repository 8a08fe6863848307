// Concerns escalated from visits, for the seniors and managers who deal with them: open ones first, each with the
// visit it came from, what has been done, and a form to acknowledge or resolve it.
import { escalationStatusLabels, type VisitEscalation } from '@hearth/core';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { listEscalations } from '../api/visit-records';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { displayName, formatDateTime } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { EscalationUpdateForm } from './EscalationUpdateForm';
import { EscalationStatusTag } from './visit-tags';
import './visit-records.css';

export function EscalationsPage() {
  const [params] = useSearchParams();
  const status = params.get('status') === 'all' ? 'all' : 'open';
  const [reloads, setReloads] = useState(0);
  const loaded = useLoaded(() => listEscalations({ status }), [status, reloads]);
  const [list, setList] = useState<VisitEscalation[] | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const me = useMe();

  useEffect(() => {
    if (loaded.kind === 'ready') setList(loaded.value.escalations);
  }, [loaded]);

  return (
    <>
      <BackLink to="/visits">Back to visits</BackLink>
      {saved && (
        <NotificationBanner variant="success" title="Saved">
          <p className="nhsuk-notification-banner__heading">{saved}</p>
        </NotificationBanner>
      )}
      <PageHeading title="Escalated concerns" skipFocus={saved !== null} />
      <nav aria-label="Which concerns">
        <ul className="nhsuk-list hearth-visit-filters">
          <li>
            <Link to="/visits/concerns" aria-current={status === 'open' ? 'page' : undefined}>Open</Link>
          </li>
          <li>
            <Link to="/visits/concerns?status=all" aria-current={status === 'all' ? 'page' : undefined}>All, including resolved</Link>
          </li>
        </ul>
      </nav>
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {list === null && loaded.kind !== 'failed' && <Loading what="Loading the concerns" />}
      {list?.length === 0 && <p className="nhsuk-body">{status === 'open' ? 'No concerns are waiting.' : 'No concerns have been escalated.'}</p>}
      {list?.map((e, index) => (
        // Named by the person and when it was raised: one person can have several concerns on the list.
        <section className="hearth-visit-card" key={e.id} aria-labelledby={`escalation-${index} escalation-${index}-raised`}>
          <h2 className="nhsuk-heading-m nhsuk-u-margin-bottom-2" id={`escalation-${index}`}>
            {displayName(e.person)}
          </h2>
          <p className="nhsuk-body nhsuk-u-margin-bottom-2">
            <EscalationStatusTag status={e.status} />
          </p>
          <p className="nhsuk-body hearth-pre-wrap">{e.concern}</p>
          <p className="nhsuk-body-s">
            Raised by {e.raisedBy.name}, <span id={`escalation-${index}-raised`}>{formatDateTime(e.raisedAt)}</span>, {e.serviceName}.{' '}
            <Link to={`/people/${e.person.id}/visits/${e.recordId}`}>See the visit record</Link>
          </p>
          {e.history.length > 0 && (
            <ul className="nhsuk-list hearth-visit-addenda" aria-label="Updates, newest first">
              {e.history.map((h) => (
                <li key={h.id}>
                  <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                    <strong>{escalationStatusLabels[h.status]}</strong> – {formatDateTime(h.updatedAt)}, {h.updatedBy.name}
                  </p>
                  {h.note && <p className="nhsuk-body-s hearth-pre-wrap">{h.note}</p>}
                </li>
              ))}
            </ul>
          )}
          {e.status !== 'resolved' && mayInService(me, 'update', 'visit_escalation', e.serviceId) && (
            <EscalationUpdateForm
              escalation={e}
              index={index}
              onUpdated={(updated) => {
                setList((all) => all?.map((x) => (x.id === updated.id ? updated : x)) ?? null);
                setSaved(`The concern about ${displayName(updated.person)} is now ${escalationStatusLabels[updated.status].toLowerCase()}`);
                window.scrollTo(0, 0);
              }}
              onStale={() => {
                setReloads((n) => n + 1);
              }}
            />
          )}
        </section>
      ))}
    </>
  );
}
