// Rules for filling cells in directly that need the clock (no day or time slot that has not come yet), and the
// behaviours a person's records name, merged however each was typed.
import type { FieldError } from '../errors.js';
import type { ScatterEntriesPost } from './scatter-plot-api.js';
import { scatterBehaviourKey } from './scatter-terms.js';

/**
 * A day after today, or a slot today that has not started yet, cannot have been observed. `today` and `nowMinute`
 * are the day and minute on a clock in England.
 */
export function scatterEntryTimeErrors(
  post: Pick<ScatterEntriesPost, 'observedOn' | 'cells'>,
  today: string,
  nowMinute: number,
): FieldError[] {
  if (post.observedOn > today) return [{ field: 'observedOn', message: 'The day cannot be in the future' }];
  if (post.observedOn < today) return [];
  return post.cells.flatMap((cell, i) =>
    cell.slotStartMinute > nowMinute
      ? [{ field: `cells.${i}.slotStartMinute`, message: 'This time slot has not started yet' }]
      : [],
  );
}

/** How often a behaviour name appears in one source, as read from the database. */
export interface ScatterBehaviourCount {
  behaviour: string;
  count: number;
}

export interface ScatterBehaviourChoiceCounts {
  name: string;
  abcRecords: number;
  directEntries: number;
}

/**
 * The behaviours to choose from: one per behaviour however it was typed, named as it was typed most often, most
 * recorded first (then by name).
 */
export function scatterBehaviourChoices(
  abc: readonly ScatterBehaviourCount[],
  direct: readonly ScatterBehaviourCount[],
): ScatterBehaviourChoiceCounts[] {
  const byKey = new Map<string, { spellings: Map<string, number>; abcRecords: number; directEntries: number }>();
  const add = (row: ScatterBehaviourCount, source: 'abcRecords' | 'directEntries') => {
    const key = scatterBehaviourKey(row.behaviour);
    if (key === '') return;
    const held = byKey.get(key) ?? { spellings: new Map<string, number>(), abcRecords: 0, directEntries: 0 };
    const spelling = row.behaviour.trim().replace(/\s+/g, ' ');
    held.spellings.set(spelling, (held.spellings.get(spelling) ?? 0) + row.count);
    held[source] += row.count;
    byKey.set(key, held);
  };
  for (const row of abc) add(row, 'abcRecords');
  for (const row of direct) add(row, 'directEntries');
  return [...byKey.values()]
    .map((b) => ({
      name: [...b.spellings.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? '',
      abcRecords: b.abcRecords,
      directEntries: b.directEntries,
    }))
    .sort((a, b) => b.abcRecords + b.directEntries - (a.abcRecords + a.directEntries) || a.name.localeCompare(b.name));
}

/** The behaviour to show: the one asked for, or else the most recorded; null when the person has none. */
export function scatterChosenBehaviour(asked: string | null | undefined, choices: readonly { name: string }[]): string | null {
  if (asked !== null && asked !== undefined && asked.trim() !== '') {
    const key = scatterBehaviourKey(asked);
    return choices.find((c) => scatterBehaviourKey(c.name) === key)?.name ?? asked.trim();
  }
  return choices[0]?.name ?? null;
}
