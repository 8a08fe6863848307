import { describe, expect, test } from 'vitest';
import { nearestPlannedVisit, plannedVisits } from './planned-visits.js';

const step = (id: string, when: string, time: string | null, what = `Task ${id}`) => ({ id, when, time, what, who: 'Care worker' });
const section = (sectionKey: string, steps: ReturnType<typeof step>[], notApplicable: { reason: string } | null = null) => ({ sectionKey, notApplicable, steps });

describe('the visits a plan sets out', () => {
  const sections = [
    section('personal_care', [step('a', 'Morning visit', '08:30'), step('b', 'Bedtime', null), step('c', 'morning visit', '08:00')]),
    section('nutrition', [step('d', 'Lunch', null), step('e', 'Morning  Visit', null), step('f', 'When I ask', null)]),
    section('skin', [step('g', 'Morning visit', '07:00')], { reason: 'No concerns' }),
  ];

  test('steps are grouped by their visit, in the order of the day, each at its earliest time; sections that do not apply are left out', () => {
    const visits = plannedVisits(sections, '2026-11-23');
    expect(visits.map((v) => [v.label, v.time, v.plannedFor])).toEqual([
      ['Morning visit', '08:00', '2026-11-23T08:00:00.000Z'],
      ['Lunch', '12:30', '2026-11-23T12:30:00.000Z'],
      ['Bedtime', '21:30', '2026-11-23T21:30:00.000Z'],
      ['When I ask', null, null],
    ]);
    expect(visits[0]?.tasks.map((t) => [t.stepId, t.sectionKey, t.time])).toEqual([
      ['c', 'personal_care', '08:00'],
      ['e', 'nutrition', null],
      ['a', 'personal_care', '08:30'],
    ]);
  });

  test.each([
    ['in winter', '2026-01-10', '2026-01-10T08:00:00.000Z'],
    ['in summer time', '2026-07-10', '2026-07-10T07:00:00.000Z'],
    ['on the day the clocks go forward', '2026-03-29', '2026-03-29T07:00:00.000Z'],
    ['on the day the clocks go back', '2026-10-25', '2026-10-25T08:00:00.000Z'],
  ])('a visit at 08:00 %s is at 08:00 on a clock in England', (_name, date, instant) => {
    expect(plannedVisits(sections, date)[0]?.plannedFor).toBe(instant);
  });

  test('a plan with no steps plans no visits', () => {
    expect(plannedVisits([section('personal_care', [])], '2026-11-23')).toEqual([]);
  });

  test.each([
    ['07:10', 'Morning visit'],
    ['11:00', 'Lunch'],
    ['18:00', 'Bedtime'],
    ['23:59', 'Bedtime'],
  ])('at %s the nearest visit is %s', (clock, label) => {
    const visits = plannedVisits(sections, '2026-11-23');
    expect(nearestPlannedVisit(visits, new Date(`2026-11-23T${clock}:00Z`))?.label).toBe(label);
  });

  test('with no timed visit the first is chosen, with none at all nothing', () => {
    const untimed = plannedVisits([section('x_y', [step('a', 'When I ask', null)])], '2026-11-23');
    expect(nearestPlannedVisit(untimed, new Date())?.label).toBe('When I ask');
    expect(nearestPlannedVisit([], new Date())).toBeNull();
  });
});
