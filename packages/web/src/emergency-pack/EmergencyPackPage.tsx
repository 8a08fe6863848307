// Printing the emergency pack for a service, or for one care worker's round on a day (opened from the rounds page):
// one button starts it on the server, a progress bar follows it ("Prepared 3 of 6 packs"), then the one PDF is offered
// as a download. The job's id is kept in the address, so a reload keeps following it, and a job Hearth no longer
// holds (after a restart) is said plainly with a way to start again.
import { emergencyPackProgressText, emergencyPackSkipReasonLabels, type EmergencyPackJob } from '@hearth/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../api/client';
import { fetchEmergencyPackFile, startEmergencyPack } from '../api/emergency-pack';
import { listServices } from '../api/staff';
import { mayInService } from '../access/permissions';
import { ErrorSummary } from '../components/ErrorSummary';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { usePreparedFile } from '../files/usePreparedFile';
import { NotFoundContent } from '../pages/NotFoundPage';
import { countPdfPages } from '../plan/pack/pack-file';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { longDay } from '../planned-visits/visit-days';
import { useEmergencyPackJob, type Followed } from './useEmergencyPackJob';
import { roundAskedOf, useRoundOnPage, type RoundOnPage } from './useRoundAsked';
import './emergency-pack.css';

const gone =
  'Hearth no longer holds this emergency pack: it may have restarted while the pack was being prepared, or the pack was finished more than an hour ago. Print it again.';
const unreachable = 'Hearth could not be reached to follow the emergency pack. Check your connection, then reload this page.';

const slug = (words: string) =>
  words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** emergency-pack-<service>.pdf, or emergency-pack-<service>-round-<worker>-<date>.pdf */
function fileName(serviceName: string, round: RoundOnPage | null): string {
  const stem = `emergency-pack-${slug(serviceName) || 'service'}`;
  return round ? `${stem}-round-${slug(round.staffName) || 'worker'}-${round.date}.pdf` : `${stem}.pdf`;
}

/** What went wrong, if anything, for the error summary. */
function problemOf(followed: Followed): string | undefined {
  if (followed.kind === 'gone') return gone;
  if (followed.kind === 'unreachable') return unreachable;
  if (followed.kind === 'following' && followed.job?.status === 'failed')
    return followed.job.failure ?? 'The emergency pack could not be produced. Print it again.';
  return undefined;
}

export function EmergencyPackPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const jobId = params.get('job');
  const services = useLoaded(listServices, []);
  const asked = roundAskedOf(params);
  const roundLoaded = useRoundOnPage(id, asked);
  const followed = useEmergencyPackJob(jobId);
  const [starting, setStarting] = useState(false);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [hasStartedHere, setHasStartedHere] = useState(false);

  if (!mayInService(me, 'update', 'care_plan', id)) return <NotFoundContent />;
  if (services.kind === 'loading' || roundLoaded.kind === 'loading') return <Loading what="Loading the service" />;
  if (services.kind === 'failed' || roundLoaded.kind === 'failed') {
    return (
      <>
        <PageHeading title="Emergency pack" />
        <p className="nhsuk-body">{services.kind === 'failed' ? services.message : roundLoaded.kind === 'failed' ? roundLoaded.message : ''}</p>
      </>
    );
  }
  const service = services.value.find((s) => s.id === id);
  if (!service) return <NotFoundContent />;
  const round = roundLoaded.value;
  const what = round ? 'this round' : service.name;

  // A job id left in the address from another service's (or round's) page is not shown as this one's.
  const isThisPack = (j: EmergencyPackJob) =>
    j.serviceId === service.id && (round ? j.round?.staffId === round.staffId && j.round.date === round.date : j.round === null);
  const job = followed.kind === 'following' && followed.job && isThisPack(followed.job) ? followed.job : null;
  const isPreparing = starting || (followed.kind === 'following' && (followed.job === null || job?.status === 'running'));
  const problem = startProblem ?? problemOf(followed);

  const start = async () => {
    setStarting(true);
    setStartProblem(null);
    try {
      const created = await startEmergencyPack(service.id, round ? { staffId: round.staffId, date: round.date } : null);
      setParams(round ? { staff: round.staffId, date: round.date, job: created.id } : { job: created.id }, { replace: true });
      setHasStartedHere(true);
    } catch (error) {
      setStartProblem(
        isApiError(error) ? (error.problem.detail ?? error.problem.title) : 'The emergency pack could not be started. Try again.',
      );
      setAttempt((n) => n + 1);
    } finally {
      setStarting(false);
    }
  };

  return (
    <>
      <ErrorSummary errors={[]} description={problem} heading="The emergency pack was not printed" focusKey={attempt} />
      <PageHeading
        title={round ? `Emergency pack: ${round.staffName}’s round on ${longDay(round.date)}` : `Emergency pack: ${service.name}`}
        caption={round ? service.name : undefined}
        hasErrors={problem !== undefined}
        skipFocus={problem !== undefined}
      />
      {round ? (
        <RoundDescription round={round} />
      ) : (
        <p className="nhsuk-body">
          The emergency pack is the pack for the home of everyone in {service.name} with a care and support plan in use (service
          user guide, one-page profile, plan, medication record and alerts), in one PDF with a cover page saying who is in it.
          Print it when Hearth may be out of reach, for example before planned work on the internet or power. Each pack in it is
          recorded as printed.
        </p>
      )}
      <button
        type="button"
        className="nhsuk-button"
        disabled={isPreparing}
        aria-busy={isPreparing || undefined}
        onClick={() => void start()}
      >
        Print the emergency pack for {what}
      </button>
      {job && <Progress job={job} what={what} file={fileName(service.name, round)} takeFocus={hasStartedHere} />}
      {!job && isPreparing && (
        <p className="nhsuk-body" role="status">
          Starting the emergency pack…
        </p>
      )}
    </>
  );
}

