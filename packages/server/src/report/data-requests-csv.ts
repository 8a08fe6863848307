// The data requests of a period as CSV, one row per request, for the provider's own records or a commissioner. It
// names the requester's organisation and role but no person: how many people a request named is enough here.
import { requesterRoleLabels, dataRequestStatusLabels, type DataRequestSummary } from '@hearth/core';
import { csvRow } from './audit-report-csv.js';

export const dataRequestsCsvHeader = [
  'Service',
  'Requester organisation',
  'Requester role',
  'People named',
  'Received (UK time)',
  'Deadline (UK time)',
  'Status',
  'Closed (UK time)',
  'Response time (minutes)',
  'Within deadline',
] as const;

const ukTime = (at: string | null) =>
  at === null ? null : new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short', timeStyle: 'short' }).format(new Date(at));

function withinDeadline(r: DataRequestSummary): string | null {
  if (r.respondedInTime !== null) return r.respondedInTime ? 'Yes' : 'No';
  return r.timeLeft?.state === 'overdue' ? 'No (still open)' : null;
}

/** UTF-8 with a byte-order mark and CRLF, as the plan-quality report CSV. The figures are in the JSON report. */
export function dataRequestsCsv(requests: readonly DataRequestSummary[]): string {
  const rows = [
    csvRow(dataRequestsCsvHeader),
    ...requests.map((r) => csvRow([
      r.serviceName, r.requester.organisation, requesterRoleLabels[r.requester.role], r.peopleCount, ukTime(r.receivedAt), ukTime(r.dueAt),
      dataRequestStatusLabels[r.status], ukTime(r.closedAt), r.responseMinutes, withinDeadline(r),
    ])),
  ];
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
