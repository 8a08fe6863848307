import { expect, test } from 'vitest';
import { londonDate, longDate } from './dates.js';

test.each([
  ['2026-01-15T23:30:00Z', '2026-01-15'], // GMT: the same day
  ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: already the next day in England
])('%s is %s in England', (instant, day) => {
  expect(londonDate(new Date(instant))).toBe(day);
});

test('long dates are written out', () => {
  expect(longDate('2026-11-23')).toBe('23 November 2026');
});
