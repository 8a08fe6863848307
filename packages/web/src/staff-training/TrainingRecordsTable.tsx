// A member of staff's training records: the current ones as a table, the replaced ones kept below with why.
import { staffTrainingTopicLabels, type StaffTrainingRecordView } from '@hearth/core';
import { Link } from 'react-router-dom';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate, formatDateTime } from '../format';
import { trainingPaths } from './training-paths';
import { TrainingStatusTag } from './TrainingTags';

export function TrainingRecordsTable({
  records,
  staffId,
  mayReplace,
}: {
  records: StaffTrainingRecordView[];
  staffId: string;
  mayReplace: boolean;
}) {
  const headings = ['Training', 'Completed', 'Expires', 'RRN certified', ...(mayReplace ? ['Change'] : [])];
  return (
    <ResponsiveTable caption="Current training records" headings={headings}>
      {records.map((r) => (
        <tr className="nhsuk-table__row" role="row" key={r.id}>
          <ResponsiveCell heading="Training">
            <strong>{staffTrainingTopicLabels[r.topic]}</strong>
            <br />
            {r.course}
            <br />
            <span className="nhsuk-body-s nhsuk-u-secondary-text-color">{r.trainingProvider}</span>
          </ResponsiveCell>
          <ResponsiveCell heading="Completed">{formatDate(r.completedOn)}</ResponsiveCell>
          <ResponsiveCell heading="Expires">
            {r.expiresOn ? formatDate(r.expiresOn) : 'No expiry date'}
            <br />
            <TrainingStatusTag status={r.status} />
          </ResponsiveCell>
          <ResponsiveCell heading="RRN certified">
            {r.rrnCertified ? 'Yes' : 'No'}
            {r.certificateReference && (
              <>
                <br />
                <span className="nhsuk-body-s">Certificate {r.certificateReference}</span>
              </>
            )}
          </ResponsiveCell>
          {mayReplace && (
            <ResponsiveCell heading="Change">
              <Link className="nhsuk-link" to={trainingPaths.newRecord(staffId, r.id)}>
                Replace<span className="nhsuk-u-visually-hidden"> the record of {r.course}</span>
              </Link>
            </ResponsiveCell>
          )}
        </tr>
      ))}
    </ResponsiveTable>
  );
}

/** `all` the member of staff's records: the replaced ones are listed with the reason their replacement gave. */
export function ReplacedRecords({ all }: { all: StaffTrainingRecordView[] }) {
  const records = all.filter((r) => !r.current);
  if (records.length === 0) return null;
  const reasonFor = (id: string) => all.find((r) => r.supersedes === id)?.supersedeReason;
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Replaced records ({records.length})</span>
      </summary>
      <div className="nhsuk-details__text">
        <ul className="nhsuk-list">
          {records.map((r) => (
            <li key={r.id}>
              {staffTrainingTopicLabels[r.topic]}: {r.course}, completed {formatDate(r.completedOn)}
              {r.expiresOn ? `, expiring ${formatDate(r.expiresOn)}` : ''}
              {r.rrnCertified ? ' (RRN certified)' : ''}. Recorded by {r.recordedBy.name} on {formatDateTime(r.recordedAt)}.
              {reasonFor(r.id) && <> Replaced because: {reasonFor(r.id)}</>}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
