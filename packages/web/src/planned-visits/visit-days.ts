// Visits laid out by day in England for the pages that list them: the days asked for always (empty or not), then
// any other day a visit falls on, each day's visits in the order of the day.
import { addDays, londonDay, plannedVisitsByStart, type PlannedVisitView } from '@hearth/core';

export function visitsByDay(visits: readonly PlannedVisitView[], days: readonly string[]): { date: string; visits: PlannedVisitView[] }[] {
  const byDay = new Map<string, PlannedVisitView[]>(days.map((d) => [d, []]));
  for (const visit of [...visits].sort(plannedVisitsByStart)) {
    const date = londonDay(new Date(visit.startsAt));
    byDay.set(date, [...(byDay.get(date) ?? []), visit]);
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, visits: list }));
}

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Thursday 5 March" for a YYYY-MM-DD date. */
export function longDay(date: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  return `${weekday.format(noon)} ${dayMonth.format(noon)}`;
}

/** "Today, Thursday 5 March", "Tomorrow, Friday 6 March", or the day itself. */
export function dayHeading(date: string, today: string): string {
  if (date === today) return `Today, ${longDay(date)}`;
  if (date === addDays(today, 1)) return `Tomorrow, ${longDay(date)}`;
  if (date === addDays(today, -1)) return `Yesterday, ${longDay(date)}`;
  return longDay(date);
}
