// A person's ABC records, newest first: corrected ones stay, marked and not counted. After saving, says so, and
// where a restrictive intervention was used, points to the register where it is recorded in full.
import { Link, useLocation } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { listAbcRecords } from './abc-api';
import { abcRecordPath } from './abc-paths';
import { AbcRecordCard } from './AbcRecordFacts';
import './abc-records.css';

export interface AbcRecordsPageState {
  saved?: { recordId: string; restrictive: boolean; corrected: boolean };
}

export function AbcRecordsPage() {
  const { person } = usePerson();
  const me = useMe();
  const saved = (useLocation().state as AbcRecordsPageState | null)?.saved;
  const loaded = useLoaded(() => listAbcRecords(person.id), [person.id]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'behaviour_record', person.serviceId);
  const name = person.preferredName ?? person.legalName;

  return (
    <>
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">
            {saved.corrected ? 'The correction has been saved' : 'The ABC record has been saved'}
          </p>
          {saved.restrictive && (
            <p className="nhsuk-body">
              A restrictive intervention was used.{' '}
              <Link className="nhsuk-notification-banner__link" to={behaviourSupportPaths.restrictiveInterventions(person.id)}>
                Record it in the restrictive interventions register
              </Link>
              , with what was tried first and the debriefs.
            </p>
          )}
          <p className="nhsuk-body">
            <Link className="nhsuk-notification-banner__link" to={abcRecordPath(person.id, saved.recordId)}>
              Read the record
            </Link>
          </p>
        </NotificationBanner>
      )}
      <PageHeading title={`ABC records: ${person.legalName}`} caption={person.legalName}>
        ABC records
      </PageHeading>
      <p className="nhsuk-body">
        What happened before, during and after each incident, newest first. Together they can show what {name}&rsquo;s behaviour
        may be telling us:{' '}
        <Link className="nhsuk-link" to={behaviourSupportPaths.analysis(person.id)}>
          see what the records show
        </Link>
        .
      </p>
      {mayRecord && <ButtonLink to={behaviourSupportPaths.abcNew(person.id)}>Record an ABC record</ButtonLink>}
      {loaded.kind === 'loading' && <Loading what="Loading the records" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' &&
        (loaded.value.records.length === 0 ? (
          <p className="nhsuk-body">No ABC records yet.</p>
        ) : (
          <ul className="nhsuk-list hearth-abc-list">
            {loaded.value.records.map((r) => (
              <AbcRecordCard key={r.id} personId={person.id} record={r} />
            ))}
          </ul>
        ))}
    </>
  );
}
