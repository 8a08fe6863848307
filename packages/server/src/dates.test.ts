import { describe, expect, test } from 'vitest';
import { londonDate, longDate, nextDate, startOfLondonDay } from './dates.js';

test.each([
  ['2026-01-15T23:30:00Z', '2026-01-15'], // GMT: the same day
  ['2026-06-30T23:30:00Z', '2026-07-01'], // BST: already the next day in England
])('%s is %s in England', (instant, day) => {
  expect(londonDate(new Date(instant))).toBe(day);
});

test('long dates are written out', () => {
  expect(longDate('2026-11-23')).toBe('23 November 2026');
});

describe('the instant a UK day begins', () => {
  test.each([
    ['in winter (GMT)', '2026-12-06', '2026-12-06T00:00:00.000Z'],
    ['in summer (BST)', '2026-07-01', '2026-06-30T23:00:00.000Z'],
    ['the day the clocks go forward', '2026-03-29', '2026-03-29T00:00:00.000Z'],
    ['the day the clocks go back', '2026-10-25', '2026-10-24T23:00:00.000Z'],
  ])('%s', (_name, day, instant) => {
    expect(startOfLondonDay(day).toISOString()).toBe(instant);
    expect(londonDate(startOfLondonDay(day))).toBe(day);
  });

  test('the day after, across a month and a year', () => {
    expect(nextDate('2026-11-30')).toBe('2026-12-01');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
  });
});
