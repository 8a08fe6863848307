// The demo's rounds on their own: Carla visits Peggy and Arthur today and tomorrow, planned by the homecare senior,
// and sees her upcoming visits through the API; a senior sees the day's round.
import type { MyPlannedVisits, PlannedVisitDay } from '@hearth/core';
import { londonDay } from '@hearth/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { londonDate, nextDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { seedDemoPlannedVisits } from './demo-planned-visits.js';

let t: TestApp;
let org: TestOrganisation;
let carla: Agent;
let senior: Agent;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Care Partnership');
  const seniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', email: 'senior@riverside-care.example', name: 'Sam Okafor' });
  senior = await signInAs(t.app, seniorStaff, t.clock.now);
  carla = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', email: 'carer@riverside-care.example', name: 'Carla Reid' }), t.clock.now);
  for (const legalName of ['Margaret Ellen Thompson', 'Arthur James Pickering']) {
    const res = await senior.post('/api/people', personBody(org.homecareId, { legalName, accessDetails: undefined }));
    expect(res.statusCode, res.body).toBe(201);
    ids.set(legalName, res.json<{ id: string }>().id);
  }
  await seedDemoPlannedVisits(t.db.pool, org.id, t.clock.now());
});
afterAll(() => t.close());

test('today and tomorrow, Carla visits Peggy four times and Arthur twice, at the times their plans name', async () => {
  const today = londonDate(t.clock.now());
  for (const date of [today, nextDate(today)]) {
    const day = (await senior.get(`/api/services/${org.homecareId}/planned-visits?date=${date}`)).json<PlannedVisitDay>();
    expect(day.visits.map((v) => [v.person.id, v.label, v.staff.name, v.createdBy.name])).toEqual([
      [ids.get('Margaret Ellen Thompson'), 'Morning visit', 'Carla Reid', 'Sam Okafor'],
      [ids.get('Arthur James Pickering'), 'Morning visit', 'Carla Reid', 'Sam Okafor'],
      [ids.get('Margaret Ellen Thompson'), 'Lunch visit', 'Carla Reid', 'Sam Okafor'],
      [ids.get('Margaret Ellen Thompson'), 'Tea visit', 'Carla Reid', 'Sam Okafor'],
      [ids.get('Arthur James Pickering'), 'Tea visit', 'Carla Reid', 'Sam Okafor'],
      [ids.get('Margaret Ellen Thompson'), 'Bedtime visit', 'Carla Reid', 'Sam Okafor'],
    ]);
    const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
    expect(day.visits.map((v) => clock.format(new Date(v.startsAt)))).toEqual(['08:00', '09:00', '12:30', '17:00', '17:45', '20:30']);
    expect(day.visits.every((v) => londonDay(new Date(v.startsAt)) === date && v.cancellation === null)).toBe(true);
  }
});

test('Carla’s own visits hold today’s round and tomorrow’s', async () => {
  const mine = (await carla.get('/api/planned-visits/mine')).json<MyPlannedVisits>();
  const today = londonDate(t.clock.now());
  const days = mine.visits.map((v) => londonDay(new Date(v.startsAt)));
  expect([days.filter((d) => d === today).length, days.filter((d) => d === nextDate(today)).length]).toEqual([6, 6]);
  expect(new Set(mine.visits.map((v) => v.person.id))).toEqual(new Set(ids.values()));
});
