import type { PlannedVisitView } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { dayHeading, visitsByDay } from './visit-days';

const visit = (id: string, startsAt: string) => ({ id, startsAt, endsAt: startsAt }) as unknown as PlannedVisitView;

describe('visits laid out by day in England', () => {
  test('the days asked for always show, other days after them, each in the order of the day', () => {
    const days = visitsByDay(
      [visit('c', '2026-07-02T16:00:00Z'), visit('a', '2026-07-01T23:30:00Z'), visit('b', '2026-07-02T07:00:00Z'), visit('d', '2026-07-04T08:00:00Z')],
      ['2026-07-01', '2026-07-02'],
    );
    // 23:30 UTC on 1 July is 00:30 on 2 July in England (summer time).
    expect(days.map((d) => [d.date, d.visits.map((v) => v.id)])).toEqual([
      ['2026-07-01', []],
      ['2026-07-02', ['a', 'b', 'c']],
      ['2026-07-04', ['d']],
    ]);
  });

  test.each([
    ['2026-03-05', 'Today, Thursday 5 March'],
    ['2026-03-06', 'Tomorrow, Friday 6 March'],
    ['2026-03-04', 'Yesterday, Wednesday 4 March'],
    ['2026-03-09', 'Monday 9 March'],
  ])('%s → %s', (date, heading) => {
    expect(dayHeading(date, '2026-03-05')).toBe(heading);
  });
});
