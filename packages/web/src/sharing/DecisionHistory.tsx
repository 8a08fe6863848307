// Every decision about a contact, newest first: what was shared or stopped, until when, who decided (and for a
// decision made for the person, the records it rests on) and why, and who recorded it. None is ever changed. Shown as summary lists, so long reasons read well on a phone.
import { sharingDeciderLabels, type SharingDecisionView } from '@hearth/core';
import { SummaryList } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { partsText } from './sharing-summary';

export function DecisionHistory({ decisions, name }: { decisions: SharingDecisionView[]; name: string }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 className="nhsuk-heading-m" id="history-heading">
        Decision history
      </h2>
      {decisions.length === 0 ? (
        <p className="nhsuk-body">No decision has been recorded yet, so nothing is shared.</p>
      ) : (
        <ol className="nhsuk-list">
          {decisions.map((d, index) => (
            <li key={d.id}>
              <h3 className="nhsuk-heading-s">
                {formatDateTime(d.recordedAt)}
                {index === 0 ? ' (latest)' : ''}
              </h3>
              <SummaryList
                rows={[
                  { key: 'Decision', value: d.revoked ? 'Stopped sharing' : `Share: ${partsText(d.parts)}` },
                  ...(d.endsOn ? [{ key: 'Last day', value: formatDate(d.endsOn) }] : []),
                  { key: 'Who decided', value: d.decidedBy === 'person' ? `${name} decided` : sharingDeciderLabels[d.decidedBy] },
                  ...(d.restsOn ? [{ key: 'Rests on', value: d.restsOn }] : []),
                  ...(d.authorityDetail ? [{ key: 'Authority', value: d.authorityDetail, preWrap: true }] : []),
                  { key: 'Reason', value: d.reason, preWrap: true },
                  { key: 'Recorded by', value: d.recordedBy.name },
                ]}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
