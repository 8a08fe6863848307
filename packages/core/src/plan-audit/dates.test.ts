import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isDate } from './dates.js';

/** What a real date is, asked of Date: it parses, and comes back the same (Date.parse rolls 31 February over). */
function referenceIsDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const digits = (n: number) =>
  fc
    .array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), { minLength: n, maxLength: n })
    .map((d) => d.join(''));
const pad = (n: number) => String(n).padStart(2, '0');

describe('isDate', () => {
  test.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['0000-02-29', true],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isDate(value)).toBe(expected);
  });

  test('agrees with a round trip through Date for any digits', () => {
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (y, m, d) => {
        const value = `${y}-${m}-${d}`;
        expect(isDate(value)).toBe(referenceIsDate(value));
      }),
      { numRuns: 5000 },
    );
  });

  test('agrees with a round trip through Date for every day of some years', () => {
    for (const year of [1900, 1999, 2000, 2024, 2025, 2100]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${pad(month)}-${pad(day)}`;
          expect(isDate(value)).toBe(referenceIsDate(value));
        }
      }
    }
  });
});
