// Small labels for visit records: an escalated concern's state, and how a visit went wrong.
import { escalationStatusLabels, type EscalationStatus, type VisitAttentionKind } from '@hearth/core';

const escalationColours: Record<EscalationStatus, string> = {
  open: 'nhsuk-tag--red',
  acknowledged: 'nhsuk-tag--yellow',
  resolved: 'nhsuk-tag--green',
};

export function EscalationStatusTag({ status }: { status: EscalationStatus }) {
  return <strong className={`nhsuk-tag ${escalationColours[status]}`}>{escalationStatusLabels[status]}</strong>;
}

export function AttentionTag({ kind }: { kind: VisitAttentionKind }) {
  return kind === 'missed' ? <strong className="nhsuk-tag nhsuk-tag--red">Missed</strong> : <strong className="nhsuk-tag nhsuk-tag--orange">Late</strong>;
}

/** "1 hour 5 minutes" from minutes. */
export function describeMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : null, rest > 0 || hours === 0 ? `${rest} minute${rest === 1 ? '' : 's'}` : null];
  return parts.filter(Boolean).join(' ');
}

/** A time on a clock in England, such as "08:05". */
export function clockAt(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }).format(new Date(iso));
}
