import type { PersonSummary, PlannedVisitView } from '@hearth/core';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { keepAheadMaxPeople, keepsResidents, peopleToKeepAhead } from './keep-ahead-plan';

const now = new Date('2026-03-05T10:00:00Z');
const homecare = { id: 'aaaaaaaa-0000-4000-8000-000000000001', kind: 'homecare' as const };
const oakHouse = { id: 'aaaaaaaa-0000-4000-8000-000000000002', kind: 'care_home' as const };
const pid = (n: number) => `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`;

let vn = 0;
function visit(person: number, startsAt: string, over: { cancelled?: boolean; minutes?: number } = {}): PlannedVisitView {
  vn += 1;
  const starts = Date.parse(startsAt);
  return {
    id: `cccccccc-0000-4000-8000-${String(vn).padStart(12, '0')}`,
    serviceId: homecare.id,
    person: { id: pid(person), legalName: `Person ${person}`, preferredName: null },
    staff: { id: pid(900), name: 'Carla Reid' },
    startsAt,
    endsAt: new Date(starts + (over.minutes ?? 30) * 60_000).toISOString(),
    label: null,
    createdBy: { id: pid(901), name: 'Sam Okafor' },
    createdAt: '2026-03-01T09:00:00Z',
    cancellation: over.cancelled ? { reason: 'In hospital', cancelledBy: { id: pid(901), name: 'Sam Okafor' }, cancelledAt: '2026-03-04T09:00:00Z' } : null,
  };
}

const resident = (n: number, legalName: string, status: PersonSummary['status'] = 'active') => ({ id: pid(n), serviceId: oakHouse.id, status, legalName });
const services = [homecare, oakHouse];
const carer = { grants: [{ role: 'care_worker' as const, serviceId: homecare.id, serviceName: 'Homecare' }] };
const homeCarer = { grants: [{ role: 'care_worker' as const, serviceId: oakHouse.id, serviceName: 'Oak House' }] };

describe('whose records the phone keeps ahead', () => {
  test('the people on upcoming visits, soonest first, each once; not past, far-off or cancelled visits', () => {
    const visits = [
      visit(2, '2026-03-05T17:00:00Z'),
      visit(1, '2026-03-05T12:00:00Z'),
      visit(2, '2026-03-06T08:00:00Z'),
      visit(3, '2026-03-05T07:00:00Z'),
      visit(4, '2026-03-07T09:00:00Z'),
      visit(5, '2026-03-05T15:00:00Z', { cancelled: true }),
      visit(6, '2026-03-05T09:45:00Z'),
    ];
    expect(peopleToKeepAhead({ me: carer, visits, services, people: [], now })).toEqual([pid(6), pid(1), pid(2)]);
  });

  test('in a care home, the residents of the worker’s home too, by name, whose support goes on', () => {
    const people = [resident(11, 'Winifred Osei'), resident(12, 'Stanley Whitaker'), resident(13, 'Albert Ended', 'ended'), { ...resident(14, 'Homecare Person'), serviceId: homecare.id }];
    expect(peopleToKeepAhead({ me: homeCarer, visits: [visit(12, '2026-03-05T11:00:00Z')], services, people, now })).toEqual([pid(12), pid(11)]);
    expect(keepsResidents(homeCarer, services)).toBe(true);
    // A homecare worker's phone keeps no residents; nor does a care home manager's, who does not work the floor.
    expect(peopleToKeepAhead({ me: carer, visits: [], services, people, now })).toEqual([]);
    const manager = { grants: [{ role: 'registered_manager' as const, serviceId: oakHouse.id, serviceName: 'Oak House' }] };
    expect(keepsResidents(manager, services)).toBe(false);
  });

  test('never more than the limit, never twice, and every upcoming visit’s person before any resident (any input)', () => {
    const hour = fc.integer({ min: -48, max: 72 });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), hour, fc.boolean()), { maxLength: 60 }), fc.integer({ min: 0, max: 120 }), (drawn, residents) => {
        const visits = drawn.map(([person, h, cancelled]) => visit(person, new Date(now.getTime() + h * 3_600_000).toISOString(), { cancelled }));
        const people = Array.from({ length: residents }, (_, i) => resident(100 + i, `Resident ${String(i).padStart(3, '0')}`));
        const kept = peopleToKeepAhead({ me: homeCarer, visits, services, people, now });
        expect(new Set(kept).size).toBe(kept.length);
        expect(kept.length).toBeLessThanOrEqual(keepAheadMaxPeople);
        const upcomingPeople = new Set(visits.filter((v) => v.cancellation === null && Date.parse(v.endsAt) > now.getTime() && Date.parse(v.startsAt) < now.getTime() + 36 * 3_600_000).map((v) => v.person.id));
        const firstResident = kept.findIndex((id) => !upcomingPeople.has(id));
        if (firstResident >= 0) expect(kept.slice(firstResident).every((id) => !upcomingPeople.has(id))).toBe(true);
        if (upcomingPeople.size + residents <= keepAheadMaxPeople) expect(kept.length).toBe(upcomingPeople.size + residents);
      }),
    );
  });
});
