// Planned visits over HTTP: who may plan, read and cancel them; a visit goes to an active worker of the person's
// service, ends after it starts and is still to come; a cancellation keeps the visit with why; the rounds of a day;
// a worker's own visits; every change audited without names or reasons.
import type { MyPlannedVisits, PlannedVisitDay, PlannedVisitView, StaffRole } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate, nextDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

type Who = 'carer' | 'carer2' | 'senior' | 'manager' | 'quality' | 'admin' | 'home_carer' | 'home_manager' | 'outsider';

let t: TestApp;
let org: TestOrganisation;
const agents = new Map<Who, Agent>();
const staff = new Map<Who | 'gone', string>();
let peggy = '';
let resident = '';
let ended = '';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Rounds Test Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const add = async (who: Who, o: TestOrganisation, role: StaffRole, serviceId: string | null, name: string) => {
    const built = await buildStaff(t.db, o, { role, serviceId, name });
    staff.set(who, built.id);
    agents.set(who, await signInAs(t.app, built, t.clock.now));
  };
  await add('carer', org, 'care_worker', org.homecareId, 'Carla Reid');
  await add('carer2', org, 'care_worker', org.homecareId, 'Ben Okoro');
  await add('senior', org, 'senior_care_worker', org.homecareId, 'Sam Okafor');
  await add('manager', org, 'registered_manager', org.homecareId, 'Maya Patel');
  await add('quality', org, 'quality_lead', null, 'Quinn Lead');
  await add('admin', org, 'administrator', null, 'Ada Admin');
  await add('home_carer', org, 'care_worker', org.careHomeId, 'Olu Adeyemi');
  await add('home_manager', org, 'registered_manager', org.careHomeId, 'Hana Home');
  await add('outsider', other, 'senior_care_worker', other.homecareId, 'Otto Outside');
  const gone = await buildStaff(t.db, org, { role: 'care_worker', name: 'Gail Gone' });
  staff.set('gone', gone.id);
  expect((await as('admin').post(`/api/staff/${gone.id}/deactivate`)).statusCode).toBe(204);

  const person = async (serviceId: string, legalName: string, extra: Record<string, unknown> = {}) => {
    const res = await as('admin').post('/api/people', personBody(serviceId, { legalName, preferredName: null, accessDetails: undefined, ...extra }));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  peggy = await person(org.homecareId, 'Margaret Thompson');
  resident = await person(org.careHomeId, 'Stanley Whitaker');
  ended = await person(org.homecareId, 'Edna Ended', { status: 'ended', statusDate: '2026-01-02' });
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const id = (who: Who | 'gone') => staff.get(who)!;
const hours = (h: number) => new Date(t.clock.now().getTime() + h * 3_600_000).toISOString();
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field);

function visitBody(overrides: Record<string, unknown> = {}) {
  return { personId: peggy, staffId: id('carer'), startsAt: hours(2), endsAt: hours(2.5), label: 'Lunch call', ...overrides };
}

