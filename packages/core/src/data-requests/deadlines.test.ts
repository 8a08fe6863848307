import { describe, expect, test } from 'vitest';
import { answeredInTime, deadlineReport, describeDurationMinutes, describeTimeLeft, responseMinutes, timeLeft, type DataRequestForReport } from './deadlines.js';

const due = new Date('2026-03-10T12:00:00Z');
const at = (offsetMs: number) => new Date(due.getTime() + offsetMs);
const minute = 60_000;
const hour = 60 * minute;

describe('time left before the deadline', () => {
  test.each([
    ['a day to go', -24 * hour, { state: 'on_time', minutesLeft: 1440, minutesOverdue: 0 }],
    ['exactly 4 hours to go: not yet a warning', -4 * hour, { state: 'on_time', minutesLeft: 240, minutesOverdue: 0 }],
    ['a second under 4 hours', -4 * hour + 1000, { state: 'under_4_hours', minutesLeft: 239, minutesOverdue: 0 }],
    ['5 hours 12 minutes and some seconds: rounded down', -(5 * hour + 12 * minute + 40_000), { state: 'on_time', minutesLeft: 312, minutesOverdue: 0 }],
    ['half a minute to go', -30_000, { state: 'under_4_hours', minutesLeft: 0, minutesOverdue: 0 }],
    ['exactly on the deadline: still in time', 0, { state: 'under_4_hours', minutesLeft: 0, minutesOverdue: 0 }],
    ['a millisecond after', 1, { state: 'overdue', minutesLeft: 0, minutesOverdue: 1 }],
    ['3 hours 1 minute after', 3 * hour + minute + 5000, { state: 'overdue', minutesLeft: 0, minutesOverdue: 181 }],
  ] as const)('%s', (_name, offset, expected) => {
    expect(timeLeft({ dueAt: due.toISOString() }, at(offset))).toEqual(expected);
  });

  test.each([
    [0, 'less than a minute'],
    [1, '1 minute'],
    [60, '1 hour'],
    [61, '1 hour 1 minute'],
    [312, '5 hours 12 minutes'],
    [1440, '1 day'],
    [1500, '1 day 1 hour'],
    [3 * 1440 + 2 * 60 + 5, '3 days 2 hours'],
  ])('%i minutes read as "%s"', (minutes, text) => {
    expect(describeDurationMinutes(minutes)).toBe(text);
  });

  test('the countdown text says left or overdue in words, not only by colour', () => {
    expect(describeTimeLeft(timeLeft({ dueAt: due }, at(-(5 * hour + 12 * minute))))).toBe('5 hours 12 minutes left');
    expect(describeTimeLeft(timeLeft({ dueAt: due }, at(2 * hour)))).toBe('Overdue by 2 hours');
  });
});

describe('response time', () => {
  const received = new Date(due.getTime() - 24 * hour);
  test.each([
    ['answered after 3 hours', 3 * hour, 180, true],
    ['answered exactly on the deadline', 24 * hour, 1440, true],
    ['answered 20 seconds late: a part minute counts, and it is late', 24 * hour + 20_000, 1441, false],
    ['answered 30 seconds before the deadline', 24 * hour - 30_000, 1440, true],
  ] as const)('%s', (_name, after, minutes, inTime) => {
    const answeredAt = new Date(received.getTime() + after);
    expect(responseMinutes({ receivedAt: received }, answeredAt)).toBe(minutes);
    expect(answeredInTime({ dueAt: due }, answeredAt)).toBe(inTime);
  });
});

describe('the deadline report', () => {
  const from = new Date('2026-03-01T00:00:00Z');
  const to = new Date('2026-04-01T00:00:00Z');
  const now = new Date('2026-03-20T12:00:00Z');
  const req = (receivedAt: string, status: DataRequestForReport['status'], closedAfterHours: number | null, dueHours = 24): DataRequestForReport => {
    const received = new Date(receivedAt);
    return {
      receivedAt: received,
      dueAt: new Date(received.getTime() + dueHours * hour),
      status,
      closedAt: closedAfterHours === null ? null : new Date(received.getTime() + closedAfterHours * hour),
    };
  };

  test('with no requests there is no share: neither 0% nor 100%', () => {
    expect(deadlineReport([], from, to, now)).toEqual({
      received: 0, answered: 0, declined: 0, withdrawn: 0, responded: 0, respondedWithinDeadline: 0,
      stillOpen: 0, overdue: 0, withinDeadline: null, medianResponseMinutes: null,
    });
  });

  test('only open requests not yet due: nothing to judge yet', () => {
    const report = deadlineReport([req('2026-03-20T10:00:00Z', 'open', null)], from, to, now);
    expect(report).toMatchObject({ received: 1, stillOpen: 1, overdue: 0, withinDeadline: null, medianResponseMinutes: null });
  });

  test('answered, declined, withdrawn and overdue requests, with requests outside the period left out', () => {
    const requests = [
      req('2026-03-02T09:00:00Z', 'answered', 3), // in time, 180 minutes
      req('2026-03-03T09:00:00Z', 'answered', 24), // exactly on the deadline: in time, 1440
      req('2026-03-04T09:00:00Z', 'answered', 30), // late, 1800
      req('2026-03-05T09:00:00Z', 'declined', 2), // a response, in time, 120
      req('2026-03-06T09:00:00Z', 'withdrawn', 1), // left out of the share
      req('2026-03-18T09:00:00Z', 'open', null), // overdue at now: counts against
      req('2026-03-20T11:00:00Z', 'open', null), // not yet due
      req('2026-02-28T23:59:59Z', 'answered', 100), // before the period
      req('2026-04-01T00:00:00Z', 'answered', 1), // the end is exclusive
    ];
    expect(deadlineReport(requests, from, to, now)).toEqual({
      received: 7, answered: 3, declined: 1, withdrawn: 1, responded: 4, respondedWithinDeadline: 3,
      stillOpen: 2, overdue: 1,
      withinDeadline: { fraction: 3 / 5, percentage: 60, outOf: 5 },
      medianResponseMinutes: Math.round((180 + 1440) / 2),
    });
  });

  test.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 1, 100],
    [0, 2, 0],
  ])('%i of %i in time is %d%%, to one decimal place', (inTime, total, percentage) => {
    const requests = Array.from({ length: total }, (_, i) => req(`2026-03-0${i + 1}T09:00:00Z`, 'answered', i < inTime ? 1 : 48));
    expect(deadlineReport(requests, from, to, now).withinDeadline?.percentage).toBe(percentage);
  });
});
