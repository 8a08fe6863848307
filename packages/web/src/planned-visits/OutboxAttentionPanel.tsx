// For the senior on duty: visit records still on a care worker's phone a day after they were saved, whose phone, who
// for and since when (never what the record says), so they can ask the worker to find a signal or put a refusal right.
import { outboxUnsentAttentionMs, type OutboxAttentionEntry } from '@hearth/core';
import { Link } from 'react-router-dom';
import { getOutboxAttention } from '../api/planned-visits';
import { Loading } from '../components/Loading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { displayName } from '../format';
import { describeAge, describeTime } from '../offline/copy-age';
import { useMinuteClock } from '../offline/useMinuteClock';
import { useLoaded } from '../plan-views/useLoaded';

const hours = outboxUnsentAttentionMs / 3_600_000;

export function OutboxAttentionPanel() {
  const loaded = useLoaded(getOutboxAttention, []);
  const now = useMinuteClock();
  return (
    <section aria-labelledby="outbox-attention-heading">
      <h2 className="nhsuk-heading-m nhsuk-u-margin-top-5" id="outbox-attention-heading">
        Records not sent from phones
      </h2>
      <p className="nhsuk-body">
        Visit records saved on a care worker’s phone without signal and still not sent {hours} hours later, as the phone last
        reported. Ask the worker to open Hearth where there is signal, or to see to a record Hearth refused.
      </p>
      {loaded.kind === 'loading' && <Loading what="Loading the records not sent" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && loaded.value.entries.length === 0 && <p className="nhsuk-body">No phone has a record waiting that long.</p>}
      {loaded.kind === 'ready' && loaded.value.entries.length > 0 && (
        <ResponsiveTable caption="Records not sent from phones" headings={['Care worker', 'Person', 'Saved on the phone', 'State']}>
          {loaded.value.entries.map((e) => (
            <Row key={`${e.deviceId}-${e.clientId}`} entry={e} now={now} />
          ))}
        </ResponsiveTable>
      )}
    </section>
  );
}

function Row({ entry, now }: { entry: OutboxAttentionEntry; now: Date }) {
  const savedAt = new Date(entry.savedAt);
  const reportedAt = new Date(entry.reportedAt);
  return (
    <tr className="nhsuk-table__row" role="row">
      <ResponsiveCell heading="Care worker">{entry.staff.name}</ResponsiveCell>
      <ResponsiveCell heading="Person">
        <Link to={`/people/${entry.person.id}`}>{displayName(entry.person)}</Link>
      </ResponsiveCell>
      <ResponsiveCell heading="Saved on the phone">
        {describeTime(savedAt, now)} ({describeAge(savedAt, now)})
        <span className="nhsuk-body-s"> · phone last reported {describeAge(reportedAt, now)}</span>
      </ResponsiveCell>
      <ResponsiveCell heading="State">
        {entry.state === 'refused' ? (
          <strong className="nhsuk-tag nhsuk-tag--orange">Refused by Hearth</strong>
        ) : (
          <strong className="nhsuk-tag nhsuk-tag--red">Waiting to send</strong>
        )}
      </ResponsiveCell>
    </tr>
  );
}
