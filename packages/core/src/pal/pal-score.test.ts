import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scorePal, type PalTicks } from './pal-score.js';
import { palActivities, palLevels, type PalLevel } from './pal-structure.js';

/** A checklist from nine letters in activity order ("EEPSS…"), '-' for an activity not answered. */
function ticks(letters: string): PalTicks {
  const byLetter: Record<string, PalLevel> = { P: 'planned', E: 'exploratory', S: 'sensory', R: 'reflex' };
  return Object.fromEntries(palActivities.map((a, i) => [a, byLetter[letters.charAt(i)] ?? null]));
}

describe('scoring a checklist', () => {
  test.each<[string, string, [number, number, number, number], unknown]>([
    ['all nine Planned', 'PPPPPPPPP', [9, 0, 0, 0], { kind: 'level', level: 'planned' }],
    ['mostly Exploratory', 'EEEEEPSSS', [1, 5, 3, 0], { kind: 'level', level: 'exploratory' }],
    ['a clear lead of one', 'SSSEERRPP', [2, 2, 3, 2], { kind: 'level', level: 'sensory' }],
    ['Reflex leads', 'RRRRSSEEP', [1, 2, 2, 4], { kind: 'level', level: 'reflex' }],
    ['Exploratory and Sensory tie', 'EEEESSSSR', [0, 4, 4, 1], { kind: 'tie', levels: ['exploratory', 'sensory'] }],
    ['Planned and Reflex tie, apart', 'PPPRRRSSE', [3, 1, 2, 3], { kind: 'tie', levels: ['planned', 'reflex'] }],
    ['one ahead of three level at two', 'PPEESSRRP', [3, 2, 2, 2], { kind: 'level', level: 'planned' }],
    ['three levels share the top', 'PPPEEESSS', [3, 3, 3, 0], { kind: 'tie', levels: ['planned', 'exploratory', 'sensory'] }],
    ['nothing answered', '---------', [0, 0, 0, 0], { kind: 'incomplete', missing: [...palActivities] }],
    ['one left', 'EEEEEEEE-', [0, 8, 0, 0], { kind: 'incomplete', missing: ['newspaper_magazine'] }],
  ])('%s', (_name, letters, [p, e, s, r], result) => {
    const score = scorePal(ticks(letters));
    expect(score.totals).toEqual({ planned: p, exploratory: e, sensory: s, reflex: r });
    expect(score.result).toEqual(result);
    expect(score.complete).toBe(!letters.includes('-'));
  });

  test('an activity left out of the object counts as not answered', () => {
    expect(scorePal({ eating: 'sensory' })).toMatchObject({ answered: 1, complete: false, totals: { sensory: 1 } });
  });
});

const level = fc.constantFrom(...palLevels);
const partial = fc.record(Object.fromEntries(palActivities.map((a) => [a, fc.option(level, { nil: null })])), {
  requiredKeys: [],
});
const complete = fc.tuple(...palActivities.map(() => level)).map((levels) => Object.fromEntries(palActivities.map((a, i) => [a, levels[i]])) as PalTicks);

describe('rules that hold for every checklist', () => {
  test('the four totals always add up to the activities answered', () => {
    fc.assert(
      fc.property(partial, (t) => {
        const score = scorePal(t);
        const answered = palActivities.filter((a) => t[a] !== undefined && t[a] !== null).length;
        expect(palLevels.reduce((sum, l) => sum + score.totals[l], 0)).toBe(answered);
        expect(score.answered).toBe(answered);
        expect(score.complete).toBe(answered === palActivities.length);
      }),
    );
  });

  test('moving the ticks between activities does not change the result', () => {
    fc.assert(
      fc.property(
        fc.tuple(...palActivities.map(() => fc.option(level, { nil: null }))),
        fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
        (levels, keys) => {
          // A permutation of the activities from random sort keys.
          const order = palActivities.map((a, i) => ({ a, k: keys[i] ?? 0, i })).sort((x, y) => x.k - y.k || x.i - y.i);
          const original = Object.fromEntries(palActivities.map((a, i) => [a, levels[i] ?? null])) as PalTicks;
          const moved = Object.fromEntries(order.map(({ a }, i) => [a, levels[i] ?? null])) as PalTicks;
          const a = scorePal(original);
          const b = scorePal(moved);
          expect(b.totals).toEqual(a.totals);
          expect(b.complete).toBe(a.complete);
          expect(b.answered).toBe(a.answered);
          // The missing activities move with the ticks; a level or a tie does not.
          if (a.result.kind === 'incomplete') expect(b.result.kind).toBe('incomplete');
          else expect(b.result).toEqual(a.result);
        },
      ),
    );
  });

  test('the level, when given, has the strictly highest total', () => {
    fc.assert(
      fc.property(complete, (t) => {
        const { totals, result } = scorePal(t);
        if (result.kind !== 'level') return;
        for (const other of palLevels) if (other !== result.level) expect(totals[result.level]).toBeGreaterThan(totals[other]);
      }),
    );
  });

  test('a complete checklist reports a tie exactly when the top total is shared, naming every level that shares it', () => {
    fc.assert(
      fc.property(complete, (t) => {
        const { totals, result } = scorePal(t);
        const top = Math.max(...palLevels.map((l) => totals[l]));
        const atTop = palLevels.filter((l) => totals[l] === top);
        expect(result.kind).toBe(atTop.length > 1 ? 'tie' : 'level');
        if (result.kind === 'tie') expect(result.levels).toEqual(atTop);
      }),
    );
  });

  test('an incomplete checklist never gives a level or a tie, and names exactly what is missing', () => {
    fc.assert(
      fc.property(partial, (t) => {
        const { result, complete: isComplete } = scorePal(t);
        const missing = palActivities.filter((a) => t[a] === undefined || t[a] === null);
        if (isComplete) return;
        expect(result).toEqual({ kind: 'incomplete', missing });
      }),
    );
  });
});
