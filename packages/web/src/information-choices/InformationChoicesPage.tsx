// A person's information choices: the latest conversation about how they want their records kept, and every earlier
// one with who recorded it.
import { informationChoicesStatusLabels, recordKeepingOptionLabels, type InformationChoicesResponse } from '@hearth/core';
import { useLocation } from 'react-router-dom';
import { getInformationChoices } from '../api/information-choices';
import { mayInService } from '../access/permissions';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { SummaryList } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { ChoicesStatusTag, choicesRows } from './choices-summary';
import { informationChoicesPath } from './InformationChoicesPanel';

export function InformationChoicesPage() {
  const { person } = usePerson();
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const loaded = useLoaded(() => getInformationChoices(person.id), [person.id]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'update', 'information_choices', person.serviceId);
  const name = person.preferredName ?? person.legalName;
  return (
    <>
      {saved && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">The conversation has been saved</p>
        </NotificationBanner>
      )}
      <PageHeading title="Information choices" caption={person.legalName} />
      {loaded.kind === 'loading' && <Loading what="Loading their information choices" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && <ChoicesContent choices={loaded.value} name={name} />}
      {mayRecord && (
        <ButtonLink
          to={`${informationChoicesPath(person.id)}/new`}
          secondary={loaded.kind === 'ready' && loaded.value.current !== null}
        >
          Record a conversation
        </ButtonLink>
      )}
    </>
  );
}

function ChoicesContent({ choices, name }: { choices: InformationChoicesResponse; name: string }) {
  const current = choices.current;
  return (
    <>
      <p className="nhsuk-body">
        <ChoicesStatusTag status={choices.status} />
      </p>
      {current === null ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {informationChoicesStatusLabels.not_discussed}
            </span>
          </h2>
          <p>
            Talk with {name} about how they want their records kept and shared before assuming anything. Silence is never consent.
          </p>
        </div>
      ) : (
        <>
          {choices.status === 'review_due' && (
            <p className="nhsuk-body">Ask {name} again whether they still want their records kept this way.</p>
          )}
          <SummaryList rows={choicesRows(current, name)} />
          <p className="nhsuk-body hearth-muted">
            Recorded by {current.recordedBy.name} on {formatDateTime(current.recordedAt)}.
          </p>
        </>
      )}
      {choices.history.length > 1 && (
        <>
          <h2 className="nhsuk-heading-m">Earlier conversations</h2>
          <ResponsiveTable
            caption="Conversations about information choices, newest first"
            headings={['Discussed on', 'Chose', 'Recorded by']}
          >
            {choices.history.slice(1).map((c) => (
              <tr className="nhsuk-table__row" role="row" key={c.id}>
                <ResponsiveCell heading="Discussed on">{formatDate(c.discussedOn)}</ResponsiveCell>
                <ResponsiveCell heading="Chose">
                  {c.decision.ways.map((w) => recordKeepingOptionLabels[w]).join('; ')}
                </ResponsiveCell>
                <ResponsiveCell heading="Recorded by">{c.recordedBy.name}</ResponsiveCell>
              </tr>
            ))}
          </ResponsiveTable>
        </>
      )}
    </>
  );
}
