// How old a copy kept on the phone is, in words a care worker reads at a glance: "the copy from 09:12 (5 minutes
// ago)", and whether a record waiting to be sent has waited too long. Times are on a clock in England.

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'Europe/London' });
const dayKey = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** A record still unsent after this long is shown to the worker as overdue. */
export const overdueAfterMs = dayMs;

/** "just now", "1 minute ago", "25 minutes ago", "3 hours ago", "2 days ago". A clock running behind reads as now. */
export function describeAge(then: Date, now: Date): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - then.getTime()) / minuteMs));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return plural(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return plural(hours, 'hour');
  return plural(Math.floor(hours / 24), 'day');
}

/** "09:12", or "09:12 on 3 March" when it was not today. */
export function describeTime(then: Date, now: Date): string {
  const time = clock.format(then);
  return dayKey.format(then) === dayKey.format(now) ? time : `${time} on ${day.format(then)}`;
}

/** "the copy from 09:12 (5 minutes ago)". */
export function describeCopy(savedAt: Date, now: Date): string {
  return `the copy from ${describeTime(savedAt, now)} (${describeAge(savedAt, now)})`;
}

/** Whether something saved at `savedAt` has waited a day or more. */
export function isOverdue(savedAt: Date, now: Date): boolean {
  return now.getTime() - savedAt.getTime() >= overdueAfterMs;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}
