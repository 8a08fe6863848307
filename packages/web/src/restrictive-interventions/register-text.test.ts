import type { RestrictiveInterventionMonthFigures } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { attentionText, chartDescription, minutesText } from './register-text';

const month = (m: string, physical: number, seclusion = 0): RestrictiveInterventionMonthFigures => ({
  month: m,
  count: physical + seclusion,
  minutes: physical * 3 + seclusion * 20,
  byKind: {
    physical: { count: physical, minutes: physical * 3 },
    seclusion: { count: seclusion, minutes: seclusion * 20 },
    chemical: { count: 0, minutes: 0 },
    mechanical: { count: 0, minutes: 0 },
  },
});

describe('the register in words', () => {
  test.each([
    [1, '1 minute'],
    [4, '4 minutes'],
    [60, '1 hour'],
    [135, '2 hours 15 minutes'],
  ])('%i minutes reads "%s"', (minutes, expected) => {
    expect(minutesText(minutes)).toBe(expected);
  });

  test('the chart says its months, total, kinds and busiest month', () => {
    expect(chartDescription([month('2026-04', 0), month('2026-05', 2, 1), month('2026-06', 1)], 'Oak House')).toBe(
      'Bar chart of restrictive interventions per month for Oak House, April 2026 to June 2026: 4 uses in all (3 uses of physical restraint, 1 use of seclusion); the most in May 2026 (3). The same figures are in the table.',
    );
  });

  test('a chart with nothing to show says so', () => {
    expect(chartDescription([month('2026-05', 0), month('2026-06', 0)], 'Stan')).toBe(
      'Bar chart of restrictive interventions per month for Stan, May 2026 to June 2026: none recorded.',
    );
  });

  test('an overdue debrief names who it is with, the use and when it was due', () => {
    const text = attentionText(
      { kind: 'debrief_overdue', interventionId: 'x', startedAt: '2026-06-01T15:25:00.000Z', withWhom: 'person', dueBy: '2026-06-04T15:25:00.000Z' },
      { kind: 'physical', startedAt: '2026-06-01T15:25:00.000Z' },
      'Stan',
    );
    expect(text).toBe('The debrief with Stan after the physical restraint on 1 June 2026 at 16:25 was not held within 72 hours (it was due by 4 June 2026 at 16:25).');
  });
});
