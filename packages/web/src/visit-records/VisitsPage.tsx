// Visits, for seniors and managers: the day's late and missed home care visits, and the concerns waiting for them.
import { londonDay, addDays } from '@hearth/core';
import { Link, useSearchParams } from 'react-router-dom';
import { listEscalations, listVisitsNeedingAttention } from '../api/visit-records';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { displayName, formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { AttentionTag, clockAt, describeMinutes } from './visit-tags';
import './visit-records.css';

export function VisitsPage() {
  const [params] = useSearchParams();
  const today = londonDay(new Date());
  const yesterday = addDays(today, -1);
  const date = params.get('date') === yesterday ? yesterday : today;
  const attention = useLoaded(() => listVisitsNeedingAttention({ date }), [date]);
  const concerns = useLoaded(() => listEscalations({ status: 'open' }), []);

  return (
    <>
      <PageHeading title="Visits" />
      <h2 className="nhsuk-heading-m">Escalated concerns</h2>
      {concerns.kind === 'loading' && <Loading what="Loading the concerns" />}
      {concerns.kind === 'failed' && <p className="nhsuk-body">{concerns.message}</p>}
      {concerns.kind === 'ready' && (
        <p className="nhsuk-body">
          {concerns.value.escalations.length === 0
            ? 'No concerns are waiting.'
            : `${concerns.value.escalations.length} ${concerns.value.escalations.length === 1 ? 'concern is' : 'concerns are'} waiting to be resolved.`}
        </p>
      )}
      <ButtonLink to="/visits/concerns" secondary>
        See escalated concerns
      </ButtonLink>

      <h2 className="nhsuk-heading-m" id="attention-heading">
        Visits needing attention {date === today ? 'today' : 'yesterday'}
      </h2>
      <nav aria-label="Which day">
        <ul className="nhsuk-list hearth-visit-filters">
          <li>
            <Link to="/visits" aria-current={date === today ? 'page' : undefined}>Today</Link>
          </li>
          <li>
            <Link to={`/visits?date=${yesterday}`} aria-current={date === yesterday ? 'page' : undefined}>Yesterday</Link>
          </li>
        </ul>
      </nav>
      {attention.kind === 'loading' && <Loading what="Loading the visits" />}
      {attention.kind === 'failed' && <p className="nhsuk-body">{attention.message}</p>}
      {attention.kind === 'ready' && (
        <>
          <p className="nhsuk-body">
            Home care visits on {formatDate(attention.value.date)} that were late (arrived more than {attention.value.lateAfterMinutes} minutes after the
            planned time) or missed (nothing recorded {describeMinutes(attention.value.missedAfterMinutes)} after it).
          </p>
          {attention.value.visits.length === 0 ? (
            <p className="nhsuk-body">No visits are late or missed.</p>
          ) : (
            <ResponsiveTable caption="Late and missed visits" headings={['Person', 'Visit', 'What happened']}>
              {attention.value.visits.map((v) => (
                <tr className="nhsuk-table__row" role="row" key={`${v.person.id}-${v.plannedFor}`}>
                  <ResponsiveCell heading="Person">
                    <Link to={`/people/${v.person.id}/visits`}>{displayName(v.person)}</Link>
                  </ResponsiveCell>
                  <ResponsiveCell heading="Visit">
                    {v.visitLabel}, planned for {clockAt(v.plannedFor)}
                  </ResponsiveCell>
                  <ResponsiveCell heading="What happened">
                    <AttentionTag kind={v.kind} />{' '}
                    {v.kind === 'late' && v.arrivedAt
                      ? `Arrived at ${clockAt(v.arrivedAt)}, ${describeMinutes(v.minutesLate)} late`
                      : `Nothing recorded ${describeMinutes(v.minutesLate)} after the planned time`}
                  </ResponsiveCell>
                </tr>
              ))}
            </ResponsiveTable>
          )}
        </>
      )}
    </>
  );
}
