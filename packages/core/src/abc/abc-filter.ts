// Which ABC records a list or an analysis looks at: the records nobody has replaced, in a period of days in England,
// of one behaviour; and the behaviours recorded so far, to suggest when the next record is written.
import { londonDay } from '../visit-records/london-time.js';

export interface AbcRecordFilter {
  /** First and last day (YYYY-MM-DD, in England) the record happened on; null for no limit. */
  from: string | null;
  to: string | null;
  /** A behaviour's name, matched ignoring case and spacing; null for every behaviour. */
  behaviour: string | null;
}

export const noAbcFilter: AbcRecordFilter = { from: null, to: null, behaviour: null };

/** A behaviour's name as it is compared: "Calling out " and "calling  out" are the same behaviour. */
export function abcBehaviourKey(behaviour: string): string {
  return behaviour.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

const tidy = (behaviour: string) => behaviour.trim().replace(/\s+/g, ' ');

/** The ids of records a later record replaced. */
export function replacedAbcRecordIds(records: readonly { supersedes: string | null }[]): Set<string> {
  return new Set(records.flatMap((r) => (r.supersedes === null ? [] : [r.supersedes])));
}

export function matchesAbcFilter(record: { occurredAt: string; behaviour: string }, filter: AbcRecordFilter): boolean {
  const day = londonDay(new Date(record.occurredAt));
  if (filter.from !== null && day < filter.from) return false;
  if (filter.to !== null && day > filter.to) return false;
  return filter.behaviour === null || abcBehaviourKey(record.behaviour) === abcBehaviourKey(filter.behaviour);
}

/** Records in the filter, in the order given; replaced records are kept only when `withReplaced` is set. */
export function filterAbcRecords<R extends { id: string; occurredAt: string; behaviour: string; supersedes: string | null }>(
  records: readonly R[],
  filter: AbcRecordFilter,
  withReplaced = false,
): R[] {
  const replaced = replacedAbcRecordIds(records);
  return records.filter((r) => (withReplaced || !replaced.has(r.id)) && matchesAbcFilter(r, filter));
}

/**
 * The behaviours named in records nobody replaced, most often recorded first (then by name), each spelt as in its
 * newest record: the suggestions offered when writing the next record, and the choices of the behaviour filter.
 */
export function abcBehaviourNames(
  records: readonly { id: string; occurredAt: string; behaviour: string; supersedes: string | null }[],
): string[] {
  const replaced = replacedAbcRecordIds(records);
  const byKey = new Map<string, { name: string; newest: { at: number; id: string }; count: number }>();
  for (const r of records) {
    if (replaced.has(r.id)) continue;
    const key = abcBehaviourKey(r.behaviour);
    const at = { at: Date.parse(r.occurredAt), id: r.id };
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { name: tidy(r.behaviour), newest: at, count: 1 });
    else {
      seen.count += 1;
      if (at.at > seen.newest.at || (at.at === seen.newest.at && at.id > seen.newest.id))
        Object.assign(seen, { name: tidy(r.behaviour), newest: at });
    }
  }
  return [...byKey.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .map(([, v]) => v.name);
}

/** Newest first by when it happened, then by when it was written, so a list reads the same however it was read. */
export function newestAbcFirst<R extends { id: string; occurredAt: string; recordedAt: string }>(records: readonly R[]): R[] {
  const key = (r: R) => [Date.parse(r.occurredAt), Date.parse(r.recordedAt)] as const;
  return [...records].sort((a, b) => {
    const [ao, ar] = key(a);
    const [bo, br] = key(b);
    return bo - ao || br - ar || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  });
}
