import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { inDayOrder, isForNow, minutesOf, sortMinute } from './now-steps.js';

const at = (hhmm: string) => minutesOf(hhmm) ?? -1;

describe('what to do now', () => {
  test.each([
    [{ when: 'Morning visit', time: '08:00' }, '09:30', true],
    [{ when: 'Morning visit', time: '08:00' }, '10:01', false],
    [{ when: 'Night check', time: '23:30' }, '00:45', true],
    [{ when: 'Morning visit', time: null }, '07:10', true],
    [{ when: 'Morning visit', time: null }, '15:00', false],
    [{ when: 'Bedtime', time: null }, '21:00', true],
    [{ when: 'Night-time checks', time: null }, '02:00', true],
    [{ when: 'Lunch', time: null }, '12:15', true],
    [{ when: 'Whenever I ask', time: null }, '12:15', false],
  ])('%j at %s → %s', (step, now, expected) => {
    expect(isForNow(step, at(now))).toBe(expected);
  });

  test('a timed step is for now exactly when it is within two hours, around the clock', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (stepMinute, now) => {
      const time = `${String(Math.floor(stepMinute / 60)).padStart(2, '0')}:${String(stepMinute % 60).padStart(2, '0')}`;
      const apart = Math.abs(stepMinute - now);
      expect(isForNow({ when: 'x', time }, now)).toBe(Math.min(apart, 1440 - apart) <= 120);
    }));
  });

  test('the whole day is in time order, untimed steps at their usual time, unknown ones last', () => {
    const steps = [
      { when: 'Whenever I ask', time: null },
      { when: 'Bedtime', time: null },
      { when: 'Tea visit', time: '17:30' },
      { when: 'Morning visit', time: null },
      { when: 'Lunch', time: '12:00' },
    ];
    expect(inDayOrder(steps, (s) => s).map((s) => s.when)).toEqual(['Morning visit', 'Lunch', 'Tea visit', 'Bedtime', 'Whenever I ask']);
    expect(sortMinute({ when: 'Morning', time: '07:45' })).toBe(465);
  });
});
