// Calendar dates for the rules, which must never throw: a date that is not a real YYYY-MM-DD reads as unknown.
import { addDays } from '../care-plan/timing.js';

export function isDate(value: string | null | undefined): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // A round trip refuses 31 February, which Date.parse rolls over into March.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
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
