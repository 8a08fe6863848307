// One visit record as it was written, its corrections below it, and a form to add one.
import { londonDay, type VisitRecord } from '@hearth/core';
import { useEffect, useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { getVisitRecord } from '../api/visit-records';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { formatDate, formatDateTime } from '../format';
import { NotFoundContent } from '../pages/NotFoundPage';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { AddendumForm } from './AddendumForm';
import { RecordDetails } from './RecordDetails';
import './visit-records.css';

export function VisitRecordPage() {
  const { person } = usePerson();
  const { recordId = '' } = useParams();
  const loaded = useLoaded(() => getVisitRecord(recordId), [recordId]);
  const [record, setRecord] = useState<VisitRecord | null>(null);
  const [saved, setSaved] = useState<string | null>((useLocation().state as { recorded?: boolean } | null)?.recorded ? 'The record was saved' : null);
  const me = useMe();

  useEffect(() => {
    if (loaded.kind === 'ready') setRecord(loaded.value);
  }, [loaded]);

  if (loaded.kind === 'failed') {
    if (loaded.status === 404 || loaded.status === 400) return <NotFoundContent />;
    return (
      <>
        <PageHeading title="Visit record" />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  }
  if (record === null || record.id !== recordId || record.personId !== person.id) {
    return loaded.kind === 'ready' && loaded.value.personId !== person.id ? <NotFoundContent /> : <Loading what="Loading the record" />;
  }

  const title = `${record.visitLabel ?? (record.kind === 'shift' ? 'Shift' : 'Visit')}, ${formatDate(londonDay(new Date(record.arrivedAt)))}`;
  return (
    <>
      {saved && (
        <NotificationBanner variant="success" title="Saved">
          <p className="nhsuk-notification-banner__heading">{saved}</p>
        </NotificationBanner>
      )}
      <PageHeading title={title} caption={`${person.legalName}: ${record.kind === 'shift' ? 'shift' : 'visit'} record`} skipFocus={saved !== null}>
        {record.visitLabel ?? (record.kind === 'shift' ? 'Shift' : 'Visit')}, {formatDateTime(record.arrivedAt)}
      </PageHeading>
      <RecordDetails record={record} />

      <h2 className="nhsuk-heading-m">Corrections</h2>
      {record.addenda.length === 0 ? (
        <p className="nhsuk-body">None. A record is never changed: a correction is added below it.</p>
      ) : (
        <ol className="hearth-visit-addenda" aria-label="Corrections, oldest first">
          {record.addenda.map((a) => (
            <li key={a.id}>
              <p className="nhsuk-body nhsuk-u-margin-bottom-1">
                <strong>{a.author.name}</strong>, {formatDateTime(a.createdAt)}
              </p>
              <p className="nhsuk-body hearth-pre-wrap">{a.body}</p>
            </li>
          ))}
        </ol>
      )}
      {mayInService(me, 'create', 'visit_record', record.serviceId) && (
        <AddendumForm
          record={record}
          onAdded={(updated) => {
            setRecord(updated);
            setSaved('The correction was added');
            window.scrollTo(0, 0);
          }}
        />
      )}
    </>
  );
}
