// A person's visit records for the last week, newest first, each summarised with a link to the whole record.
import { type VisitRecord } from '@hearth/core';
import { Link } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { listVisitRecords } from '../api/visit-records';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDate, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { EscalationStatusTag } from './visit-tags';
import './visit-records.css';

export function VisitRecordsPage() {
  const { person } = usePerson();
  const me = useMe();
  const loaded = useLoaded(() => listVisitRecords(person.id), [person.id]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'visit_record', person.serviceId);

  return (
    <>
      <PageHeading title={`Visit records: ${person.legalName}`} caption={person.legalName}>
        Visit records
      </PageHeading>
      {mayRecord && <ButtonLink to={`/people/${person.id}/visits/new`}>Record a visit</ButtonLink>}
      {loaded.kind === 'loading' && <Loading what="Loading the records" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <>
          <p className="nhsuk-body">
            From {formatDate(loaded.value.from)} to {formatDate(loaded.value.to)}, newest first.
          </p>
          {loaded.value.records.length === 0 ? (
            <p className="nhsuk-body">No visits were recorded in this time.</p>
          ) : (
            loaded.value.records.map((r) => <RecordCard key={r.id} personId={person.id} record={r} />)
          )}
        </>
      )}
    </>
  );
}

function RecordCard({ personId, record }: { personId: string; record: VisitRecord }) {
  const notDone = record.content.tasks.filter((t) => !t.done).length;
  return (
    <div className="hearth-visit-card">
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        <Link to={`/people/${personId}/visits/${record.id}`}>
          {record.visitLabel ?? (record.kind === 'shift' ? 'Shift' : 'Visit')}, {formatDateTime(record.arrivedAt)}
        </Link>
      </h2>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        Recorded by {record.recordedBy.name}. Tasks: {record.content.tasks.length - notDone} done
        {notDone > 0 ? `, ${notDone} not done` : ''}.
        {record.content.mood && (
          <>
            {' '}Mood: <span className="hearth-visit-quote">{record.content.mood}</span>
          </>
        )}
      </p>
      {(record.escalations.length > 0 || record.addenda.length > 0) && (
        <div className="hearth-visit-tags">
          {record.escalations.map((e) => (
            <span key={e.id}>
              Concern escalated: <EscalationStatusTag status={e.status} />
            </span>
          ))}
          {record.addenda.length > 0 && <strong className="nhsuk-tag nhsuk-tag--blue">{record.addenda.length === 1 ? '1 correction' : `${record.addenda.length} corrections`}</strong>}
        </div>
      )}
    </div>
  );
}
