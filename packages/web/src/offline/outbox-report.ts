// What the phone tells Hearth about its outbox, so the senior on duty sees a record still unsent after a day: each
// entry's client id, who it is about, when it was saved and whether Hearth refused it (with the error code). Never
// what the record says. Pure: the reporter around it sends a report only when this changes.
import type { OutboxReportBody } from '@hearth/core';
import type { OutboxEntry } from './outbox';

export function outboxReportOf(deviceId: string, entries: readonly OutboxEntry[]): OutboxReportBody {
  return {
    deviceId,
    entries: [...entries]
      .sort((a, b) => a.savedAt.localeCompare(b.savedAt) || a.clientId.localeCompare(b.clientId))
      .map((e) => ({
        clientId: e.clientId,
        personId: e.personId,
        savedAt: e.savedAt,
        state: e.state === 'needs_attention' ? ('refused' as const) : ('waiting' as const),
        lastErrorCode: e.state === 'needs_attention' ? (e.refusal?.code ?? 'refused') : null,
      })),
  };
}

/** What a report says, for telling whether it changed since the last one Hearth has: the same outbox gives the same. */
export function outboxReportSignature(report: OutboxReportBody): string {
  return JSON.stringify(report.entries.map((e) => [e.clientId, e.personId, e.savedAt, e.state, e.lastErrorCode]));
}

/** Nothing was ever reported from this phone: the same as having reported an empty outbox. */
export const emptyOutboxSignature = outboxReportSignature({ deviceId: '', entries: [] });
