// One ABC record as it was written: every answer, which record corrected it (or which it corrects, and why), and
// the way to correct it while it is the one counted.
import { Link, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { getAbcRecord } from './abc-api';
import { abcCorrectionPath, abcRecordPath } from './abc-paths';
import { AbcRecordDetails, AbcRecordTags } from './AbcRecordFacts';
import './abc-records.css';

export function AbcRecordPage() {
  const { person } = usePerson();
  const me = useMe();
  const { recordId = '' } = useParams();
  const loaded = useLoaded(() => getAbcRecord(recordId), [recordId]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'behaviour_record', person.serviceId);

  if (loaded.kind === 'loading') return <Loading what="Loading the record" />;
  if (loaded.kind === 'failed' || loaded.value.personId !== person.id)
    return (
      <>
        <PageHeading title="ABC record" caption={person.legalName} />
        <p className="nhsuk-body">{loaded.kind === 'failed' ? loaded.message : 'That record could not be found.'}</p>
      </>
    );
  const record = loaded.value;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading title={`ABC record: ${formatDateTime(record.occurredAt)}`} caption={person.legalName}>
          ABC record: {formatDateTime(record.occurredAt)}
        </PageHeading>
        <AbcRecordTags record={record} />
        {record.supersededBy !== null && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              This record was corrected, so it is kept but not counted.{' '}
              <Link to={abcRecordPath(person.id, record.supersededBy)}>Read the correction</Link>
            </p>
          </div>
        )}
        {record.supersedes !== null && (
          <p className="nhsuk-body">
            This record corrects an earlier one.{' '}
            <Link to={abcRecordPath(person.id, record.supersedes)}>Read the earlier record</Link>
          </p>
        )}
        <AbcRecordDetails record={record} />
        {record.current && mayRecord && (
          <p className="nhsuk-body">
            <Link className="nhsuk-link" to={abcCorrectionPath(person.id, record.id)}>
              Correct this record
            </Link>
          </p>
        )}
        <p className="nhsuk-body">
          <Link className="nhsuk-link" to={behaviourSupportPaths.abc(person.id)}>
            All ABC records
          </Link>
        </p>
      </div>
    </div>
  );
}
