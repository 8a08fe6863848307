// Requests as a table that stacks on small screens: who asked (a link to the request), the service, people, the
// deadline and the time left (or, once closed, the status and response time).
import { requesterRoleLabels, describeDurationMinutes, type DataRequestSummary } from '@hearth/core';
import { Link } from 'react-router-dom';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDateTime } from '../format';
import { DataRequestStatusTag, TimeLeftText } from './TimeLeftText';

export function responseText(r: Pick<DataRequestSummary, 'responseMinutes' | 'respondedInTime'>): string {
  if (r.responseMinutes === null) return 'No response (withdrawn)';
  return `${describeDurationMinutes(r.responseMinutes)}, ${r.respondedInTime ? 'within the deadline' : 'after the deadline'}`;
}

export function DataRequestsTable({ requests, caption, now }: { requests: DataRequestSummary[]; caption: string; now: Date }) {
  return (
    <ResponsiveTable caption={caption} headings={['Requested by', 'Service', 'People', 'Deadline', 'Time left or outcome']}>
      {requests.map((r) => (
        <tr className="nhsuk-table__row" role="row" key={r.id}>
          <ResponsiveCell heading="Requested by">
            <Link to={`/data-requests/${r.id}`}>{r.requester.name}, {r.requester.organisation}</Link>
            <br />
            <span className="nhsuk-u-secondary-text-colour">{requesterRoleLabels[r.requester.role]}</span>
          </ResponsiveCell>
          <ResponsiveCell heading="Service">{r.serviceName}</ResponsiveCell>
          <ResponsiveCell heading="People">{r.peopleCount}</ResponsiveCell>
          <ResponsiveCell heading="Deadline">{formatDateTime(r.dueAt)}</ResponsiveCell>
          <ResponsiveCell heading="Time left or outcome">
            {r.status === 'open' ? (
              <TimeLeftText dueAt={r.dueAt} now={now} />
            ) : (
              <>
                <DataRequestStatusTag status={r.status} /> {responseText(r)}
              </>
            )}
          </ResponsiveCell>
        </tr>
      ))}
    </ResponsiveTable>
  );
}
