// One person's shared record: what they chose to share with this reader, a search, large-print, easy-read and
// plain-text versions (the person's preferred one first), a form to add to it, and what the reader added. A record
// no longer shared says so.
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { contactEntryKindLabels, type SharedEntry, type SharedRecordView } from '@hearth/core';
import { isApiError } from '../api/client';
import { getSharedRecord } from '../api/shared';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDateTime } from '../format';
import { partsSentence, personName, relationshipLabel } from './shared-labels';
import { SharedDownloads } from './SharedDownloads';
import { SharedEntryForm } from './SharedEntryForm';
import { SharedRecordParts } from './SharedRecordParts';
import { SharedSearch } from './SharedSearch';
import { useSharedSession } from './SharedSessionContext';

type Load = { status: 'loading' } | { status: 'ready'; view: SharedRecordView } | { status: 'not_shared' } | { status: 'failed' };

export function SharedPersonPage() {
  const { personId = '' } = useParams();
  const { refresh } = useSharedSession();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  const reload = useCallback(() => {
    getSharedRecord(personId)
      .then((view) => {
        setLoad({ status: 'ready', view });
      })
      .catch((error: unknown) => {
        if (isApiError(error) && error.status === 401) void refresh();
        setLoad({ status: isApiError(error, 'not_found') ? 'not_shared' : 'failed' });
      });
  }, [personId, refresh]);

  useEffect(() => {
    reload();
  }, [reload]);

  if (load.status === 'loading') return <Loading what="Loading the record" />;
  if (load.status === 'not_shared') return <NotShared />;
  if (load.status === 'failed') {
    return (
      <>
        <PageHeading title="The record could not be opened" />
        <p className="nhsuk-body">Something went wrong. Try again in a moment.</p>
      </>
    );
  }
  const { view } = load;
  const onAdded = (entry: SharedEntry) => {
    setLoad({ status: 'ready', view: { ...view, entries: [entry, ...view.entries.filter((e) => e.id !== entry.id)] } });
  };

  return (
    <>
      <PageHeading title={personName(view.person)} caption="Shared record" />
      <p className="nhsuk-body">{relationshipLabel(view.relationship)}.</p>
      <p className="nhsuk-body">Shared with you: {partsSentence(view.parts)}</p>
      {view.endsAt && <p className="nhsuk-body">Shared until {formatDateTime(view.endsAt)}.</p>}
      <SharedDownloads view={view} />
      {view.canSeeRecordViews && (
        <p className="nhsuk-body">
          <Link to={`/shared/people/${view.person.id}/views`}>Who has looked at my record</Link>
        </p>
      )}
      <SharedSearch personId={view.person.id} />
      <SharedRecordParts view={view} />
      {!view.readOnly && <SharedEntryForm personId={view.person.id} onAdded={onAdded} />}
      {view.entries.length > 0 && (
        <section aria-labelledby="shared-yours" className="nhsuk-u-margin-top-6">
          <h2 id="shared-yours" className="nhsuk-heading-l">What you have added</h2>
          <ul className="nhsuk-list nhsuk-list--border">
            {view.entries.map((entry) => (
              <li key={entry.id}>
                <strong className="nhsuk-tag nhsuk-tag--blue">Added by you</strong>{' '}
                <span className="nhsuk-body-s">
                  {contactEntryKindLabels[entry.kind]}, {formatDateTime(entry.createdAt)}
                </span>
                <p className="nhsuk-body">{entry.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="nhsuk-body nhsuk-u-margin-top-6">
        <Link to="/shared">Back to shared records</Link>
      </p>
    </>
  );
}

function NotShared() {
  return (
    <>
      <PageHeading title="This record is no longer shared with you" />
      <p className="nhsuk-body">
        The person (or someone deciding for them) has stopped sharing it, the time it was shared for has ended, or the link is
        not right. If you think this is a mistake, ask the care provider.
      </p>
      <p className="nhsuk-body">
        <Link to="/shared">Back to shared records</Link>
      </p>
    </>
  );
}
