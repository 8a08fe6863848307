// One record with its key facts and who recorded it; and the records replaced since, kept readable in a details
// element with why each was replaced.
import type { CapacityRecordView } from '@hearth/core';
import { Link } from 'react-router-dom';
import { SummaryList } from '../components/SummaryList';
import { formatDateTime } from '../format';
import type { RecordSummary } from './record-summaries';

interface Props {
  summary: RecordSummary;
  record: CapacityRecordView;
  /** The address of the form replacing it, when the reader may replace it. */
  replaceTo?: string | undefined;
}

export function RecordCard({ summary, record, replaceTo }: Props) {
  return (
    <div className="nhsuk-card hearth-record-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading nhsuk-heading-s">{summary.title}</h3>
        <AttentionTags summary={summary} />
        <RecordFacts summary={summary} record={record} />
        {replaceTo && (
          <p className="nhsuk-body nhsuk-u-margin-bottom-0">
            <Link className="nhsuk-link" to={replaceTo}>
              Replace this record<span className="nhsuk-u-visually-hidden">: {summary.title}</span>
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}

export function AttentionTags({ summary }: { summary: RecordSummary }) {
  if (summary.attention.length === 0) return null;
  return (
    <ul className="nhsuk-list hearth-record-attention">
      {summary.attention.map((a) => (
        <li key={a.text}>
          <strong className={`nhsuk-tag ${a.tone === 'due' ? 'nhsuk-tag--orange' : 'nhsuk-tag--grey'} hearth-record-tag`}>
            {a.text}
          </strong>
        </li>
      ))}
    </ul>
  );
}

/** The facts and who recorded them, without a heading: used inside a card and inside the replaced record's details. */
export function RecordFacts({ summary, record }: { summary: RecordSummary; record: CapacityRecordView }) {
  return (
    <>
      {summary.rows.length > 0 && <SummaryList rows={summary.rows} />}
      <p className="nhsuk-body-s hearth-muted">
        Recorded by {record.recordedBy.name} on {formatDateTime(record.recordedAt)}
        {record.supersedeReason && <>. It replaced an earlier record because: {record.supersedeReason}</>}
      </p>
    </>
  );
}

interface EarlierProps {
  records: { record: CapacityRecordView; summary: RecordSummary }[];
  /** The section the records belong to, so each details' label is distinct to a screen reader. */
  what: string;
}

export function EarlierRecords({ records, what }: EarlierProps) {
  if (records.length === 0) return null;
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Earlier records<span className="nhsuk-u-visually-hidden">: {what}</span> ({records.length})
        </span>
      </summary>
      <div className="nhsuk-details__text">
        {records.map(({ record, summary }) => (
          <div className="hearth-earlier-record" key={record.id}>
            <h4 className="nhsuk-heading-xs">{summary.title}</h4>
            <p className="nhsuk-body-s">
              {record.current ? 'Still recorded, but a newer record for the same thing is above.' : 'Replaced by a newer record.'}
            </p>
            <RecordFacts summary={summary} record={record} />
          </div>
        ))}
      </div>
    </details>
  );
}
