// Days and clock times as they are lived in England (Europe/London, with British Summer Time), from instants.
import { addDays } from '../care-plan/timing.js';
import { minutesOf } from '../care-plan/now-steps.js';
import { clockSkewAllowanceMinutes } from './visit-record-content.js';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  date: string;
  minute: number;
  /** The wall-clock reading as if it were UTC, in milliseconds, for working out the offset. */
  asUtc: number;
}

function wallClock(at: Date): WallClock {
  const parts = Object.fromEntries(londonParts.formatToParts(at).map((p) => [p.type, p.value]));
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) => Number(parts[k]));
  const y = year ?? 0, mo = month ?? 1, d = day ?? 1, h = hour ?? 0, mi = minute ?? 0;
  return {
    date: `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    minute: h * 60 + mi,
    asUtc: Date.UTC(y, mo - 1, d, h, mi, second ?? 0),
  };
}

/** The day in England an instant falls on, as YYYY-MM-DD. */
export function londonDay(at: Date): string {
  return wallClock(at).date;
}

/** The minute of the day (0-1439) on a clock in England at an instant. */
export function londonMinuteOfDay(at: Date): number {
  return wallClock(at).minute;
}

/**
 * The instant a clock in England shows `minute` on `date`. A time in the hour the clocks skip in spring is read
 * as the moment an hour later on the clock; one in the hour that happens twice in autumn, as the first.
 */
export function londonInstant(date: string, minute: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 0, minute);
  // The offset before and after the wall time; trying the larger first picks the earlier of two readings.
  const offsets = [wall - 12 * 3_600_000, wall + 12 * 3_600_000].map((probe) => wallClock(new Date(probe)).asUtc - probe);
  for (const offset of [...new Set(offsets)].sort((a, b) => b - a)) {
    const at = new Date(wall - offset);
    if (wallClock(at).asUtc === wall) return at;
  }
  return new Date(wall - Math.min(...offsets));
}

/** Time of day as HH:MM from minutes since midnight. */
export function clockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/**
 * The arrival and leaving times a care worker types (HH:MM on a clock in England) as instants. Arrival is today, or
 * yesterday when that time has not come yet today (a night visit written up after midnight); leaving before
 * arriving on the clock means the visit ran past midnight. An arrival that is not a time gives nulls.
 */
export function visitInstants(arrivedAt: string, leftAt: string, now: Date): { arrivedAt: string | null; leftAt: string | null } {
  const arrivedMinute = minutesOf(arrivedAt);
  if (arrivedMinute === null) return { arrivedAt: null, leftAt: null };
  const today = londonDay(now);
  let arrived = londonInstant(today, arrivedMinute);
  if (arrived.getTime() > now.getTime() + clockSkewAllowanceMinutes * 60_000) arrived = londonInstant(addDays(today, -1), arrivedMinute);
  const leftMinute = minutesOf(leftAt);
  if (leftMinute === null) return { arrivedAt: arrived.toISOString(), leftAt: null };
  const arrivedDay = londonDay(arrived);
  const left = londonInstant(leftMinute < arrivedMinute ? addDays(arrivedDay, 1) : arrivedDay, leftMinute);
  return { arrivedAt: arrived.toISOString(), leftAt: left.toISOString() };
}
