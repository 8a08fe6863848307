// The dashboard panel for managers: open data requests with the time left to each deadline, warning under 4 hours.
// Shown only to those who may read data requests.
import { Link } from 'react-router-dom';
import { mayAnywhere } from '../access/permissions';
import { listDataRequests } from '../api/data-requests';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { TimeLeftText } from './TimeLeftText';
import { useMinuteClock } from './useMinuteClock';
import './data-requests.css';

const shown = 5;

export function OpenRequestsPanel() {
  const me = useMe();
  return mayAnywhere(me, 'read', 'data_request') ? <OpenRequests /> : null;
}

function OpenRequests() {
  const open = useLoaded(() => listDataRequests({ status: 'open' }), []);
  const now = useMinuteClock(open.kind === 'ready' ? open.value.now : null);
  if (open.kind !== 'ready') return null;
  const requests = open.value.requests;
  return (
    <section className="nhsuk-card" aria-labelledby="open-data-requests-heading">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id="open-data-requests-heading">Open data requests</h2>
        {requests.length === 0 ? (
          <p className="nhsuk-body">No data request is waiting for an answer. <Link to="/data-requests">See data requests</Link></p>
        ) : (
          <>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {requests.slice(0, shown).map((r) => (
                <li key={r.id}>
                  <Link to={`/data-requests/${r.id}`}>{r.requester.organisation}</Link> ({r.requester.name}): <TimeLeftText dueAt={r.dueAt} now={now} />
                </li>
              ))}
            </ul>
            <p className="nhsuk-body nhsuk-u-margin-bottom-0">
              <Link to="/data-requests">{requests.length > shown ? `See all ${requests.length} open requests` : 'See data requests'}</Link>
            </p>
          </>
        )}
      </div>
    </section>
  );
}
