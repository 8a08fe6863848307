// Which sections of the behaviour support plan a proposed version changes, so those agreeing it see what is new.
import { bspSectionKeys, type BspContent, type BspSectionKey } from './bsp-content.js';

/** JSON with object keys in one order: stored bodies come back with their keys reordered. */
export function bspStableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(bspStableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${bspStableJson(v)}`).join(',')}}`;
  }
  // Plan bodies hold only JSON values; undefined (a missing optional answer) has no JSON of its own.
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** The sections `to` changes from `from`, in reading order; every section when there is nothing to compare with. */
export function bspChangedSections(from: BspContent | null, to: BspContent): BspSectionKey[] {
  if (from === null) return [...bspSectionKeys];
  return bspSectionKeys.filter((key) => bspStableJson(from[key]) !== bspStableJson(to[key]));
}
