// Where the behaviour clusters, in words: the time slots it recurs in across days and the weekdays with more of it,
// put as patterns to look into, never as conclusions about why.
import type { ScatterGrid, ScatterRow } from './scatter-grid.js';
import { scatterClock, scatterDaysMin, type ScatterWeekday } from './scatter-terms.js';

export interface ScatterSlotCluster {
  startMinute: number;
  endMinute: number;
  /** Days on which the behaviour was seen in any slot of the cluster. */
  daysWithBehaviour: number;
}

export interface ScatterBusyWeekday {
  weekday: ScatterWeekday;
  /** How many of that weekday had observations in the period. */
  daysObserved: number;
}

export interface ScatterSummary {
  daysObserved: number;
  abcRecords: number;
  /** Cells where the behaviour was seen (by an ABC record or a grade of some or high). */
  cellsWithBehaviour: number;
  busiestSlots: ScatterSlotCluster[];
  busiestWeekdays: ScatterBusyWeekday[];
  sentences: string[];
}

/** A slot recurs when the behaviour was seen in it on at least this share of the most-recurring slot's days. */
const clusterShare = 0.6;
/** A weekday stands out when it averages at least this many times the shading of an average observed day. */
const weekdayFactor = 1.5;
/** One Monday is not a pattern of Mondays: a weekday is named only when it was observed at least this often. */
const minWeekdayRepeats = 2;
const maxClusters = 3;
const maxWeekdays = 2;

const longDate = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

const seen = (level: number | null) => level !== null && level >= 1;

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** Days on which the behaviour was seen in any of these rows. */
function daysSeenIn(rows: readonly ScatterRow[], dayCount: number): number {
  let days = 0;
  for (let col = 0; col < dayCount; col++) if (rows.some((r) => seen(r.cells[col]?.level ?? null))) days += 1;
  return days;
}

function busiestSlots(grid: ScatterGrid): ScatterSlotCluster[] {
  const daysPerRow = grid.rows.map((r) => r.cells.filter((c) => seen(c.level)).length);
  const most = Math.max(0, ...daysPerRow);
  if (most < 2) return [];
  const threshold = Math.max(2, Math.ceil(most * clusterShare));
  const clusters: { rows: ScatterRow[]; weight: number }[] = [];
  let open: { rows: ScatterRow[]; weight: number } | null = null;
  for (const [i, row] of grid.rows.entries()) {
    if ((daysPerRow[i] ?? 0) < threshold) {
      open = null;
      continue;
    }
    if (open === null) {
      open = { rows: [], weight: 0 };
      clusters.push(open);
    }
    open.rows.push(row);
    open.weight += row.cells.reduce((sum, c) => sum + (c.level ?? 0), 0);
  }
  return clusters
    .map((c) => ({
      startMinute: c.rows[0]?.startMinute ?? 0,
      endMinute: c.rows[c.rows.length - 1]?.endMinute ?? 0,
      daysWithBehaviour: daysSeenIn(c.rows, grid.dates.length),
      weight: c.weight,
    }))
    .sort((a, b) => b.daysWithBehaviour - a.daysWithBehaviour || b.weight - a.weight || a.startMinute - b.startMinute)
    .slice(0, maxClusters)
    .map(({ weight: _weight, ...cluster }) => cluster);
}

function busiestWeekdays(grid: ScatterGrid, observed: readonly boolean[], weights: readonly number[]): ScatterBusyWeekday[] {
  const daysObserved = observed.filter(Boolean).length;
  const total = weights.reduce((a, b) => a + b, 0);
  if (daysObserved < scatterDaysMin || total === 0) return [];
  const average = total / daysObserved;
  const byWeekday = new Map<ScatterWeekday, { days: number; weight: number }>();
  grid.dates.forEach(({ weekday }, col) => {
    if (!observed[col]) return;
    const held = byWeekday.get(weekday) ?? { days: 0, weight: 0 };
    byWeekday.set(weekday, { days: held.days + 1, weight: held.weight + (weights[col] ?? 0) });
  });
  return [...byWeekday.entries()]
    .map(([weekday, { days, weight }]) => ({ weekday, daysObserved: days, mean: weight / days }))
    .filter((w) => w.daysObserved >= minWeekdayRepeats && w.mean > 0 && w.mean >= average * weekdayFactor)
    .sort((a, b) => b.mean - a.mean)
    .slice(0, maxWeekdays)
    .map(({ weekday, daysObserved: days }) => ({ weekday, daysObserved: days }));
}

/** The grid in words, for everyone and first of all for those who cannot see the chart. */
export function summariseScatterGrid(grid: ScatterGrid): ScatterSummary {
  const observed = grid.dates.map((_, col) => grid.rows.some((r) => (r.cells[col]?.level ?? null) !== null));
  const weights = grid.dates.map((_, col) => grid.rows.reduce((sum, r) => sum + (r.cells[col]?.level ?? 0), 0));
  const cells = grid.rows.flatMap((r) => r.cells);
  const daysObserved = observed.filter(Boolean).length;
  const abcRecords = cells.reduce((sum, c) => sum + c.abcCount, 0);
  const cellsWithBehaviour = cells.filter((c) => seen(c.level)).length;
  const slots = busiestSlots(grid);
  const weekdays = busiestWeekdays(grid, observed, weights);
  const base = { daysObserved, abcRecords, cellsWithBehaviour, busiestSlots: slots, busiestWeekdays: weekdays };
  const period = `between ${longDate(grid.from)} and ${longDate(grid.to)}`;

  if (daysObserved === 0) return { ...base, sentences: [`Nothing has been recorded for this behaviour ${period}.`] };
  const ofDays = `${daysObserved} ${daysObserved === 1 ? 'day' : 'days'}`;
  if (cellsWithBehaviour === 0)
    return {
      ...base,
      sentences: [
        `${ofDays} ${daysObserved === 1 ? 'was' : 'were'} observed ${period} and the behaviour was not seen in any time slot.`,
      ],
    };

  const sentences: string[] = [];
  if (slots.length > 0) {
    const ranges = slots.map(
      (s) =>
        `between ${scatterClock(s.startMinute)} and ${scatterClock(s.endMinute)} (on ${s.daysWithBehaviour} of the ${daysObserved} days observed)`,
    );
    sentences.push(`A pattern to look into: the behaviour was seen most ${listInWords(ranges)}.`);
  } else {
    sentences.push('The behaviour was not seen in the same time slot on more than one day, so no time of day stands out yet.');
    if (grid.slotMinutes < 60 && cellsWithBehaviour > 1) sentences.push('Longer time slots may show a broader pattern.');
  }
  if (weekdays.length > 0) {
    const named = weekdays.map((w) => `${w.weekday}s (${w.daysObserved} ${w.daysObserved === 1 ? 'day' : 'days'} observed)`);
    sentences.push(`More was recorded on ${listInWords(named)} than on other days.`);
  }
  if (daysObserved < scatterDaysMin)
    sentences.push(
      `Only ${ofDays} ${daysObserved === 1 ? 'has' : 'have'} observations so far: collect for one to two weeks before relying on a pattern.`,
    );
  sentences.push(
    'A scatter plot shows when the behaviour happens, not why: ABC records made at these times can help to understand it.',
  );
  return { ...base, sentences };
}

/** The key of a day as it heads a column: "Mon 3 Mar". */
export function scatterDayLabel(date: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
