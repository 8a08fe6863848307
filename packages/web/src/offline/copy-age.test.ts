import { describe, expect, test } from 'vitest';
import { describeAge, describeCopy, describeTime, isOverdue } from './copy-age';

// 2 March 2026 is in winter time, so the clock in England reads UTC; 2 July is in summer time (UTC+1).
const now = new Date('2026-03-02T10:30:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const minutes = (n: number) => n * 60_000;

describe('how old a copy is', () => {
  test.each([
    [0, 'just now'],
    [minutes(0.5), 'just now'],
    [minutes(1), '1 minute ago'],
    [minutes(5), '5 minutes ago'],
    [minutes(59), '59 minutes ago'],
    [minutes(60), '1 hour ago'],
    [minutes(150), '2 hours ago'],
    [minutes(24 * 60), '1 day ago'],
    [minutes(3 * 24 * 60 + 5), '3 days ago'],
    // A phone clock behind the saved time never says "in the future".
    [-minutes(10), 'just now'],
  ])('%d ms → %s', (ms, words) => {
    expect(describeAge(ago(ms), now)).toBe(words);
  });

  test('names the time on a clock in England, with the day when it was not today', () => {
    expect(describeTime(new Date('2026-03-02T09:12:00Z'), now)).toBe('09:12');
    expect(describeTime(new Date('2026-02-27T17:05:00Z'), now)).toBe('17:05 on 27 February');
    expect(describeTime(new Date('2026-07-02T08:00:00Z'), new Date('2026-07-02T12:00:00Z'))).toBe('09:00');
    // Just after midnight in summer time is already the next day in England.
    expect(describeTime(new Date('2026-07-01T23:30:00Z'), new Date('2026-07-02T08:00:00Z'))).toBe('00:30');
  });

  test('the notice wording', () => {
    expect(describeCopy(new Date('2026-03-02T10:25:00Z'), now)).toBe('the copy from 10:25 (5 minutes ago)');
  });
});

describe('a record waiting too long', () => {
  test.each([
    [minutes(5), false],
    [minutes(24 * 60 - 1), false],
    [minutes(24 * 60), true],
    [minutes(3 * 24 * 60), true],
  ])('saved %d ms ago → overdue %s', (ms, overdue) => {
    expect(isOverdue(ago(ms), now)).toBe(overdue);
  });
});
