import type { CarePlan } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { plannedVisitsFromPlan } from './offline-planned-visits';

const now = new Date('2026-03-02T16:40:00Z');
const step = (id: string, when: string, time: string | null, what: string) => ({ id, when, time, what, who: 'Care worker' });
const plan = (current: unknown) => ({ personId: '2f1c8d1e-6a4b-4c1e-9d2a-3b4c5d6e7f80', versions: [], current, draft: null }) as unknown as CarePlan;
const inUse = plan({
  version: 3,
  status: 'in_use',
  content: {
    sections: [
      { sectionKey: 'eating', notApplicable: false, steps: [step('s1', 'Tea visit', '17:00', 'Make tea'), step('s2', 'Morning visit', '08:00', 'Breakfast')] },
      { sectionKey: 'mobility', notApplicable: true, steps: [step('s3', 'Tea visit', '17:05', 'Walk')] },
    ],
  },
});

describe('planned visits worked out on the phone from the kept plan', () => {
  test('a homecare person’s visits for today in England, from the plan in use', () => {
    const visits = plannedVisitsFromPlan(inUse, 'homecare', now);
    expect(visits).toMatchObject({ personId: inUse.personId, date: '2026-03-02', kind: 'visit', planVersion: 3 });
    expect(visits.visits.map((v) => [v.label, v.time, v.plannedFor, v.tasks.map((t) => t.what)])).toEqual([
      ['Morning visit', '08:00', '2026-03-02T08:00:00.000Z', ['Breakfast']],
      ['Tea visit', '17:00', '2026-03-02T17:00:00.000Z', ['Make tea']],
    ]);
  });

  test('a care home resident’s day is recorded by shift; an unknown service is treated as homecare', () => {
    expect(plannedVisitsFromPlan(inUse, 'care_home', now).kind).toBe('shift');
    expect(plannedVisitsFromPlan(inUse, null, now).kind).toBe('visit');
  });

  test('no plan in use: no planned visits, so the worker names the visit', () => {
    expect(plannedVisitsFromPlan(plan(null), 'homecare', now)).toMatchObject({ planVersion: null, visits: [] });
  });
});
