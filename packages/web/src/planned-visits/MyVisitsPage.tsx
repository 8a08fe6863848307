// My visits, for a care worker on their phone: today's and tomorrow's visits, each person linking to what to do now
// for them, and when the records of the people on them were last kept on this phone for use without signal.
import { addDays, londonDay, type PlannedVisitView } from '@hearth/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { getMyPlannedVisits } from '../api/planned-visits';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { displayName } from '../format';
import { describeAge, describeTime } from '../offline/copy-age';
import { useKeptAhead } from '../offline/useKeepAhead';
import { useMinuteClock } from '../offline/useMinuteClock';
import { useLoaded } from '../plan-views/useLoaded';
import { clockAt } from '../visit-records/visit-tags';
import { dayHeading, visitsByDay } from './visit-days';
import './planned-visits.css';

export function MyVisitsPage() {
  const loaded = useLoaded(getMyPlannedVisits, []);
  const now = useMinuteClock();
  const today = londonDay(now);

  return (
    <>
      <PageHeading title="My visits" />
      <KeptOnPhone />
      {loaded.kind === 'loading' && <Loading what="Loading your visits" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' &&
        visitsByDay(loaded.value.visits, [today, addDays(today, 1)]).map(({ date, visits }) => (
          <section key={date} aria-labelledby={`day-${date}`}>
            <h2 className="nhsuk-heading-m" id={`day-${date}`}>
              {dayHeading(date, today)}
            </h2>
            {visits.length === 0 ? (
              <p className="nhsuk-body">No visits planned.</p>
            ) : (
              <ul className="nhsuk-list hearth-my-visits">
                {visits.map((visit) => (
                  <VisitItem key={visit.id} visit={visit} now={now} />
                ))}
              </ul>
            )}
          </section>
        ))}
    </>
  );
}

function VisitItem({ visit, now }: { visit: PlannedVisitView; now: Date }) {
  const isOver = Date.parse(visit.endsAt) <= now.getTime();
  const name = displayName(visit.person);
  return (
    <li className={`hearth-my-visits__visit${visit.cancellation ? ' hearth-my-visits__visit--cancelled' : ''}`}>
      <p className="nhsuk-body nhsuk-u-margin-bottom-1">
        <strong>
          {clockAt(visit.startsAt)} to {clockAt(visit.endsAt)}
        </strong>
        {visit.label && <>: {visit.label}</>}
        {visit.cancellation && (
          <>
            {' '}
            <strong className="nhsuk-tag nhsuk-tag--grey">Cancelled</strong>
          </>
        )}
        {!visit.cancellation && isOver && (
          <>
            {' '}
            <strong className="nhsuk-tag nhsuk-tag--white">Finished</strong>
          </>
        )}
      </p>
      {visit.cancellation ? (
        <p className="nhsuk-body-s">
          {name}: not visited. {visit.cancellation.reason}
        </p>
      ) : (
        <p className="nhsuk-body nhsuk-u-margin-bottom-1">
          <Link to={`/people/${visit.person.id}/now`}>
            {name}
            <span className="nhsuk-u-visually-hidden">: what to do now</span>
          </Link>
          {' · '}
          <Link to={`/people/${visit.person.id}/visits/new`}>
            Record the visit<span className="nhsuk-u-visually-hidden"> to {name}</span>
          </Link>
        </p>
      )}
    </li>
  );
}

/** When the phone last kept the records of the people on these visits, so the worker knows what they can open offline. */
function KeptOnPhone() {
  const { state, refresh } = useKeptAhead();
  const now = useMinuteClock();
  const [refreshing, setRefreshing] = useState<'idle' | 'busy' | 'unreachable'>('idle');
  if (state.kind === 'loading') return null;
  const at = state.kept ? new Date(state.kept.at) : null;
  const onRefresh = async () => {
    setRefreshing('busy');
    setRefreshing((await refresh()) ? 'idle' : 'unreachable');
  };
  return (
    <div className="nhsuk-inset-text" id="kept-on-phone">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      {state.kept && at ? (
        <p>
          The records of the people on your visits are kept on this phone, so they open without signal. Last refreshed at{' '}
          {describeTime(at, now)} ({describeAge(at, now)}).
          {state.kept.failed > 0 && ` ${state.kept.failed} could not be fetched: open them while you have signal.`}
        </p>
      ) : (
        <p>The records of the people on your visits have not been kept on this phone yet. They are fetched when you have signal.</p>
      )}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0"
        disabled={refreshing === 'busy'}
        onClick={() => void onRefresh()}
      >
        Refresh the copy on this phone
      </button>
      <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0" role="status">
        {refreshing === 'busy' ? 'Refreshing…' : refreshing === 'unreachable' ? 'Hearth could not be reached: the copy was not refreshed.' : ''}
      </p>
    </div>
  );
}