/** `takeFocus`: started from this page just now, so focus leaves the button (disabled while preparing) for the progress. */
function Progress({ job, what, file, takeFocus }: { job: EmergencyPackJob; what: string; file: string; takeFocus: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const fetchFile = useCallback(() => fetchEmergencyPackFile(job.id), [job.id]);
  const { state, prepare } = usePreparedFile<'file'>(fetchFile, { countPages: countPdfPages });
  const download = useRef<HTMLAnchorElement>(null);
  const isDone = job.status === 'done';
  const readyAttempt = state.kind === 'ready' ? state.attempt : null;

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
    // Once, when the progress first shows; not again as it counts up.
  }, [job.id]);
  useEffect(() => {
    if (isDone) prepare('file');
  }, [isDone, prepare]);
  useEffect(() => {
    if (readyAttempt !== null) download.current?.focus();
  }, [readyAttempt]);

  const words = emergencyPackProgressText(job);
  // Said politely at the start and the end only, not at every pack; the progress bar and its words show each one.
  const announcement =
    job.status === 'running'
      ? `Preparing the emergency pack for ${what}: ${job.total} ${job.total === 1 ? 'pack' : 'packs'}.`
      : state.kind === 'ready'
        ? 'The emergency pack is ready to download.'
        : '';

  return (
    <section aria-labelledby="emergency-pack-progress-heading">
      <h2 className="nhsuk-heading-m" id="emergency-pack-progress-heading" ref={heading} tabIndex={-1}>
        Progress
      </h2>
      <label className="nhsuk-label" htmlFor="emergency-pack-progress">
        Packs prepared
      </label>
      <progress
        id="emergency-pack-progress"
        className="hearth-progress"
        max={Math.max(job.total, 1)}
        value={job.done}
        aria-describedby="emergency-pack-progress-words"
      >
        {words}
      </progress>
      <p className="nhsuk-body" id="emergency-pack-progress-words">
        {words}
      </p>
      <div role="status" className="nhsuk-u-visually-hidden">
        {announcement}
      </div>
      {state.kind === 'failed' && <p className="nhsuk-body">{state.message}</p>}
      {state.kind === 'ready' && (
        <p className="nhsuk-body">
          <a ref={download} href={state.url} download={file}>
            Download the emergency pack (PDF{state.pages !== null && `, ${state.pages} ${state.pages === 1 ? 'page' : 'pages'}`})
          </a>
        </p>
      )}
      {job.skipped.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">Not in this pack</h2>
          <p className="nhsuk-body">The cover page lists them too, so whoever reads the pack knows to ask the office.</p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {job.skipped.map((s) => (
              <li key={s.personId}>
                <Link to={`/people/${s.personId}/plan`}>{s.name}</Link>: {emergencyPackSkipReasonLabels[s.reason].toLowerCase()}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** What a round's pack holds: the people the worker visits that day, in the order of the round. */
function RoundDescription({ round }: { round: RoundOnPage }) {
  return (
    <>
      <p className="nhsuk-body">
        The emergency pack for a round is the pack for the home of each person {round.staffName} visits on {longDay(round.date)} with
        a care and support plan in use, in the order of the round, in one PDF with a cover page saying who is in it. Print it
        before the round when Hearth may be out of reach. Each pack in it is recorded as printed.
      </p>
      {round.people.length === 0 ? (
        <p className="nhsuk-body">Nobody is on this round: there is no visit that stands.</p>
      ) : (
        <>
          <h2 className="nhsuk-heading-s">On this round</h2>
          <ol className="nhsuk-list nhsuk-list--number">
            {round.people.map((p) => (
              <li key={p.id}>{p.preferredName ? `${p.preferredName} (${p.legalName})` : p.legalName}</li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
