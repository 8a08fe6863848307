// The ReSPECT / DNACPR status at the top of every page about the person, under the allergies: what to do about CPR,
// where the original form is, and whether it is due for review. Plain words, so it is unmistakable without alarm.
import type { ResuscitationSummary } from '@hearth/core';
import { Link } from 'react-router-dom';
import { formatDate } from '../format';
import { capacityRecordsPath } from './record-kinds';
import './capacity-records.css';

interface Props {
  personId: string;
  /** Null when nothing is recorded; undefined when the reader may not see it. Either way nothing is shown. */
  summary: ResuscitationSummary | null | undefined;
}

export function ResuscitationBanner({ personId, summary }: Props) {
  if (!summary) return null;
  const tone = summary.cprNotToBeAttempted ? 'dnacpr' : summary.status === 'none' ? 'none' : 'respect';
  return (
    <section className={`hearth-resus hearth-resus--${tone}`} aria-labelledby="resuscitation-alert-heading">
      <h2 className="hearth-resus__label" id="resuscitation-alert-heading">
        {summary.label}
      </h2>
      {summary.formLocation && (
        <p className="hearth-resus__line">
          <strong>Original form:</strong> {summary.formLocation}
        </p>
      )}
      {summary.reviewDue && (
        <p className="hearth-resus__line">
          <strong className="nhsuk-tag nhsuk-tag--orange hearth-record-tag">Review due</strong>
          {summary.reviewOn && <> The review date was {formatDate(summary.reviewOn)}: ask the clinician to review it.</>}
        </p>
      )}
      <p className="hearth-resus__line">
        <Link to={capacityRecordsPath(personId)}>
          See the record<span className="nhsuk-u-visually-hidden"> of the ReSPECT form or DNACPR decision</span>
        </Link>
      </p>
    </section>
  );
}
