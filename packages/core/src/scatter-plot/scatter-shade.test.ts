import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scatterCellText, scatterLevel, scatterLevelMeaning, type ScatterCellFacts } from './scatter-shade.js';
import { scatterGrades, scatterMeasures, type ScatterGrade, type ScatterLevel, type ScatterMeasure } from './scatter-terms.js';

const facts = (abcCount: number, highestIntensity: number | null, grade: ScatterGrade | null): ScatterCellFacts => ({
  abcCount,
  highestIntensity,
  grade,
});

describe('the shade of a cell', () => {
  test.each<[string, ScatterCellFacts, ScatterMeasure, ScatterLevel | null]>([
    ['nobody observed it', facts(0, null, null), 'frequency', null],
    ['nobody observed it', facts(0, null, null), 'intensity', null],
    ['marked none', facts(0, null, 'none'), 'frequency', 0],
    ['marked some', facts(0, null, 'some'), 'frequency', 2],
    ['marked high', facts(0, null, 'high'), 'intensity', 3],
    ['one record', facts(1, 5, null), 'frequency', 1],
    ['one record at intensity 5', facts(1, 5, null), 'intensity', 3],
    ['two records', facts(2, 1, null), 'frequency', 2],
    ['two records at intensity 1', facts(2, 1, null), 'intensity', 1],
    ['intensity 3', facts(1, 3, null), 'intensity', 2],
    ['three records', facts(3, 2, null), 'frequency', 3],
    ['nine records', facts(9, 2, null), 'frequency', 3],
    ['a record in a cell marked none', facts(1, 2, 'none'), 'frequency', 1],
    ['one record in a cell marked high', facts(1, 2, 'high'), 'frequency', 3],
  ])('%s, by %s → %s', (_what, cell, measure, level) => {
    expect(scatterLevel(cell, measure)).toBe(level);
  });

  test('shading never falls as records are added, or as intensity or the grade rises', () => {
    const grade = fc.constantFrom<ScatterGrade | null>(null, ...scatterGrades);
    fc.assert(
      fc.property(
        fc.nat({ max: 50 }),
        fc.nat({ max: 50 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 4 }),
        grade,
        fc.constantFrom(...scatterMeasures),
        (count, more, intensity, higher, g, measure) => {
          const before = scatterLevel(facts(count, count > 0 ? intensity : null, g), measure) ?? -1;
          const after =
            scatterLevel(facts(count + more, count + more > 0 ? Math.min(5, intensity + higher) : null, g), measure) ?? -1;
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
      { numRuns: 500 },
    );
    const rank = [null, 'none', 'some', 'high'] as const;
    for (const measure of scatterMeasures)
      for (let i = 1; i < rank.length; i++)
        expect(scatterLevel(facts(0, null, rank[i] ?? null), measure) ?? -1).toBeGreaterThanOrEqual(
          scatterLevel(facts(0, null, rank[i - 1] ?? null), measure) ?? -1,
        );
  });

  test('only a cell nobody observed is left unshaded', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 20 }),
        fc.constantFrom<ScatterGrade | null>(null, ...scatterGrades),
        fc.constantFrom(...scatterMeasures),
        (count, grade, measure) => {
          const level = scatterLevel(facts(count, count > 0 ? 3 : null, grade), measure);
          expect(level === null).toBe(count === 0 && grade === null);
        },
      ),
    );
  });
});

describe('the cell in words', () => {
  test.each<[ScatterCellFacts, string]>([
    [facts(0, null, null), 'Not observed'],
    [facts(0, null, 'none'), 'None seen'],
    [facts(0, null, 'some'), 'Some'],
    [facts(0, null, 'high'), 'High'],
    [facts(1, 4, null), '1 ABC record, intensity 4'],
    [facts(3, 5, null), '3 ABC records, highest intensity 5'],
    [facts(2, 2, 'high'), 'Marked high; 2 ABC records, highest intensity 2'],
    [facts(1, 2, 'none'), 'Marked none; 1 ABC record, intensity 2'],
  ])('%o → %s', (cell, text) => {
    expect(scatterCellText(cell)).toBe(text);
  });

  test('every shade has a meaning for each measure, and they differ', () => {
    for (const measure of scatterMeasures) {
      const meanings = ([null, 0, 1, 2, 3] as const).map((l) => scatterLevelMeaning(l, measure));
      expect(new Set(meanings).size).toBe(5);
    }
  });
});
