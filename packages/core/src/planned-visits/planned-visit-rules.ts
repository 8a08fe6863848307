// The rules of planned visits as pure functions: which visits are upcoming (the ones a phone keeps records for), the
// stretch of time "my visits" covers, a worker's round on a day in England, and the plan-a-visit form read into a body.
import { addDays } from '../care-plan/timing.js';
import type { FieldError } from '../errors.js';
import { londonDay, londonInstant } from '../visit-records/london-time.js';
import { plannedVisitCreateBodySchema, type PlannedVisitCreateBody } from './planned-visit-schemas.js';

const hourMs = 3_600_000;

/** How far ahead a phone keeps the records of the people a worker is to visit. */
export const plannedVisitUpcomingHours = 36;

export interface PlannedVisitRange {
  from: Date;
  to: Date;
}

/** Any visit with its times and whether it still stands. */
export interface PlannedVisitTimes {
  startsAt: string;
  endsAt: string;
  cancellation: unknown;
}

/** Now to 36 hours from now: the visits whose people's records the phone keeps. */
export function plannedVisitUpcomingWindow(now: Date): PlannedVisitRange {
  return { from: now, to: new Date(now.getTime() + plannedVisitUpcomingHours * hourMs) };
}

/** Whether a visit stands and overlaps the upcoming window: not over yet, and starting within 36 hours. */
export function isUpcomingPlannedVisit(visit: PlannedVisitTimes, now: Date): boolean {
  const { from, to } = plannedVisitUpcomingWindow(now);
  return visit.cancellation === null && Date.parse(visit.endsAt) > from.getTime() && Date.parse(visit.startsAt) < to.getTime();
}

/** A day in England, midnight to midnight (23 or 25 hours when the clocks change). */
export function plannedVisitDayRange(date: string): PlannedVisitRange {
  return { from: londonInstant(date, 0), to: londonInstant(addDays(date, 1), 0) };
}

/** What "my visits" covers: from the start of today in England to the end of tomorrow, or 36 hours on if later. */
export function myPlannedVisitsRange(now: Date): PlannedVisitRange {
  const today = londonDay(now);
  const endOfTomorrow = londonInstant(addDays(today, 2), 0);
  const upcomingEnd = plannedVisitUpcomingWindow(now).to;
  return { from: londonInstant(today, 0), to: upcomingEnd > endOfTomorrow ? upcomingEnd : endOfTomorrow };
}

/** Whether a visit falls in a range: it ends after the range starts and starts before it ends. */
export function plannedVisitOverlaps(visit: Pick<PlannedVisitTimes, 'startsAt' | 'endsAt'>, range: PlannedVisitRange): boolean {
  return Date.parse(visit.endsAt) > range.from.getTime() && Date.parse(visit.startsAt) < range.to.getTime();
}

/** Earliest first; visits at the same time in a stable order. */
export function plannedVisitsByStart<V extends { startsAt: string; id: string }>(a: V, b: V): number {
  return Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id);
}

/** A worker's round: their visits that stand and start on `date` in England, in the order of the day. */
export function plannedVisitRound<V extends PlannedVisitTimes & { id: string; staff: { id: string } }>(
  visits: readonly V[],
  staffId: string,
  date: string,
): V[] {
  return visits
    .filter((v) => v.cancellation === null && v.staff.id === staffId && londonDay(new Date(v.startsAt)) === date)
    .sort(plannedVisitsByStart);
}

/** The people on a round, each once, in the order of their first visit. */
export function plannedVisitRoundPeople(round: readonly { person: { id: string } }[]): string[] {
  return [...new Set(round.map((v) => v.person.id))];
}

/** A day's visits grouped by worker (workers by name), each worker's in the order of the day. */
export function plannedVisitsByWorker<V extends { id: string; startsAt: string; staff: { id: string; name: string } }>(
  visits: readonly V[],
): { staff: { id: string; name: string }; visits: V[] }[] {
  const groups = new Map<string, { staff: { id: string; name: string }; visits: V[] }>();
  for (const visit of visits) {
    const group = groups.get(visit.staff.id) ?? { staff: visit.staff, visits: [] };
    group.visits.push(visit);
    groups.set(visit.staff.id, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, visits: [...g.visits].sort(plannedVisitsByStart) }))
    .sort((a, b) => a.staff.name.localeCompare(b.staff.name) || a.staff.id.localeCompare(b.staff.id));
}

/** A visit planned now must still be to come: one that has ended is not planned, it happened (or did not). */
export function plannedVisitTimeErrors(body: Pick<PlannedVisitCreateBody, 'endsAt'>, now: Date): FieldError[] {
  return Date.parse(body.endsAt) <= now.getTime()
    ? [{ field: 'endsAt', message: 'This visit would already be over: choose a time still to come' }]
    : [];
}

/** The plan-a-visit form as typed: a day in England and clock times. */
export interface PlannedVisitForm {
  personId: string;
  staffId: string;
  date: string;
  startTime: string;
  endTime: string;
  label: string;
}

/** Where an error about the body shows on the form. */
export const plannedVisitFormField: Record<string, keyof PlannedVisitForm> = {
  personId: 'personId',
  staffId: 'staffId',
  startsAt: 'startTime',
  endsAt: 'endTime',
  label: 'label',
};

/** "HH:MM" on a 24-hour clock, as minutes since midnight; null if it is not a time. */
export function plannedVisitClockMinutes(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * Reads the form into the body the API takes, with the same checks, errors named by the form's fields. A visit
 * ending at or before its start time on the clock is read as running past midnight, within the longest visit.
 */
export function plannedVisitFormBody(form: PlannedVisitForm, now: Date): { body: PlannedVisitCreateBody } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (form.personId === '') errors.push({ field: 'personId', message: 'Choose who is visited' });
  if (form.staffId === '') errors.push({ field: 'staffId', message: 'Choose the care worker' });
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(form.date) && addDays(form.date, 0) === form.date;
  if (!isDate) errors.push({ field: 'date', message: 'Enter a real date' });
  const start = plannedVisitClockMinutes(form.startTime);
  const end = plannedVisitClockMinutes(form.endTime);
  if (start === null) errors.push({ field: 'startTime', message: 'Enter the start time as hours and minutes, for example 09:30' });
  if (end === null) errors.push({ field: 'endTime', message: 'Enter the end time as hours and minutes, for example 10:00' });
  if (errors.length > 0 || start === null || end === null) return { errors };
  if (end === start) return { errors: [{ field: 'endTime', message: 'The visit must end after it starts' }] };
  const startsAt = londonInstant(form.date, start);
  const endsAt = londonInstant(end < start ? addDays(form.date, 1) : form.date, end);
  const parsed = plannedVisitCreateBodySchema.safeParse({
    personId: form.personId,
    staffId: form.staffId,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    label: form.label,
  });
  if (!parsed.success) {
    return { errors: parsed.error.issues.map((i) => ({ field: plannedVisitFormField[String(i.path[0])] ?? 'date', message: i.message })) };
  }
  const late = plannedVisitTimeErrors(parsed.data, now).map((e) => ({ ...e, field: plannedVisitFormField[e.field] ?? e.field }));
  return late.length > 0 ? { errors: late } : { body: parsed.data };
}
