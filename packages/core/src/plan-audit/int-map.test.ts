import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { IntMap } from './int-map.js';

const key = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).filter((k) => k !== 0);

describe('IntMap', () => {
  test('answers as a Map does, whatever is put in and looked up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, fc.integer({ min: 1, max: 2 ** 30 })), { maxLength: 300 }),
        fc.array(key),
        (puts, lookups) => {
          const map = new IntMap(4);
          const reference = new Map<number, number>();
          for (const [k, v] of puts) {
            map.or(k, v);
            reference.set(k, (reference.get(k) ?? 0) | v);
          }
          expect(map.size).toBe(reference.size);
          for (const k of [...lookups, ...puts.map(([k]) => k)]) expect(map.get(k)).toBe(reference.get(k) ?? 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('set replaces a value', () => {
    const map = new IntMap();
    map.set(7, 1);
    map.set(7, 4);
    expect([map.get(7), map.size]).toEqual([4, 1]);
  });
});