async function plan(overrides: Record<string, unknown> = {}, who: Who = 'senior'): Promise<PlannedVisitView> {
  const res = await as(who).post('/api/planned-visits', visitBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<PlannedVisitView>();
}

async function auditOf(action: string, resourceId: string) {
  return asOwner(t.db, async (c) =>
    (await c.query<{ actor_id: string; detail: Record<string, unknown> }>(
      'SELECT actor_id, detail FROM audit_log WHERE action = $1 AND resource_id = $2 ORDER BY chain_seq', [action, resourceId],
    )).rows,
  );
}

describe('planning a visit', () => {
  test('the senior plans Carla’s lunch call to Peggy: kept as planned, by whom, and audited without its name', async () => {
    const visit = await plan();
    expect(visit).toMatchObject({
      serviceId: org.homecareId,
      person: { id: peggy, legalName: 'Margaret Thompson', preferredName: null },
      staff: { id: id('carer'), name: 'Carla Reid' },
      label: 'Lunch call',
      createdBy: { id: id('senior'), name: 'Sam Okafor' },
      cancellation: null,
    });
    expect(Date.parse(visit.endsAt) - Date.parse(visit.startsAt)).toBe(30 * 60_000);
    const audit = (await auditOf('planned_visit.create', peggy)).find((a) => a.detail.visitId === visit.id);
    expect(audit).toMatchObject({ actor_id: id('senior'), detail: { staffId: id('carer'), startsAt: visit.startsAt } });
    expect(JSON.stringify(audit)).not.toContain('Lunch call');
  });

  test.each<[Who, number]>([
    ['carer', 403],
    ['senior', 201],
    ['manager', 201],
    ['quality', 403],
    ['admin', 201],
    ['home_manager', 403],
    ['outsider', 404],
  ])('%s planning a visit in the homecare service → %i', async (who, status) => {
    const res = await as(who).post('/api/planned-visits', visitBody());
    expect(res.statusCode, res.body).toBe(status);
  });

  test.each<[string, () => Record<string, unknown>, string[]]>([
    ['a care worker of another service', () => ({ staffId: id('home_carer') }), ['staffId']],
    ['a care worker no longer working', () => ({ staffId: id('gone') }), ['staffId']],
    ['someone of another organisation', () => ({ staffId: id('outsider') }), ['staffId']],
    ['ending before it starts', () => ({ startsAt: hours(3), endsAt: hours(2) }), ['endsAt']],
    ['longer than a day', () => ({ startsAt: hours(1), endsAt: hours(26) }), ['endsAt']],
    ['over already', () => ({ startsAt: hours(-2), endsAt: hours(-1) }), ['endsAt']],
    ['no times', () => ({ startsAt: 'soon', endsAt: '' }), ['startsAt', 'endsAt']],
    ['nobody to visit', () => ({ personId: 'peggy' }), ['personId']],
  ])('refused with field errors: %s', async (_what, change, fields) => {
    const res = await as('senior').post('/api/planned-visits', visitBody(change()));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
  });

  test('a visit under way may still be planned; someone whose support has ended is not visited', async () => {
    await plan({ startsAt: hours(-0.25), endsAt: hours(0.25) });
    const res = await as('senior').post('/api/planned-visits', visitBody({ personId: ended }));
    expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([409, 'record_read_only']);
  });

  test('someone the organisation does not hold answers 404, and the attempt is audited as refused', async () => {
    const res = await as('outsider').post('/api/planned-visits', visitBody());
    expect(res.statusCode).toBe(404);
    const refused = await asOwner(t.db, async (c) =>
      (await c.query("SELECT outcome FROM audit_log WHERE action = 'planned_visit.create' AND actor_id = $1", [id('outsider')])).rows,
    );
    expect(refused).toContainEqual({ outcome: 'refused' });
  });
});

describe('cancelling a visit', () => {
  test('with a reason: the visit is kept, marked cancelled by whom and why; a second cancellation is refused', async () => {
    const visit = await plan({ startsAt: hours(5), endsAt: hours(5.5) });
    const res = await as('manager').post(`/api/planned-visits/${visit.id}/cancellation`, { reason: 'Peggy is staying with her son' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<PlannedVisitView>()).toMatchObject({
      id: visit.id,
      startsAt: visit.startsAt,
      cancellation: { reason: 'Peggy is staying with her son', cancelledBy: { id: id('manager'), name: 'Maya Patel' } },
    });
    const again = await as('senior').post(`/api/planned-visits/${visit.id}/cancellation`, { reason: 'Twice' });
    expect(again.statusCode).toBe(409);
    const audit = await auditOf('planned_visit.cancel', peggy);
    expect(audit.filter((a) => a.detail.visitId === visit.id)).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('her son');
  });

  test.each<[Who, Record<string, unknown>, number]>([
    ['senior', { reason: '  ' }, 400],
    ['senior', {}, 400],
    ['carer', { reason: 'Not going' }, 403],
    ['quality', { reason: 'Not going' }, 403],
    ['home_manager', { reason: 'Not going' }, 403],
    ['outsider', { reason: 'Not going' }, 404],
  ])('%s cancelling with %j → %i', async (who, body, status) => {
    const visit = await plan({ startsAt: hours(6), endsAt: hours(6.5) });
    const res = await as(who).post(`/api/planned-visits/${visit.id}/cancellation`, body);
    expect(res.statusCode, res.body).toBe(status);
    if (status === 400) expect(fieldsOf(res)).toEqual(['reason']);
  });

  test('a visit that does not exist answers 404', async () => {
    const res = await as('senior').post('/api/planned-visits/00000000-0000-4000-8000-000000000000/cancellation', { reason: 'Gone' });
    expect(res.statusCode).toBe(404);
  });
});

describe('reading visits', () => {
  test.each<[Who, number]>([
    ['carer', 200],
    ['senior', 200],
    ['quality', 200],
    ['admin', 200],
    ['home_carer', 403],
    ['outsider', 404],
  ])('one visit, read by %s → %i', async (who, status) => {
    const visit = await plan({ startsAt: hours(7), endsAt: hours(7.5) });
    expect((await as(who).get(`/api/planned-visits/${visit.id}`)).statusCode).toBe(status);
  });

  test('a day’s rounds: visits starting that day in England, cancelled ones marked; the planners see who may be put on them', async () => {
    const day = nextDate(nextDate(londonDate(t.clock.now())));
    const at = (time: string) => new Date(`${day}T${time}:00Z`).toISOString();
    // A winter or summer day alike: times an hour clear of midnight stay on the day in England.
    const morning = await plan({ staffId: id('carer2'), startsAt: at('08:00'), endsAt: at('08:30') });
    const evening = await plan({ startsAt: at('18:00'), endsAt: at('18:30') });
    const cancelled = await plan({ startsAt: at('12:00'), endsAt: at('12:30') });
    await as('senior').post(`/api/planned-visits/${cancelled.id}/cancellation`, { reason: 'In hospital' });
    await plan({ startsAt: new Date(`${nextDate(day)}T09:00:00Z`).toISOString(), endsAt: new Date(`${nextDate(day)}T09:30:00Z`).toISOString() });

    const read = (await as('senior').get(`/api/services/${org.homecareId}/planned-visits?date=${day}`)).json<PlannedVisitDay>();
    expect(read.date).toBe(day);
    expect(read.visits.map((v) => [v.id, v.cancellation?.reason ?? null])).toEqual([
      [morning.id, null],
      [cancelled.id, 'In hospital'],
      [evening.id, null],
    ]);
    expect(read.workers.map((w) => w.name)).toEqual(['Ben Okoro', 'Carla Reid', 'Maya Patel', 'Sam Okafor']);
    // A care worker reads the day but is not offered the planners' list of colleagues.
    const asCarer = (await as('carer').get(`/api/services/${org.homecareId}/planned-visits?date=${day}`)).json<PlannedVisitDay>();
    expect([asCarer.visits.length, asCarer.workers]).toEqual([3, []]);
    const audit = await auditOf('planned_visit.list_day', org.homecareId);
    expect(audit.at(-1)?.detail).toMatchObject({ date: day, visits: 3, people: [peggy] });
  });

  test.each<[Who, string, number]>([
    ['senior', '?date=2026-02-30', 400],
    ['home_manager', '', 403],
    ['outsider', '', 404],
    ['admin', '', 200],
  ])('a service’s day read by %s with %s → %i', async (who, query, status) => {
    expect((await as(who).get(`/api/services/${org.homecareId}/planned-visits${query}`)).statusCode).toBe(status);
  });

  test('my visits: the signed-in worker’s own, from the start of today through tomorrow, cancelled ones marked', async () => {
    const mine = await plan({ personId: peggy, startsAt: hours(20), endsAt: hours(20.5) });
    const notMine = await plan({ staffId: id('carer2'), startsAt: hours(20), endsAt: hours(20.5) });
    const tooFar = await plan({ startsAt: hours(60), endsAt: hours(60.5) });
    const asked = t.clock.now().getTime();
    const read = (await as('carer').get('/api/planned-visits/mine')).json<MyPlannedVisits>();
    const ids = read.visits.map((v) => v.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(notMine.id);
    expect(ids).not.toContain(tooFar.id);
    expect(read.visits.every((v) => v.staff.id === id('carer'))).toBe(true);
    expect(Date.parse(read.from)).toBeLessThanOrEqual(asked);
    expect(Date.parse(read.to) - asked).toBeGreaterThanOrEqual(36 * 3_600_000);
    expect(read.visits.map((v) => v.startsAt)).toEqual([...read.visits.map((v) => v.startsAt)].sort());
    const audit = await auditOf('planned_visit.list_mine', id('carer'));
    expect(audit.at(-1)?.detail).toMatchObject({ visits: read.visits.length, people: [peggy] });
  });

  test('in the care home: its manager plans a resident’s visit for its worker, who sees it; the homecare worker may not', async () => {
    expect((await as('home_carer').get('/api/planned-visits/mine')).json<MyPlannedVisits>().visits).toEqual([]);
    const visit = await plan({ personId: resident, staffId: id('home_carer'), startsAt: hours(1), endsAt: hours(1.5) }, 'home_manager');
    expect(visit.serviceId).toBe(org.careHomeId);
    const mine = (await as('home_carer').get('/api/planned-visits/mine')).json<MyPlannedVisits>();
    expect(mine.visits.map((v) => [v.id, v.person.legalName])).toEqual([[visit.id, 'Stanley Whitaker']]);
    expect((await as('carer').get(`/api/planned-visits/${visit.id}`)).statusCode).toBe(403);
  });
});
