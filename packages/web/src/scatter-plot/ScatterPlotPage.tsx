// A person's scatter plot: the choices (a GET form), the summary in words, the chart, and the grid as a table with
// its key, drawn from the ABC records and the time slots filled in directly.
import type { ScatterPlotResponse } from '@hearth/core';
import { lazy, Suspense } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { ScatterChoicesForm } from './ScatterChoicesForm';
import { getScatterPlot, scatterQueryString, type ScatterChoices } from './scatter-plot-api';
import { scatterPlotPath, scatterPlotRecordPath, type ScatterDayChoices } from './scatter-plot-paths';
import { ScatterPlotKey, ScatterPlotTable } from './ScatterPlotTable';
import './scatter-plot.css';

/** Loaded only when a grid is shown, so the charting library stays out of the other pages. */
const ScatterPlotChart = lazy(() => import('./ScatterPlotChart'));

/** What the form for a day says it saved, shown once on arrival. */
export interface ScatterPlotPageState {
  saved?: { slots: number; date: string };
}

const choiceKeys = ['behaviour', 'from', 'days', 'slotMinutes', 'measure'] as const;

export function ScatterPlotPage() {
  const { person } = usePerson();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const choices: ScatterChoices = Object.fromEntries(choiceKeys.map((k) => [k, params.get(k) ?? undefined]));
  const query = scatterQueryString(choices);
  const mayRead = mayInService(me, 'read', 'behaviour_record', person.serviceId);
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'behaviour_record', person.serviceId);
  const plot = useLoaded(
    () => (mayRead ? getScatterPlot(person.id, choices) : Promise.resolve(null)),
    [person.id, query, mayRead],
  );
  const saved = (location.state as ScatterPlotPageState | null)?.saved;
  const name = person.preferredName ?? person.legalName;

  if (!mayRead)
    return (
      <>
        <PageHeading title="Scatter plot" caption={person.legalName} />
        <p className="nhsuk-body">You do not have access to this person&rsquo;s behaviour records.</p>
      </>
    );

  return (
    <>
      <PageHeading title="Scatter plot" caption={person.legalName} />
      {saved && (
        <NotificationBanner variant="success" title="Saved">
          <p className="nhsuk-notification-banner__heading">
            {saved.slots === 1 ? '1 time slot' : `${saved.slots} time slots`} saved for {formatDate(saved.date)}
          </p>
        </NotificationBanner>
      )}
      <p className="nhsuk-body">
        When in the day and week one behaviour happens: days across, times of day down. Each cell counts the ABC records that
        started in it and shows any mark filled in directly (none, some or high). A blank cell means nobody observed that time;
        &ldquo;none&rdquo; means someone did and saw nothing. Collect for one to two weeks, then use the pattern to decide when to
        make ABC observations.
      </p>
      <ul className="nhsuk-list">
        {mayRecord && (
          <li>
            <Link
              className="nhsuk-link"
              to={scatterPlotRecordPath(person.id, plot.kind === 'ready' && plot.value ? dayChoicesFrom(plot.value) : {})}
            >
              Fill in a day&rsquo;s time slots
            </Link>
          </li>
        )}
        <li>
          <Link className="nhsuk-link" to={behaviourSupportPaths.hub(person.id)}>
            Back to behaviour support for {name}
          </Link>
        </li>
      </ul>
      {plot.kind === 'loading' && <Loading what="Loading the scatter plot" />}
      {plot.kind === 'failed' && <p className="nhsuk-body">{plot.message}</p>}
      {plot.kind === 'ready' && plot.value && (
        <>
          <ScatterChoicesForm
            key={query}
            plot={plot.value}
            onShow={(next) => {
              void navigate(scatterPlotPath(person.id, next));
            }}
          />
          <ScatterPlotFigures plot={plot.value} />
        </>
      )}
    </>
  );
}

/** The day form starts where the plot is: its behaviour, slot size and the hours it shows. */
function dayChoicesFrom(plot: ScatterPlotResponse): ScatterDayChoices {
  const first = plot.rows[0];
  const last = plot.rows[plot.rows.length - 1];
  return {
    behaviour: plot.behaviour ?? undefined,
    slotMinutes: String(plot.slotMinutes),
    fromHour: first ? String(Math.floor(first.startMinute / 60)) : undefined,
    untilHour: last ? String(Math.ceil(last.endMinute / 60)) : undefined,
  };
}

function ScatterPlotFigures({ plot }: { plot: ScatterPlotResponse }) {
  const period = `${formatDate(plot.from)} to ${formatDate(plot.to)}`;
  const title = plot.behaviour ?? 'No behaviour recorded yet';
  return (
    <section aria-labelledby="scatter-plot-behaviour">
      <h2 className="nhsuk-heading-m" id="scatter-plot-behaviour">
        {title}
      </h2>
      <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">
        {period}, in {plot.slotMinutes === 60 ? 'hour-long' : `${plot.slotMinutes}-minute`} time slots
      </p>
      <h3 className="nhsuk-heading-s">What it shows</h3>
      <div className="nhsuk-inset-text">
        {plot.summary.sentences.map((s) => (
          <p key={s}>{s}</p>
        ))}
      </div>
      {plot.rows.length > 0 && (
        <>
          <Suspense fallback={<p className="nhsuk-body">Drawing the chart…</p>}>
            <ScatterPlotChart
              plot={plot}
              description={`Scatter plot of ${title}, ${period}. ${plot.summary.sentences[0] ?? ''} The table below gives every time slot.`}
            />
          </Suspense>
          <ScatterPlotKey plot={plot} />
          <ScatterPlotTable plot={plot} caption={`${title}: each time slot by day, ${period}`} />
        </>
      )}
    </section>
  );
}
