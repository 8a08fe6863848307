// Calendar dates for the rules, which must never throw: a date that is not a real YYYY-MM-DD reads as unknown.
import { addDays } from '../care-plan/timing.js';

export function isDate(value: string | null | undefined): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // The calendar worked out rather than asked of Date (which the rules call for every date they read): a real month,
  // and a day the month has, so 31 February, which Date.parse rolls over into March, is refused.
  const digit = (i: number) => value.charCodeAt(i) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The date some days after another, or null when the date is not a real one. */
export function plusDays(date: string | null | undefined, days: number): string | null {
  return isDate(date) && Number.isFinite(days) ? addDays(date, Math.trunc(days)) : null;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The earlier of two dates, ignoring any that are unknown. */
export function earliest(...dates: (string | null | undefined)[]): string | null {
  return dates.filter(isDate).sort()[0] ?? null;
}
