// The rounds, for seniors and managers: a service's visits on a day by care worker, with planning a visit, cancelling
// one with a reason, printing the emergency pack for a round, and the records left unsent on phones for over a day.
import { addDays, londonDay, plannedVisitsByWorker, type PlannedVisitView, type Service } from '@hearth/core';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { mayAnywhere, mayInService } from '../access/permissions';
import { getPlannedVisitDay } from '../api/planned-visits';
import { listServices } from '../api/staff';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { displayName } from '../format';
import { NotFoundContent } from '../pages/NotFoundPage';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { clockAt } from '../visit-records/visit-tags';
import { OutboxAttentionPanel } from './OutboxAttentionPanel';
import { dayHeading, longDay } from './visit-days';
import './planned-visits.css';

/** Router state after planning or cancelling: what to confirm above the rounds. */
export interface RoundsNotice {
  notice?: string;
}

const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;

/** The rounds page's address for a service and day. */
export const roundsPath = (serviceId: string, date: string) => `/rounds?service=${encodeURIComponent(serviceId)}&date=${encodeURIComponent(date)}`;

export function RoundsPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const services = useLoaded(listServices, []);
  if (!mayAnywhere(me, 'create', 'planned_visit')) return <NotFoundContent />;
  if (services.kind === 'loading') return <Loading what="Loading the services" />;
  if (services.kind === 'failed') {
    return (
      <>
        <PageHeading title="Rounds" />
        <p className="nhsuk-body">{services.message}</p>
      </>
    );
  }
  const plannable = services.value.filter((s) => mayInService(me, 'create', 'planned_visit', s.id));
  const service = plannable.find((s) => s.id === params.get('service')) ?? plannable[0];
  if (!service) {
    return (
      <>
        <PageHeading title="Rounds" />
        <p className="nhsuk-body">You do not plan visits for any service.</p>
      </>
    );
  }
  const today = londonDay(new Date());
  const date = isDate(params.get('date')) ? (params.get('date') ?? today) : today;
  return <Rounds service={service} services={plannable} date={date} today={today} />;
}

function Rounds({ service, services, date, today }: { service: Service; services: Service[]; date: string; today: string }) {
  const me = useMe();
  const notice = (useLocation().state as RoundsNotice | null)?.notice;
  const day = useLoaded(() => getPlannedVisitDay(service.id, date), [service.id, date]);
  const mayPrint = mayInService(me, 'update', 'care_plan', service.id);

  return (
    <>
      {notice && (
        <NotificationBanner variant="success" id="rounds-notice">
          <p className="nhsuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      )}
      <PageHeading title={`Rounds: ${dayHeading(date, today)}`} caption={service.name} skipFocus={notice !== undefined} />
      {services.length > 1 && <ServiceChoice services={services} current={service.id} date={date} />}
      <nav aria-label="Which day">
        <ul className="nhsuk-list hearth-round-nav">
          <li>
            <Link to={roundsPath(service.id, addDays(date, -1))}>Previous day<span className="nhsuk-u-visually-hidden">, {longDay(addDays(date, -1))}</span></Link>
          </li>
          <li>
            <Link to={roundsPath(service.id, today)} aria-current={date === today ? 'page' : undefined}>Today</Link>
          </li>
          <li>
            <Link to={roundsPath(service.id, addDays(date, 1))}>Next day<span className="nhsuk-u-visually-hidden">, {longDay(addDays(date, 1))}</span></Link>
          </li>
        </ul>
      </nav>
      <ButtonLink to={`/rounds/plan?service=${encodeURIComponent(service.id)}&date=${encodeURIComponent(date)}`}>Plan a visit</ButtonLink>
      {day.kind === 'loading' && <Loading what="Loading the rounds" />}
      {day.kind === 'failed' && <p className="nhsuk-body">{day.message}</p>}
      {day.kind === 'ready' && day.value.visits.length === 0 && <p className="nhsuk-body">No visits are planned for this day.</p>}
      {day.kind === 'ready' &&
        plannedVisitsByWorker(day.value.visits).map(({ staff, visits }) => (
          <WorkerRound key={staff.id} name={staff.name} staffId={staff.id} visits={visits} serviceId={service.id} date={date} mayPrint={mayPrint} />
        ))}
      {mayAnywhere(me, 'read', 'outbox_report') && <OutboxAttentionPanel />}
    </>
  );
}

function WorkerRound(props: { name: string; staffId: string; visits: PlannedVisitView[]; serviceId: string; date: string; mayPrint: boolean }) {
  const { name, staffId, visits, serviceId, date, mayPrint } = props;
  const standing = visits.filter((v) => v.cancellation === null);
  const headingId = `round-${staffId}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 className="nhsuk-heading-m nhsuk-u-margin-top-5" id={headingId}>
        {name}’s round ({standing.length} {standing.length === 1 ? 'visit' : 'visits'})
      </h2>
      <ResponsiveTable caption={`${name}’s visits`} headings={['Time', 'Person', 'Visit', 'Status']}>
        {visits.map((v) => (
          <tr className="nhsuk-table__row" role="row" key={v.id}>
            <ResponsiveCell heading="Time">
              {clockAt(v.startsAt)} to {clockAt(v.endsAt)}
            </ResponsiveCell>
            <ResponsiveCell heading="Person">
              <Link to={`/people/${v.person.id}`}>{displayName(v.person)}</Link>
            </ResponsiveCell>
            <ResponsiveCell heading="Visit">{v.label ?? 'Visit'}</ResponsiveCell>
            <ResponsiveCell heading="Status">
              {v.cancellation ? (
                <>
                  <strong className="nhsuk-tag nhsuk-tag--grey">Cancelled</strong> {v.cancellation.reason}
                </>
              ) : (
                <Link to={`/rounds/visits/${v.id}/cancel`}>
                  Cancel<span className="nhsuk-u-visually-hidden"> the visit to {displayName(v.person)} at {clockAt(v.startsAt)}</span>
                </Link>
              )}
            </ResponsiveCell>
          </tr>
        ))}
      </ResponsiveTable>
      {mayPrint && standing.length > 0 && (
        <p className="nhsuk-body">
          <Link to={`/services/${serviceId}/emergency-pack?staff=${encodeURIComponent(staffId)}&date=${encodeURIComponent(date)}`}>
            Print the emergency pack for this round<span className="nhsuk-u-visually-hidden"> ({name})</span>
          </Link>
        </p>
      )}
    </section>
  );
}

/** Changing service keeps the day. */
function ServiceChoice({ services, current, date }: { services: Service[]; current: string; date: string }) {
  const navigate = useNavigate();
  return (
    <form
      className="nhsuk-u-margin-bottom-4"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = new FormData(event.currentTarget).get('service');
        if (typeof chosen === 'string') void navigate(roundsPath(chosen, date));
      }}
    >
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor="service">
          Service
        </label>
        <select className="nhsuk-select" id="service" name="service" defaultValue={current}>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Show the rounds
      </button>
    </form>
  );
}
