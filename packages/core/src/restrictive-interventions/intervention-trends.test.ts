import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { londonDay } from '../visit-records/london-time.js';
import {
  describeRestrictiveInterventionDirection,
  interventionTrendMonths,
  interventionTrendShiftDate,
  restrictiveInterventionComparison,
  restrictiveInterventionDirection,
  restrictiveInterventionMonthlySeries,
  type RestrictiveInterventionTrendFacts,
} from './intervention-trends.js';
import { restrictiveInterventionKinds } from './intervention-schemas.js';

const now = new Date('2026-06-15T12:00:00.000Z');
let ids = 0;
const use = (startedAt: string, patch: Partial<RestrictiveInterventionTrendFacts> = {}): RestrictiveInterventionTrendFacts => ({
  id: `u${ids++}`,
  supersedes: null,
  startedAt,
  kind: 'physical',
  durationMinutes: 5,
  ...patch,
});

describe('the months shown', () => {
  test('6 or 12 calendar months in England, ending with this one', () => {
    expect(interventionTrendMonths(6, now)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(interventionTrendMonths(12, new Date('2026-01-31T23:30:00.000Z'))).toEqual([
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
  });

  test('a month is counted in England: 23:30 UTC on 31 May is June in summer time', () => {
    const series = restrictiveInterventionMonthlySeries([use('2026-05-31T23:30:00.000Z')], 6, now);
    expect(series.find((m) => m.month === '2026-06')?.count).toBe(1);
    expect(series.find((m) => m.month === '2026-05')?.count).toBe(0);
  });

  test('counts and minutes by kind', () => {
    const series = restrictiveInterventionMonthlySeries(
      [
        use('2026-06-01T10:00:00.000Z', { kind: 'physical', durationMinutes: 3 }),
        use('2026-06-02T10:00:00.000Z', { kind: 'physical', durationMinutes: 4 }),
        use('2026-06-03T10:00:00.000Z', { kind: 'seclusion', durationMinutes: 20 }),
        use('2025-12-03T10:00:00.000Z', { kind: 'seclusion', durationMinutes: 20 }),
      ],
      6,
      now,
    );
    const june = series.at(-1)!;
    expect(june).toMatchObject({ month: '2026-06', count: 3, minutes: 27 });
    expect(june.byKind).toEqual({
      physical: { count: 2, minutes: 7 },
      seclusion: { count: 1, minutes: 20 },
      chemical: { count: 0, minutes: 0 },
      mechanical: { count: 0, minutes: 0 },
    });
    expect(series.reduce((n, m) => n + m.count, 0)).toBe(3);
  });
});

describe('the direction', () => {
  test.each([
    [0, 0, 'too_few_to_say'],
    [1, 4, 'too_few_to_say'],
    [2, 3, 'too_few_to_say'],
    [2, 4, 'fewer'],
    [4, 2, 'more'],
    [3, 3, 'about_the_same'],
    [10, 9, 'about_the_same'],
    [8, 10, 'about_the_same'],
    [7, 10, 'fewer'],
    [0, 6, 'fewer'],
    [12, 5, 'more'],
  ] as const)('latest %i against previous %i: %s', (latest, previous, expected) => {
    expect(restrictiveInterventionDirection(latest, previous)).toBe(expected);
  });

  test('swapping the two periods swaps fewer and more, and leaves the rest', () => {
    const swapped = { fewer: 'more', more: 'fewer', about_the_same: 'about_the_same', too_few_to_say: 'too_few_to_say' } as const;
    fc.assert(
      fc.property(fc.nat({ max: 500 }), fc.nat({ max: 500 }), (a, b) => {
        expect(restrictiveInterventionDirection(b, a)).toBe(swapped[restrictiveInterventionDirection(a, b)]);
      }),
    );
  });

  test('the latest three months run up to today; the three before them end the day before', () => {
    const comparison = restrictiveInterventionComparison(
      [
        use('2026-06-15T08:00:00.000Z'),
        use('2026-03-16T08:00:00.000Z'),
        use('2026-03-15T08:00:00.000Z'),
        use('2025-12-16T08:00:00.000Z'),
        use('2025-12-15T08:00:00.000Z'),
      ],
      now,
    );
    expect(comparison).toEqual({
      latestFrom: '2026-03-16',
      to: '2026-06-15',
      previousFrom: '2025-12-16',
      latest: 2,
      previous: 2,
      direction: 'too_few_to_say',
    });
  });

  test('a month end is kept within the month', () => {
    expect(interventionTrendShiftDate('2026-05-31', -3)).toBe('2026-02-28');
    expect(interventionTrendShiftDate('2024-05-31', -3)).toBe('2024-02-29');
    expect(interventionTrendShiftDate('2026-01-15', -6)).toBe('2025-07-15');
  });

  test.each([
    [
      'fewer',
      2,
      5,
      'Fewer restrictive interventions: 2 uses in the last three months (since 16 March 2026) and 5 uses in the three months before.',
    ],
    [
      'too few to say',
      1,
      1,
      /^Too few to say whether restrictive interventions are falling: 1 use in the last three months .* and 1 use in the three months before\. A direction is given from 6 uses/,
    ],
  ] as const)('said plainly: %s', (_name, latest, previous, expected) => {
    const sentence = describeRestrictiveInterventionDirection(
      {
        latestFrom: '2026-03-16',
        to: '2026-06-15',
        previousFrom: '2025-12-16',
        latest,
        previous,
        direction: restrictiveInterventionDirection(latest, previous),
      },
      (d) =>
        new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
          new Date(`${d}T00:00:00Z`),
        ),
    );
    expect(sentence).toMatch(expected);
  });
});

describe('properties that hold for every register', () => {
  const start = Date.parse('2024-01-01T00:00:00.000Z');
  const end = Date.parse('2026-06-15T12:00:00.000Z');
  const record = fc.record({
    at: fc.integer({ min: start, max: end }),
    kind: fc.constantFrom(...restrictiveInterventionKinds),
    durationMinutes: fc.integer({ min: 0, max: 600 }),
  });
  /** A register with some records corrected: each correction names one earlier record. */
  const register = fc
    .tuple(fc.array(record, { maxLength: 40 }), fc.array(fc.tuple(fc.nat(), record), { maxLength: 10 }))
    .map(([facts, corrections]) => {
      const records: RestrictiveInterventionTrendFacts[] = facts.map((f, i) => ({
        id: `r${i}`,
        supersedes: null,
        startedAt: new Date(f.at).toISOString(),
        kind: f.kind,
        durationMinutes: f.durationMinutes,
      }));
      const corrected = new Set<number>();
      const made: RestrictiveInterventionTrendFacts[] = [];
      for (const [target, f] of corrections) {
        if (records.length === 0) break;
        const i = target % records.length;
        if (corrected.has(i)) continue;
        corrected.add(i);
        made.push({
          id: `c${i}`,
          supersedes: `r${i}`,
          startedAt: new Date(f.at).toISOString(),
          kind: f.kind,
          durationMinutes: f.durationMinutes,
        });
      }
      return { all: [...records, ...made], current: [...records.filter((_, i) => !corrected.has(i)), ...made] };
    });

  test.each([6, 12])('over %i months, the monthly counts and minutes add up to the current records started in range', (span) => {
    fc.assert(
      fc.property(register, ({ all, current }) => {
        const series = restrictiveInterventionMonthlySeries(all, span, now);
        const months = new Set(series.map((m) => m.month));
        const inRange = current.filter((r) => months.has(londonDay(new Date(r.startedAt)).slice(0, 7)));
        expect(series.reduce((n, m) => n + m.count, 0)).toBe(inRange.length);
        expect(series.reduce((n, m) => n + m.minutes, 0)).toBe(inRange.reduce((n, r) => n + r.durationMinutes, 0));
        for (const m of series) {
          expect(restrictiveInterventionKinds.reduce((n, k) => n + m.byKind[k].count, 0)).toBe(m.count);
        }
      }),
    );
  });

  test('replaced records are never counted: the figures are those of the current records alone', () => {
    fc.assert(
      fc.property(register, ({ all, current }) => {
        expect(restrictiveInterventionMonthlySeries(all, 12, now)).toEqual(
          restrictiveInterventionMonthlySeries(current, 12, now),
        );
        expect(restrictiveInterventionComparison(all, now)).toEqual(restrictiveInterventionComparison(current, now));
      }),
    );
  });

  test('the two periods count each current record of the last six months once', () => {
    fc.assert(
      fc.property(register, ({ all, current }) => {
        const c = restrictiveInterventionComparison(all, now);
        const inSix = current.filter((r) => {
          const day = londonDay(new Date(r.startedAt));
          return day >= c.previousFrom && day <= c.to;
        });
        expect(c.latest + c.previous).toBe(inSix.length);
      }),
    );
  });
});
