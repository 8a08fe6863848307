// Whether restrictive interventions are falling: uses and minutes per calendar month in England by kind, over the
// last 6 or 12 months, and a plain direction comparing the latest three months with the three before. Replaced
// records are never counted; their corrections are.
import { addDays } from '../care-plan/timing.js';
import { londonDay } from '../visit-records/london-time.js';
import { currentRestrictiveInterventions, type RestrictiveInterventionChainFacts } from './intervention-attention.js';
import { restrictiveInterventionKinds, type RestrictiveInterventionKind } from './intervention-schemas.js';

export const restrictiveInterventionTrendSpans = [6, 12] as const;
export type RestrictiveInterventionTrendSpan = (typeof restrictiveInterventionTrendSpans)[number];

/**
 * Below this many uses across the two three-month periods together, the direction is "too few to say": with five
 * or fewer uses in six months, one or two more or fewer is as likely to be chance as a real change, so the figures
 * are shown without a verdict on them.
 */
export const restrictiveInterventionTrendMinimum = 6;

/**
 * Periods within a fifth of each other (measured against the larger) are "about the same": 10 against 9 is no real
 * change, 10 against 7 is.
 */
export const restrictiveInterventionSameWithin = 0.2;

export interface RestrictiveInterventionTrendFacts extends RestrictiveInterventionChainFacts {
  startedAt: string;
  kind: RestrictiveInterventionKind;
  durationMinutes: number;
}

export interface RestrictiveInterventionKindFigures {
  count: number;
  minutes: number;
}

export interface RestrictiveInterventionMonthFigures extends RestrictiveInterventionKindFigures {
  /** The calendar month in England, as YYYY-MM. */
  month: string;
  byKind: Record<RestrictiveInterventionKind, RestrictiveInterventionKindFigures>;
}

export type RestrictiveInterventionDirection = 'fewer' | 'more' | 'about_the_same' | 'too_few_to_say';

export interface RestrictiveInterventionComparison {
  /** The first day of the latest three months, and the last (today), in England. */
  latestFrom: string;
  to: string;
  /** The first day of the three months before. */
  previousFrom: string;
  latest: number;
  previous: number;
  direction: RestrictiveInterventionDirection;
}

export interface RestrictiveInterventionTrend {
  months: RestrictiveInterventionMonthFigures[];
  comparison: RestrictiveInterventionComparison;
}

/** A calendar month (YYYY-MM) moved by whole months. */
export function interventionTrendShiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = (y ?? 1970) * 12 + ((m ?? 1) - 1) + by;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** A date (YYYY-MM-DD) moved by whole months, kept within the month it lands in (31 May less 3 months is 28 February). */
export function interventionTrendShiftDate(date: string, by: number): string {
  const month = interventionTrendShiftMonth(date.slice(0, 7), by);
  const [y, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y ?? 1970, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(Math.min(Number(date.slice(8, 10)), lastDay)).padStart(2, '0')}`;
}

/** The months shown, oldest first, ending with the month of `now` in England. */
export function interventionTrendMonths(span: number, now: Date): string[] {
  const thisMonth = londonDay(now).slice(0, 7);
  return Array.from({ length: span }, (_, i) => interventionTrendShiftMonth(thisMonth, i - span + 1));
}

const noFigures = (): Record<RestrictiveInterventionKind, RestrictiveInterventionKindFigures> =>
  Object.fromEntries(restrictiveInterventionKinds.map((k) => [k, { count: 0, minutes: 0 }])) as Record<
    RestrictiveInterventionKind,
    RestrictiveInterventionKindFigures
  >;

/** Uses and minutes per month by kind, for the current records started in the months shown. */
export function restrictiveInterventionMonthlySeries(
  records: readonly RestrictiveInterventionTrendFacts[],
  span: number,
  now: Date,
): RestrictiveInterventionMonthFigures[] {
  const months = interventionTrendMonths(span, now);
  const byMonth = new Map(months.map((month) => [month, { month, count: 0, minutes: 0, byKind: noFigures() }]));
  for (const r of currentRestrictiveInterventions(records)) {
    const figures = byMonth.get(londonDay(new Date(r.startedAt)).slice(0, 7));
    if (!figures) continue;
    figures.count += 1;
    figures.minutes += r.durationMinutes;
    figures.byKind[r.kind].count += 1;
    figures.byKind[r.kind].minutes += r.durationMinutes;
  }
  return [...byMonth.values()];
}

/** The direction from the previous period's count to the latest's. Swapping the two swaps fewer and more. */
export function restrictiveInterventionDirection(latest: number, previous: number): RestrictiveInterventionDirection {
  if (latest + previous < restrictiveInterventionTrendMinimum) return 'too_few_to_say';
  if (Math.abs(latest - previous) <= restrictiveInterventionSameWithin * Math.max(latest, previous)) return 'about_the_same';
  return latest < previous ? 'fewer' : 'more';
}

/** The latest three months (up to today in England) against the three months before them. */
export function restrictiveInterventionComparison(
  records: readonly RestrictiveInterventionTrendFacts[],
  now: Date,
): RestrictiveInterventionComparison {
  const to = londonDay(now);
  const latestFrom = addDays(interventionTrendShiftDate(to, -3), 1);
  const previousFrom = addDays(interventionTrendShiftDate(to, -6), 1);
  let latest = 0;
  let previous = 0;
  for (const r of currentRestrictiveInterventions(records)) {
    const day = londonDay(new Date(r.startedAt));
    if (day >= latestFrom && day <= to) latest += 1;
    else if (day >= previousFrom && day < latestFrom) previous += 1;
  }
  return { latestFrom, to, previousFrom, latest, previous, direction: restrictiveInterventionDirection(latest, previous) };
}

export function restrictiveInterventionTrend(
  records: readonly RestrictiveInterventionTrendFacts[],
  span: number,
  now: Date,
): RestrictiveInterventionTrend {
  return {
    months: restrictiveInterventionMonthlySeries(records, span, now),
    comparison: restrictiveInterventionComparison(records, now),
  };
}

const uses = (n: number) => (n === 1 ? '1 use' : `${n} uses`);

/** The direction as a sentence, with both counts and when the latest period began. */
export function describeRestrictiveInterventionDirection(
  comparison: RestrictiveInterventionComparison,
  formatDate: (isoDate: string) => string,
): string {
  const counts = `${uses(comparison.latest)} in the last three months (since ${formatDate(comparison.latestFrom)}) and ${uses(comparison.previous)} in the three months before`;
  switch (comparison.direction) {
    case 'fewer':
      return `Fewer restrictive interventions: ${counts}.`;
    case 'more':
      return `More restrictive interventions: ${counts}.`;
    case 'about_the_same':
      return `About the same number of restrictive interventions: ${counts}.`;
    case 'too_few_to_say':
      return `Too few to say whether restrictive interventions are falling: ${counts}. A direction is given from ${restrictiveInterventionTrendMinimum} uses across the six months.`;
  }
}

/** A month (YYYY-MM) as "March 2026". */
export function formatInterventionTrendMonth(month: string, style: 'long' | 'short' = 'long'): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', { month: style, year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)),
  );
}
