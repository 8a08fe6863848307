// Scoring a PAL checklist: the ticks in each level's column are totalled, and the level is the column with the most.
// The checklist's own tie-break rule is not known for certain, so a tie is reported as a tie naming the levels that
// share the top total, and no single level is picked.
import { palActivities, palLevels, type PalActivity, type PalLevel } from './pal-structure.js';

/** The level ticked for each activity; an activity left out (or null) is not yet answered. */
export type PalTicks = Partial<Record<PalActivity, PalLevel | null>>;

export type PalTotals = Record<PalLevel, number>;

export type PalResult =
  /** Not every activity has a tick: no level is given until all nine are answered. */
  | { kind: 'incomplete'; missing: PalActivity[] }
  /** One column has more ticks than every other. */
  | { kind: 'level'; level: PalLevel }
  /** Two or more columns share the top total: the levels that tie, in checklist order (Planned first). */
  | { kind: 'tie'; levels: PalLevel[] };

export interface PalScore {
  /** Ticks in each column; all four are always given. */
  totals: PalTotals;
  /** How many activities have a tick. */
  answered: number;
  /** All nine activities have a tick. */
  complete: boolean;
  result: PalResult;
}

export function palEmptyTotals(): PalTotals {
  return { planned: 0, exploratory: 0, sensory: 0, reflex: 0 };
}

/** Totals for each level, and the level (or the tie) once all nine activities are answered. */
export function scorePal(ticks: PalTicks): PalScore {
  const totals = palEmptyTotals();
  const missing: PalActivity[] = [];
  for (const activity of palActivities) {
    const level = ticks[activity];
    if (level === undefined || level === null) missing.push(activity);
    else totals[level] += 1;
  }
  const answered = palActivities.length - missing.length;
  if (missing.length > 0) return { totals, answered, complete: false, result: { kind: 'incomplete', missing } };
  return { totals, answered, complete: true, result: palLeadingLevels(totals) };
}

/** The level with the most ticks, or the levels tied at the top. */
export function palLeadingLevels(totals: PalTotals): Exclude<PalResult, { kind: 'incomplete' }> {
  const top = Math.max(...palLevels.map((l) => totals[l]));
  const leaders = palLevels.filter((l) => totals[l] === top);
  const [only, ...others] = leaders;
  if (only !== undefined && others.length === 0) return { kind: 'level', level: only };
  return { kind: 'tie', levels: leaders };
}
