// Data requests: requests for records from councils and professionals, open ones first with a live countdown to
// each deadline, closed ones below.
import { Link } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { listDataRequests } from '../api/data-requests';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { DataRequestsTable } from './DataRequestsTable';
import { useMinuteClock } from './useMinuteClock';
import './data-requests.css';

export function DataRequestsPage() {
  const me = useMe();
  const list = useLoaded(() => listDataRequests({ status: 'all' }), []);
  const now = useMinuteClock(list.kind === 'ready' ? list.value.now : null);
  const open = list.kind === 'ready' ? list.value.requests.filter((r) => r.status === 'open') : [];
  const closed = list.kind === 'ready' ? list.value.requests.filter((r) => r.status !== 'open') : [];

  return (
    <>
      <PageHeading title="Data requests" />
      <p className="nhsuk-body">
        Requests for records from social care professionals, monitoring officers and other professionals. Each is due 24
        hours after it was received unless a different deadline was agreed.
      </p>
      {mayAnywhere(me, 'create', 'data_request') && <ButtonLink to="/data-requests/new">Log a request</ButtonLink>}
      <p className="nhsuk-body">
        <Link to="/data-requests/report">Report: requests answered within the deadline</Link>
      </p>
      {list.kind === 'loading' && <Loading what="Loading the requests" />}
      {list.kind === 'failed' && (
        <p className="nhsuk-body">{list.status === 403 ? 'You do not have permission to see data requests.' : list.message}</p>
      )}
      {list.kind === 'ready' && (
        <>
          <h2 className="nhsuk-heading-m">Open requests</h2>
          {open.length === 0 ? (
            <p className="nhsuk-body">There are no open requests.</p>
          ) : (
            <DataRequestsTable requests={open} now={now} caption="Open requests, the soonest deadline first" />
          )}
          <h2 className="nhsuk-heading-m">Closed requests</h2>
          {closed.length === 0 ? (
            <p className="nhsuk-body">No request has been answered, declined or withdrawn yet.</p>
          ) : (
            <DataRequestsTable requests={closed} now={now} caption="Closed requests, the most recently closed first" />
          )}
        </>
      )}
    </>
  );
}
