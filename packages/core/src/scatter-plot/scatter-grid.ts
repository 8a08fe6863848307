// The scatter plot grid for one target behaviour: days as columns, time slots (on a clock in England) as rows, each
// cell holding the ABC records that started in it and the grade filled in directly, if any.
import { addDays } from '../care-plan/timing.js';
import { londonDay, londonMinuteOfDay } from '../visit-records/london-time.js';
import { scatterLevel, type ScatterCellFacts } from './scatter-shade.js';
import {
  scatterMinutesInDay,
  scatterBehaviourKey,
  scatterDaysMax,
  scatterDaysMin,
  scatterSlotSizes,
  scatterWeekday,
  type ScatterGrade,
  type ScatterLevel,
  type ScatterMeasure,
  type ScatterSlotMinutes,
  type ScatterWeekday,
} from './scatter-terms.js';

/** An ABC record as the grid needs it; a record replaced by a correction is left out before it gets here. */
export interface ScatterAbcInput {
  occurredAt: Date | string;
  behaviour: string;
  intensity: number;
}

/** A cell filled in directly, as stored. */
export interface ScatterEntryInput {
  id: string;
  behaviour: string;
  observedOn: string;
  slotStartMinute: number;
  slotMinutes: number;
  grade: ScatterGrade;
  activity: string | null;
  recordedAt: Date | string;
}

export interface ScatterGridOptions {
  behaviour: string;
  /** The first day, YYYY-MM-DD in England. */
  from: string;
  days: number;
  slotMinutes: ScatterSlotMinutes;
  measure: ScatterMeasure;
}

export interface ScatterCell extends ScatterCellFacts {
  date: string;
  /** What the person was doing, as written with the grade filled in directly. */
  activity: string | null;
  level: ScatterLevel | null;
}

export interface ScatterRow {
  startMinute: number;
  endMinute: number;
  cells: ScatterCell[];
  /** The activities written for this time slot across the days, each once, in day order. */
  activities: string[];
}

export interface ScatterGrid {
  behaviour: string;
  from: string;
  to: string;
  days: number;
  slotMinutes: ScatterSlotMinutes;
  measure: ScatterMeasure;
  dates: { date: string; weekday: ScatterWeekday }[];
  /** Every slot of the day, from midnight. */
  rows: ScatterRow[];
}

const gradeRank: Record<ScatterGrade, number> = { none: 0, some: 1, high: 2 };
const instant = (at: Date | string) => (typeof at === 'string' ? new Date(at) : at);

/**
 * The entries that count: for each cell (behaviour, day, slot start and size) the one recorded last. Earlier ones
 * are kept in the record but no longer shown; with equal times the later in the list wins.
 */
export function scatterCurrentEntries<E extends ScatterEntryInput>(entries: readonly E[]): E[] {
  const latest = new Map<string, E>();
  for (const entry of entries) {
    const cell = [scatterBehaviourKey(entry.behaviour), entry.observedOn, entry.slotStartMinute, entry.slotMinutes].join('|');
    const held = latest.get(cell);
    if (!held || instant(entry.recordedAt).getTime() >= instant(held.recordedAt).getTime()) latest.set(cell, entry);
  }
  return [...latest.values()];
}

interface CellDraft {
  abcCount: number;
  highestIntensity: number | null;
  grade: ScatterGrade | null;
  activity: string | null;
  activityAt: number;
}

function checkOptions(options: ScatterGridOptions): void {
  if (!Number.isInteger(options.days) || options.days < scatterDaysMin || options.days > scatterDaysMax)
    throw new RangeError(`a scatter plot covers ${scatterDaysMin} to ${scatterDaysMax} days, not ${options.days}`);
  if (!scatterSlotSizes.includes(options.slotMinutes))
    throw new RangeError(`slots of ${options.slotMinutes} minutes are not offered`);
}

/**
 * The grid for one behaviour over `days` days from `from`, in slots of `slotMinutes`. An ABC record counts in the slot
 * its start falls in, read on a clock in England (so in BST or GMT as the day was). A direct entry fills every slot
 * its own span overlaps: where several land in one slot (a coarser grid), the highest grade shows.
 */
