// Time against a data request's deadline: how long is left, how long an answer took, and the share answered in time.
import type { DataRequestStatus } from './data-request-updates.js';

/** Under this long left, the dashboard warns. */
export const deadlineWarningMinutes = 4 * 60;

export const timeLeftStates = ['on_time', 'under_4_hours', 'overdue'] as const;
export type TimeLeftState = (typeof timeLeftStates)[number];

export interface TimeLeft {
  state: TimeLeftState;
  /** Whole minutes left, rounded down (never overstating the time); 0 once overdue. */
  minutesLeft: number;
  /** Whole minutes past the deadline, at least 1 once overdue; 0 before. */
  minutesOverdue: number;
}

/**
 * How long is left. At the deadline itself the request is still in time (0 minutes left); a moment after, it is
 * overdue. Exactly 4 hours left is not yet a warning; anything less is.
 */
export function timeLeft(request: { dueAt: string | Date }, now: Date): TimeLeft {
  const ms = new Date(request.dueAt).getTime() - now.getTime();
  if (ms < 0) return { state: 'overdue', minutesLeft: 0, minutesOverdue: Math.max(1, Math.floor(-ms / 60_000)) };
  return { state: ms < deadlineWarningMinutes * 60_000 ? 'under_4_hours' : 'on_time', minutesLeft: Math.floor(ms / 60_000), minutesOverdue: 0 };
}

/** "5 hours 12 minutes", "1 hour", "less than a minute", "2 days 3 hours" (minutes dropped beyond a day). */
export function describeDurationMinutes(minutes: number): string {
  if (minutes < 1) return 'less than a minute';
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts = days > 0 ? [plural(days, 'day'), hours > 0 ? plural(hours, 'hour') : ''] : [hours > 0 ? plural(hours, 'hour') : '', mins > 0 ? plural(mins, 'minute') : ''];
  return parts.filter((p) => p !== '').join(' ');
}

/** "5 hours 12 minutes left", "Overdue by 3 hours 1 minute". */
export function describeTimeLeft(left: TimeLeft): string {
  return left.state === 'overdue' ? `Overdue by ${describeDurationMinutes(left.minutesOverdue)}` : `${describeDurationMinutes(left.minutesLeft)} left`;
}

/**
 * Minutes from receipt to the answer, any part of a minute counted as a whole one, so a request answered 20 seconds
 * after a 24-hour deadline reads as 1,441 minutes and never as exactly on time.
 */
export function responseMinutes(request: { receivedAt: string | Date }, answeredAt: string | Date): number {
  return Math.max(0, Math.ceil((new Date(answeredAt).getTime() - new Date(request.receivedAt).getTime()) / 60_000));
}

/** Answered by the deadline: on it counts as in time. */
export function answeredInTime(request: { dueAt: string | Date }, answeredAt: string | Date): boolean {
  return new Date(answeredAt).getTime() <= new Date(request.dueAt).getTime();
}

export interface DataRequestForReport {
  receivedAt: string | Date;
  dueAt: string | Date;
  status: DataRequestStatus;
  /** When it was answered, declined or withdrawn; null while open. */
  closedAt: string | Date | null;
}

export interface DeadlineReport {
  /** Requests received in the period (the `from` instant inclusive, `to` exclusive). */
  received: number;
  answered: number;
  declined: number;
  withdrawn: number;
  /** Answered or declined: the requester had a response. */
  responded: number;
  respondedWithinDeadline: number;
  stillOpen: number;
  /** Open and past the deadline at `now`. */
  overdue: number;
  /**
   * Responded in time out of everything whose outcome against the deadline is known: each response, plus each open
   * request already past its deadline (it can no longer be in time). Null when there is nothing to judge, never 0%
   * or 100% by default.
   */
  withinDeadline: { fraction: number; percentage: number; outOf: number } | null;
  /** The median minutes from receipt to response, over the responses; null with none. */
  medianResponseMinutes: number | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

/**
 * The deadline report over requests received in [from, to). Withdrawn requests are counted but left out of the share:
 * nothing was owed. A declined request counts as a response: saying no, with the reason, is an answer to the requester.
 */
export function deadlineReport(requests: readonly DataRequestForReport[], from: Date, to: Date, now: Date): DeadlineReport {
  const inPeriod = requests.filter((r) => {
    const at = new Date(r.receivedAt).getTime();
    return at >= from.getTime() && at < to.getTime();
  });
  const count = (status: DataRequestStatus) => inPeriod.filter((r) => r.status === status).length;
  const responses = inPeriod.filter((r) => (r.status === 'answered' || r.status === 'declined') && r.closedAt !== null);
  const inTime = responses.filter((r) => answeredInTime(r, r.closedAt ?? now)).length;
  const overdue = inPeriod.filter((r) => r.status === 'open' && timeLeft(r, now).state === 'overdue').length;
  const outOf = responses.length + overdue;
  const fraction = outOf === 0 ? null : inTime / outOf;
  return {
    received: inPeriod.length,
    answered: count('answered'),
    declined: count('declined'),
    withdrawn: count('withdrawn'),
    responded: responses.length,
    respondedWithinDeadline: inTime,
    stillOpen: count('open'),
    overdue,
    withinDeadline: fraction === null ? null : { fraction, percentage: Math.round(fraction * 1000) / 10, outOf },
    medianResponseMinutes: median(responses.map((r) => responseMinutes(r, r.closedAt ?? now))),
  };
}
