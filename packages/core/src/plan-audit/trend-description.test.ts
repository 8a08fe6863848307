import { describe, expect, test } from 'vitest';
import type { AuditTrendPoint } from './audit-runs.js';
import { describeTrend } from './trend-description.js';

const week = (weekStarting: string, meanScore: number | null): AuditTrendPoint => ({ weekStarting, meanScore, plansAudited: meanScore === null ? 0 : 3 });
const day = (d: string) => d;

describe('the trend in words', () => {
  test.each([
    ['no weeks', [], 'No plans were audited in these weeks.'],
    ['weeks with no audits', [week('2026-11-02', null), week('2026-11-09', null)], 'No plans were audited in these weeks.'],
    ['one week with audits', [week('2026-11-02', null), week('2026-11-09', 61.5)],
      'Average score from the week of 2026-11-02 to the week of 2026-11-09: 61.5 in the only week with audits.'],
    ['a rise, skipping weeks without audits', [week('2026-11-02', 50), week('2026-11-09', null), week('2026-11-16', 72.25)],
      'Average score from the week of 2026-11-02 to the week of 2026-11-16: 72.25 in the latest week with audits, up 22.3 since 50 in the first.'],
    ['a fall', [week('2026-11-02', 80), week('2026-11-09', 70)],
      'Average score from the week of 2026-11-02 to the week of 2026-11-09: 70 in the latest week with audits, down 10 since 80 in the first.'],
    ['no change', [week('2026-11-02', 64), week('2026-11-09', 64), week('2026-11-16', null)],
      'Average score from the week of 2026-11-02 to the week of 2026-11-16: 64 in the latest week with audits, unchanged since 64 in the first.'],
  ])('%s', (_name, trend, expected) => {
    expect(describeTrend(trend, day)).toBe(expected);
  });
});
