import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { clockTime, londonDay, londonInstant, londonMinuteOfDay, visitInstants } from './london-time.js';

describe('clock times in England', () => {
  test.each([
    // Winter: London is on UTC.
    ['2026-01-15', '08:00', '2026-01-15T08:00:00.000Z'],
    // Summer time: an hour ahead.
    ['2026-07-01', '08:00', '2026-07-01T07:00:00.000Z'],
    ['2026-07-01', '00:30', '2026-06-30T23:30:00.000Z'],
    // The day the clocks go forward (29 March 2026, 01:00 GMT): before and after the change.
    ['2026-03-29', '00:30', '2026-03-29T00:30:00.000Z'],
    ['2026-03-29', '08:00', '2026-03-29T07:00:00.000Z'],
    // A time the clocks skip reads as an hour later on the clock.
    ['2026-03-29', '01:30', '2026-03-29T01:30:00.000Z'],
    // The day they go back (25 October 2026, 02:00 BST): 01:30 happens twice, the first is meant.
    ['2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '08:00', '2026-10-25T08:00:00.000Z'],
  ])('%s at %s is %s', (date, time, instant) => {
    const [h, m] = time.split(':').map(Number);
    expect(londonInstant(date, (h ?? 0) * 60 + (m ?? 0)).toISOString()).toBe(instant);
  });

  test.each([
    ['2026-06-30T23:30:00Z', '2026-07-01', '00:30'],
    ['2026-12-31T23:30:00Z', '2026-12-31', '23:30'],
    ['2026-03-29T00:59:00Z', '2026-03-29', '00:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '02:00'],
  ])('%s is %s at %s in England', (instant, date, time) => {
    const at = new Date(instant);
    expect(londonDay(at)).toBe(date);
    expect(clockTime(londonMinuteOfDay(at))).toBe(time);
  });

  test('the day and clock time of any instant lead back to it (or, in the hour that happens twice, to its first reading)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }), (at) => {
      const minuteStart = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
      const back = londonInstant(londonDay(minuteStart), londonMinuteOfDay(minuteStart));
      expect([londonDay(back), londonMinuteOfDay(back)]).toEqual([londonDay(minuteStart), londonMinuteOfDay(minuteStart)]);
      expect([0, 3_600_000]).toContain(minuteStart.getTime() - back.getTime());
    }));
  });
});

describe('the times a care worker types', () => {
  test.each([
    ['a morning visit, written up at once', '08:05', '08:40', '2026-11-23T09:00:00Z', '2026-11-23T08:05:00.000Z', '2026-11-23T08:40:00.000Z'],
    ['no leaving time yet', '08:05', '', '2026-11-23T09:00:00Z', '2026-11-23T08:05:00.000Z', null],
    ['in summer time', '08:05', '08:40', '2026-07-01T09:00:00Z', '2026-07-01T07:05:00.000Z', '2026-07-01T07:40:00.000Z'],
    ['a bedtime visit that ran past midnight', '23:40', '00:15', '2026-11-24T00:20:00Z', '2026-11-23T23:40:00.000Z', '2026-11-24T00:15:00.000Z'],
    ['a late visit written up the next morning', '22:30', '23:00', '2026-11-24T07:00:00Z', '2026-11-23T22:30:00.000Z', '2026-11-23T23:00:00.000Z'],
    ['a phone a few minutes fast counts as now', '09:03', '', '2026-11-23T09:00:00Z', '2026-11-23T09:03:00.000Z', null],
  ])('%s', (_name, arrived, left, now, arrivedAt, leftAt) => {
    expect(visitInstants(arrived, left, new Date(now))).toEqual({ arrivedAt, leftAt });
  });

  test('an arrival that is not a time gives nothing', () => {
    expect(visitInstants('8 o\u2019clock', '09:00', new Date())).toEqual({ arrivedAt: null, leftAt: null });
  });
});