export function buildScatterGrid(
  options: ScatterGridOptions,
  abcRecords: readonly ScatterAbcInput[],
  entries: readonly ScatterEntryInput[],
): ScatterGrid {
  checkOptions(options);
  const key = scatterBehaviourKey(options.behaviour);
  const { slotMinutes } = options;
  const dates = Array.from({ length: options.days }, (_, i) => addDays(options.from, i));
  const column = new Map(dates.map((d, i) => [d, i]));
  const slots = scatterMinutesInDay / slotMinutes;
  const drafts: CellDraft[][] = Array.from({ length: slots }, () =>
    dates.map(() => ({ abcCount: 0, highestIntensity: null, grade: null, activity: null, activityAt: -Infinity })),
  );
  const draftAt = (row: number, col: number) => drafts[row]?.[col];

  for (const record of abcRecords) {
    if (scatterBehaviourKey(record.behaviour) !== key) continue;
    const at = instant(record.occurredAt);
    const col = column.get(londonDay(at));
    const cell = col === undefined ? undefined : draftAt(Math.floor(londonMinuteOfDay(at) / slotMinutes), col);
    if (!cell) continue;
    cell.abcCount += 1;
    cell.highestIntensity = Math.max(cell.highestIntensity ?? record.intensity, record.intensity);
  }

  for (const entry of scatterCurrentEntries(entries.filter((e) => scatterBehaviourKey(e.behaviour) === key))) {
    const col = column.get(entry.observedOn);
    if (col === undefined) continue;
    const first = Math.floor(entry.slotStartMinute / slotMinutes);
    const last = Math.floor((entry.slotStartMinute + entry.slotMinutes - 1) / slotMinutes);
    const recordedAt = instant(entry.recordedAt).getTime();
    for (let row = first; row <= last; row++) {
      const cell = draftAt(row, col);
      if (!cell) continue;
      if (cell.grade === null || gradeRank[entry.grade] > gradeRank[cell.grade]) cell.grade = entry.grade;
      if (entry.activity !== null && recordedAt >= cell.activityAt) {
        cell.activity = entry.activity;
        cell.activityAt = recordedAt;
      }
    }
  }

  const rows = drafts.map((row, i): ScatterRow => {
    const cells = row.map((d, col): ScatterCell => {
      const facts = { abcCount: d.abcCount, highestIntensity: d.highestIntensity, grade: d.grade };
      return { date: dates[col] ?? '', ...facts, activity: d.activity, level: scatterLevel(facts, options.measure) };
    });
    const activities = [...new Set(cells.flatMap((c) => (c.activity === null ? [] : [c.activity])))];
    return { startMinute: i * slotMinutes, endMinute: (i + 1) * slotMinutes, cells, activities };
  });

  return {
    behaviour: options.behaviour,
    from: options.from,
    to: dates[dates.length - 1] ?? options.from,
    days: options.days,
    slotMinutes,
    measure: options.measure,
    dates: dates.map((date) => ({ date, weekday: scatterWeekday(date) })),
    rows,
  };
}

const isRowUsed = (row: ScatterRow) => row.activities.length > 0 || row.cells.some((c) => c.level !== null);

/**
 * The rows worth showing: from the first slot anyone observed to the last, widened to whole hours. Before and after
 * that every cell is blank on every day. None when nothing was observed at all.
 */
export function scatterShownRows(grid: ScatterGrid): ScatterRow[] {
  const used = grid.rows.map(isRowUsed);
  const first = used.indexOf(true);
  const last = used.lastIndexOf(true);
  if (first === -1) return [];
  const start = Math.floor((grid.rows[first]?.startMinute ?? 0) / 60) * 60;
  const end = Math.ceil((grid.rows[last]?.endMinute ?? scatterMinutesInDay) / 60) * 60;
  return grid.rows.filter((r) => r.startMinute >= start && r.endMinute <= end);
}
