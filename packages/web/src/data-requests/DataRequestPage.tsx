// One data request: who asked for what about whom, the time left, the export bundles made for it, the access grants
// given for it, its history, and the forms to make the bundle, answer with an access grant, or answer, decline or withdraw it.
import { dataRequestStatusLabels, requesterRoleLabels, type AccessGrant, type DataRequest } from '@hearth/core';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { getDataRequest, listAccessGrants } from '../api/data-requests';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { displayName, formatDateTime } from '../format';
import { NotFoundContent } from '../pages/NotFoundPage';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { AccessGrantForm } from './AccessGrantForm';
import { AccessGrantList } from './AccessGrantList';
import { responseText } from './DataRequestsTable';
import { DataRequestUpdateForm } from './DataRequestUpdateForm';
import { ExportBundles } from './ExportBundles';
import { DataRequestStatusTag, TimeLeftText } from './TimeLeftText';
import { useMinuteClock } from './useMinuteClock';
import './data-requests.css';

const methodLabels = { export: 'by export bundle', other: 'another way', access_grant: 'by an access grant' } as const;

export function DataRequestPage() {
  const { id = '' } = useParams();
  const [reloads, setReloads] = useState(0);
  const loaded = useLoaded(() => getDataRequest(id), [id, reloads]);
  const [request, setRequest] = useState<DataRequest | null>(null);
  const [saved, setSaved] = useState<string | null>((useLocation().state as { logged?: boolean } | null)?.logged ? 'The request was logged' : null);
  const me = useMe();
  const now = useMinuteClock(request?.now ?? null);
  const [grants, setGrants] = useState<AccessGrant[]>([]);
  /** The officer's link, shown once, just after the grant is given. */
  const [invitationLink, setInvitationLink] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.kind === 'ready') setRequest(loaded.value);
  }, [loaded]);
  useEffect(() => {
    let live = true;
    // A reader who may not see grants simply sees none listed.
    listAccessGrants(id).then((list) => { if (live) setGrants(list.grants); }, () => { if (live) setGrants([]); });
    return () => { live = false; };
  }, [id, reloads]);

  if (loaded.kind === 'failed') {
    if (loaded.status === 404 || loaded.status === 400) return <NotFoundContent />;
    return (
      <>
        <PageHeading title="Data request" />
        <p className="nhsuk-body">{loaded.status === 403 ? 'You do not have permission to see this request.' : loaded.message}</p>
      </>
    );
  }
  if (request === null || request.id !== id) return <Loading what="Loading the request" />;

  const open = request.status === 'open';
  const mayUpdate = mayInService(me, 'update', 'data_request', request.serviceId);
  const mayExport = mayInService(me, 'create', 'record_export', request.serviceId);
  const r = request.requester;
  return (
    <>
      <BackLink to="/data-requests">Back to data requests</BackLink>
      {saved && (
        <NotificationBanner variant="success" title="Saved">
          <p className="nhsuk-notification-banner__heading">{saved}</p>
          {invitationLink && (
            <p className="nhsuk-body hearth-request-checksum">
              Send this link to the officer: <strong>{invitationLink}</strong>
              <br />It is shown only now. It works once, and not after the access ends.
            </p>
          )}
        </NotificationBanner>
      )}
      <PageHeading title={`Request from ${r.name}, ${r.organisation}`} caption="Data request" skipFocus={saved !== null} />
      <p className="nhsuk-body">
        <DataRequestStatusTag status={request.status} />{' '}
        {open ? <TimeLeftText dueAt={request.dueAt} now={now} /> : responseText(request)}
      </p>
      <SummaryList
        rows={[
          { key: 'Requested by', value: <>{r.name}, {requesterRoleLabels[r.role]}<br />{r.organisation}<br />{r.email}{r.phone && <><br />{r.phone}</>}</> },
          { key: 'About', value: <ul className="nhsuk-list">{request.people.map((p) => <li key={p.id}><Link to={`/people/${p.id}`}>{displayName(p)}</Link></li>)}</ul> },
          { key: 'Service', value: request.serviceName },
          { key: 'What they asked for', value: request.whatAsked, preWrap: true },
          { key: 'Received', value: formatDateTime(request.receivedAt) },
          { key: 'Deadline', value: formatDateTime(request.dueAt) },
          ...(request.closedAt ? [{ key: dataRequestStatusLabels[request.status], value: formatDateTime(request.closedAt) }] : []),
          { key: 'Logged', value: `${formatDateTime(request.createdAt)} by ${request.createdBy.name}` },
        ]}
      />

      <ExportBundles request={request} mayExport={mayExport && open} onMade={(made) => { setRequest({ ...request, exports: [made, ...request.exports] }); }} />

      {grants.length > 0 && (
        <AccessGrantList
          grants={grants} mayRevoke={mayUpdate}
          onRevoked={(revoked) => {
            setGrants(grants.map((g) => (g.id === revoked.id ? revoked : g)));
            setInvitationLink(null);
            setSaved(`Access for ${revoked.officerName} is revoked`);
            window.scrollTo(0, 0);
          }}
        />
      )}

      <h2 className="nhsuk-heading-m">History</h2>
      <ol className="nhsuk-list hearth-request-history" aria-label="Updates, newest first">
        {request.history.map((h) => (
          <li key={h.id}>
            <p className="nhsuk-body nhsuk-u-margin-bottom-1">
              <strong>{dataRequestStatusLabels[h.status]}{h.method && ` ${methodLabels[h.method]}`}</strong> – {formatDateTime(h.updatedAt)}, {h.updatedBy.name}
            </p>
            {h.note && <p className="nhsuk-body hearth-pre-wrap">{h.note}</p>}
          </li>
        ))}
      </ol>

      {!open ? (
        <p className="nhsuk-body">This request is {dataRequestStatusLabels[request.status].toLowerCase()}. If more is asked, log a new request.</p>
      ) : mayUpdate ? (
        <>
          <AccessGrantForm
            request={request}
            onGranted={(issued) => {
              setRequest(issued.request);
              setGrants([issued.grant, ...grants]);
              setInvitationLink(new URL(issued.invitation.link, window.location.origin).toString());
              setSaved(`The request is answered: ${issued.grant.officerName} has read-only access until ${formatDateTime(issued.grant.expiresAt)}`);
              window.scrollTo(0, 0);
            }}
          />
          <DataRequestUpdateForm
            request={request}
            onUpdated={(updated) => {
              setRequest(updated);
              setInvitationLink(null);
              setSaved(`The request is now ${dataRequestStatusLabels[updated.status].toLowerCase()}`);
              window.scrollTo(0, 0);
            }}
            onStale={() => { setReloads((n) => n + 1); }}
          />
        </>
      ) : null}
    </>
  );
}
