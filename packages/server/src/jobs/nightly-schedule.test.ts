import { expect, test } from 'vitest';
import { nextRunAt } from './nightly-schedule.js';

test.each([
  ['winter, after the time: tomorrow', '2026-01-15T10:00:00Z', '02:00', '2026-01-16T02:00:00.000Z'],
  ['summer, before the time: today, an hour earlier in UTC', '2026-07-15T00:30:00Z', '02:00', '2026-07-15T01:00:00.000Z'],
  ['exactly at the time: the next day', '2026-07-15T01:00:00Z', '02:00', '2026-07-16T01:00:00.000Z'],
  ['the night the clocks go forward', '2026-03-28T12:00:00Z', '02:00', '2026-03-29T01:00:00.000Z'],
  ['the night the clocks go back', '2026-10-24T12:00:00Z', '02:00', '2026-10-25T02:00:00.000Z'],
  ['late evening London time', '2026-11-20T22:00:00Z', '23:15', '2026-11-20T23:15:00.000Z'],
  ['just after midnight UTC in summer is already tomorrow in London', '2026-06-30T23:30:00Z', '00:45', '2026-06-30T23:45:00.000Z'],
])('%s', (_name, now, at, expected) => {
  expect(nextRunAt(new Date(now), at).toISOString()).toBe(expected);
});
