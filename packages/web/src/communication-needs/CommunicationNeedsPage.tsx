// A person's information and communication needs: what was recorded, the five steps of the Accessible Information
// Standard, and every version with who recorded it and why.
import { needsFlag, type CommunicationNeedsResponse } from '@hearth/core';
import { useLocation } from 'react-router-dom';
import { getCommunicationNeeds } from '../api/communication-needs';
import { mayInService } from '../access/permissions';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { SummaryList } from '../components/SummaryList';
import { formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { communicationNeedsPath } from './CommunicationFlag';
import { needsRows } from './needs-summary';
import './communication-needs.css';

export function CommunicationNeedsPage() {
  const { person } = usePerson();
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const loaded = useLoaded(() => getCommunicationNeeds(person.id), [person.id, person.communicationFlag]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'update', 'communication_needs', person.serviceId);
  const name = person.preferredName ?? person.legalName;

  return (
    <>
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">Their needs have been saved</p>
        </NotificationBanner>
      )}
      <PageHeading title="Information and communication needs" caption={person.legalName} />
      {loaded.kind === 'loading' && <Loading what="Loading their needs" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && <NeedsContent needs={loaded.value} name={name} mayRecord={mayRecord} personId={person.id} />}
      <h2 className="nhsuk-heading-m">The five steps</h2>
      <p className="nhsuk-body">The Accessible Information Standard asks every provider of publicly funded care to:</p>
      <dl className="hearth-comm-steps">
        <dt>1. Ask</dt>
        <dd>
          Ask the person, or someone who knows them, how they like information and communication: at the start and at each review.
        </dd>
        <dt>2. Record</dt>
        <dd>Record their needs clearly, as formats, support and a preferred way to contact them.</dd>
        <dt>3. Flag</dt>
        <dd>Hearth shows their needs beside their name on the people list, their record and the What to do now page.</dd>
        <dt>4. Share</dt>
        <dd>
          The needs are printed in the pack for the home and in the plan in other formats; include them when you refer or share.
        </dd>
        <dt>5. Act</dt>
        <dd>
          Give information in the format they need: the plan page offers easy read, large print and plain text, theirs first.
        </dd>
      </dl>
    </>
  );
}

function NeedsContent({
  needs,
  name,
  mayRecord,
  personId,
}: {
  needs: CommunicationNeedsResponse;
  name: string;
  mayRecord: boolean;
  personId: string;
}) {
  const current = needs.current;
  return (
    <>
      {current === null ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Not yet recorded. Ask {name}, or someone who knows them, how they would like information and how to communicate with
            them.
          </p>
        </div>
      ) : (
        <>
          {needs.reviewDue && (
            <p className="nhsuk-body">
              <strong className="nhsuk-tag nhsuk-tag--orange">Review due</strong> Ask {name} again whether these needs have
              changed.
            </p>
          )}
          <SummaryList rows={needsRows(current.needs, name)} />
          <p className="nhsuk-body hearth-muted">
            Version {current.version}, recorded by {current.recordedBy.name} on {formatDateTime(current.recordedAt)}.
          </p>
        </>
      )}
      {mayRecord && (
        <ButtonLink to={`${communicationNeedsPath(personId)}/edit`} secondary={current !== null}>
          {current === null ? 'Record their needs' : 'Change their needs'}
        </ButtonLink>
      )}
      {needs.history.length > 0 && (
        <>
          <h2 className="nhsuk-heading-m">History</h2>
          <ResponsiveTable
            caption="Versions of their needs, newest first"
            headings={['Version', 'Recorded', 'By', 'Why', 'Needs']}
          >
            {needs.history.map((v) => (
              <tr className="nhsuk-table__row" role="row" key={v.version}>
                <ResponsiveCell heading="Version">{v.version}</ResponsiveCell>
                <ResponsiveCell heading="Recorded">{formatDateTime(v.recordedAt)}</ResponsiveCell>
                <ResponsiveCell heading="By">{v.recordedBy.name}</ResponsiveCell>
                <ResponsiveCell heading="Why">{v.reason ?? 'First recorded'}</ResponsiveCell>
                <ResponsiveCell heading="Needs">{needsFlag(v.needs).join('; ') || 'No needs'}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        </>
      )}
    </>
  );
}
