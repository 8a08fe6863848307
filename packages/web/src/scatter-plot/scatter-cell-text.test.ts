import { describe, expect, test } from 'vitest';
import { scatterCellShort } from './scatter-cell-text';

describe('a cell in a few characters', () => {
  test.each([
    [{ level: null, grade: null, abcCount: 0, highestIntensity: null }, '\u2013'],
    [{ level: 0, grade: 'none' as const, abcCount: 0, highestIntensity: null }, 'None'],
    [{ level: 2, grade: 'some' as const, abcCount: 0, highestIntensity: null }, 'Some'],
    [{ level: 1, grade: null, abcCount: 1, highestIntensity: 2 }, '1, int 2'],
    [{ level: 3, grade: 'high' as const, abcCount: 2, highestIntensity: 5 }, 'High + 2, int 5'],
    [{ level: 1, grade: 'none' as const, abcCount: 1, highestIntensity: 1 }, 'None + 1, int 1'],
  ])('%o → %s', (cell, short) => {
    expect(scatterCellShort(cell)).toBe(short);
  });
});
