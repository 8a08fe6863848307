import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, planAttention, type PlanTimingInput } from './timing.js';

const none: PlanTimingInput = { serviceStartDate: null, firstAgreedOn: null, current: null };
const inUse = (agreedOn: string, extra: Partial<NonNullable<PlanTimingInput['current']>> = {}): PlanTimingInput['current'] => ({
  status: 'in_use', agreedOn, reviewTrigger: null, sectionReviewDates: [], ...extra,
});

describe('timing rules', () => {
  test.each([
    ['due in 2 days, not yet late', { ...none, serviceStartDate: '2026-11-22' }, '2026-11-23', ['first_plan_due']],
    ['on the due day it is still due', { ...none, serviceStartDate: '2026-11-21' }, '2026-11-23', ['first_plan_due']],
    ['the day after, overdue', { ...none, serviceStartDate: '2026-11-20' }, '2026-11-23', ['first_plan_overdue']],
    ['agreed late', { serviceStartDate: '2026-01-01', firstAgreedOn: '2026-01-05', current: inUse('2026-11-01') }, '2026-11-23', ['first_plan_late']],
    ['agreed on time and recently', { serviceStartDate: '2026-01-01', firstAgreedOn: '2026-01-02', current: inUse('2026-11-01') }, '2026-11-23', []],
    ['review due soon', { ...none, current: inUse('2026-05-30') }, '2026-11-23', ['review_due_soon']],
    ['review overdue', { ...none, current: inUse('2026-05-01') }, '2026-11-23', ['review_overdue']],
    ['a section review date earlier than the plan\u2019s', { ...none, current: inUse('2026-11-01', { sectionReviewDates: ['2026-11-20'] }) }, '2026-11-23', ['review_overdue']],
    ['under review after a fall', { ...none, current: inUse('2026-11-01', { status: 'under_review', reviewTrigger: 'fall' }) }, '2026-11-23', ['needs_review']],
    ['two years without review', { ...none, current: inUse('2024-11-20') }, '2026-11-23', ['review_overdue', 'archive']],
  ] as const)('%s', (_name, input, today, kinds) => {
    expect(planAttention(input as PlanTimingInput, today).map((a) => a.kind)).toEqual(kinds);
  });

  test('an emergency start is named, so a late plan can be told from a missed one', () => {
    const late = planAttention({ serviceStartDate: '2026-01-01', firstAgreedOn: '2026-01-05', emergencyStart: true, current: inUse('2026-11-01') }, '2026-11-23');
    expect(late[0]?.message).toContain('The service was an emergency start.');
    const missed = planAttention({ serviceStartDate: '2026-01-01', firstAgreedOn: '2026-01-05', current: inUse('2026-11-01') }, '2026-11-23');
    expect(missed[0]?.message).toContain('No emergency start is recorded.');
    const overdue = planAttention({ ...none, serviceStartDate: '2026-11-01', emergencyStart: true }, '2026-11-23');
    expect(overdue[0]?.message).toContain('emergency start');
  });

  test('the needs-review message names the trigger', () => {
    const [attention] = planAttention({ ...none, current: inUse('2026-11-01', { status: 'under_review', reviewTrigger: 'hospital_discharge' }) }, '2026-11-23');
    expect(attention?.message).toBe('Under review after: hospital discharge');
  });

  test('addDays crosses months, years and the clock change without losing a day', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    fc.assert(fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: -1000, max: 1000 }), (offset, days) => {
      const start = addDays('2000-01-01', offset);
      expect(addDays(addDays(start, days), -days)).toBe(start);
    }));
  });
});
