import type { RestrictiveInterventionRegister, RestrictiveInterventionTrends, RestrictiveInterventionView } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
const agents = new Map<Who, Agent>();
const staffIds = new Map<Who, string>();

type Who = 'carer' | 'senior' | 'manager' | 'quality' | 'admin' | 'home_senior' | 'home_manager' | 'outsider';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  other = await buildOrganisation(t.db, 'Elsewhere Care');
  const sign = async (who: Who, staff: Awaited<ReturnType<typeof buildStaff>>) => {
    staffIds.set(who, staff.id);
    agents.set(who, await signInAs(t.app, staff, t.clock.now));
  };
  await sign('carer', await buildStaff(t.db, org, { role: 'care_worker', name: 'Carla Carer' }));
  await sign('senior', await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  await sign('manager', await buildStaff(t.db, org, { role: 'registered_manager' }));
  await sign('quality', await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await sign('admin', await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await sign('home_senior', await buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId }));
  await sign('home_manager', await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  await sign('outsider', await buildStaff(t.db, other, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const registerUrl = (personId: string) => `/api/people/${personId}/restrictive-interventions`;
const debriefUrl = (id: string) => `/api/restrictive-interventions/${id}/debriefs`;
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field);
const ago = (days: number, minutes = 0) => new Date(t.clock.now().getTime() - days * 86_400_000 - minutes * 60_000).toISOString();
const dayAgo = (days: number) => londonDate(new Date(t.clock.now().getTime() - days * 86_400_000));

async function newPerson(name: string, who: Who = 'senior', serviceId = org.homecareId): Promise<string> {
  const res = await as(who).post('/api/people', personBody(serviceId, { legalName: name, preferredName: null }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const interventionBody = (patch: Record<string, unknown> = {}) => ({
  staffInvolved: [
    { name: 'Grace Mensah', role: 'Senior care worker' },
    { name: 'Olu Adeyemi', role: null },
  ],
  reason: 'Hitting out at another resident in the lounge',
  riskAnswered: 'Harm to a frail resident',
  lessRestrictive: { tried: ['Calm voice, offered a walk'], noneReason: null },
  whatWasDone: 'Two-person guided escort to his room',
  medicine: null,
  personInjury: { injured: false, details: null },
  staffInjury: { injured: false, details: null },
  personView: 'Said he did not like being held',
  ...patch,
});

const post = (patch: Record<string, unknown> = {}) => ({
  clientId: randomUUID(),
  kind: 'physical',
  startedAt: ago(0, 30),
  durationMinutes: 4,
  followedPlan: 'yes',
  abcRecordId: null,
  body: interventionBody(),
  ...patch,
});

async function record(
  personId: string,
  patch: Record<string, unknown> = {},
  who: Who = 'carer',
): Promise<RestrictiveInterventionView> {
  const res = await as(who).post(registerUrl(personId), post(patch));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RestrictiveInterventionView>();
}

const debrief = (withWhom: 'person' | 'staff', heldOn: string) => ({
  withWhom,
  heldOn,
  body: {
    participants: 'The person and Sam Senior',
    account: 'I was frightened when the other man shouted.',
    couldBeDoneDifferently: 'Sit him away from the television.',
    planChange: { needed: true, what: 'Add the television as a trigger' },
  },
});

const register = async (personId: string, who: Who = 'senior') =>
  (await as(who).get(registerUrl(personId))).json<RestrictiveInterventionRegister>();

async function auditFor(resourceId: string) {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
          'SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq',
          [resourceId],
        )
      ).rows,
  );
}

describe('who may read, record and debrief', () => {
  test.each<[Who, number, number, number]>([
    // who, read, record, debrief
    ['carer', 200, 201, 201],
    ['senior', 200, 201, 201],
    ['manager', 200, 201, 201],
    ['quality', 200, 403, 403],
    ['admin', 403, 403, 403],
    ['home_manager', 403, 403, 403],
    ['outsider', 404, 404, 404],
  ])('%s: read %i, record %i, debrief %i', async (who, read, write, debriefed) => {
    const personId = await newPerson(`Access ${who}`);
    const existing = await record(personId, {}, 'senior');
    expect((await as(who).get(registerUrl(personId))).statusCode).toBe(read);
    expect((await as(who).post(registerUrl(personId), post())).statusCode).toBe(write);
    expect((await as(who).post(debriefUrl(existing.id), debrief('staff', dayAgo(0)))).statusCode).toBe(debriefed);
    const outcome = (status: number) => (status < 400 ? 'success' : 'refused');
    const audited = await auditFor(personId);
    expect(audited.filter((a) => a.action === 'restrictive_intervention.read').map((a) => a.outcome)).toEqual([outcome(read)]);
    // A refusal from another organisation is audited in that organisation's chain: compare without order.
    expect(
      audited
        .filter((a) => a.action === 'restrictive_intervention.record')
        .map((a) => a.outcome)
        .sort(),
    ).toEqual(['success', outcome(write)].sort());
    const debriefAudit = [...audited, ...(await auditFor(existing.id))].filter(
      (a) => a.action === 'restrictive_intervention.debrief',
    );
    expect(debriefAudit.map((a) => a.outcome)).toEqual([outcome(debriefed)]);
  });
});

describe('recording a use', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Stanley Register');
  });

  test('it is stored as sent, with who recorded it and the service at the time', async () => {
    const saved = await record(personId);
    expect(saved).toMatchObject({
      personId,
      serviceId: org.homecareId,
      serviceName: 'Riverside Test Care Homecare',
      kind: 'physical',
      durationMinutes: 4,
      followedPlan: 'yes',
      current: true,
      supersededBy: null,
      recordedBy: { id: staffIds.get('carer'), name: 'Carla Carer' },
      body: {
        lessRestrictive: { tried: ['Calm voice, offered a walk'], noneReason: null },
        personView: 'Said he did not like being held',
      },
      debriefs: [],
      debriefStatus: { person: 'due', staff: 'due' },
    });
  });

  test('sending the same form again stores it once; a different body under the same id is a conflict', async () => {
    const body = post();
    const first = await as('carer').post(registerUrl(personId), body);
    expect(first.statusCode).toBe(201);
    const again = await as('carer').post(registerUrl(personId), body);
    expect(again.statusCode).toBe(200);
    expect(again.json<RestrictiveInterventionView>().id).toBe(first.json<RestrictiveInterventionView>().id);
    const changed = await as('carer').post(registerUrl(personId), { ...body, durationMinutes: 9 });
    expect(changed.statusCode).toBe(409);
    expect(changed.json<{ code: string }>().code).toBe('conflict');
    const count = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ n: number }>('SELECT count(*)::int AS n FROM restrictive_interventions WHERE client_id = $1', [
            body.clientId,
          ])
        ).rows[0]!.n,
    );
    expect(count).toBe(1);
  });

  test.each<[string, () => Record<string, unknown>, string[]]>([
    [
      'no less restrictive option and no reason',
      () => ({ body: interventionBody({ lessRestrictive: { tried: [], noneReason: null } }) }),
      ['body.lessRestrictive.tried'],
    ],
    ['no staff named', () => ({ body: interventionBody({ staffInvolved: [] }) }), ['body.staffInvolved']],
    [
      'an injury without details',
      () => ({ body: interventionBody({ staffInjury: { injured: true, details: null } }) }),
      ['body.staffInjury.details'],
    ],
    ['chemical restraint without the medicine', () => ({ kind: 'chemical' }), ['body.medicine']],
    ['a start in the future', () => ({ startedAt: new Date(Date.now() + 3_600_000).toISOString() }), ['startedAt']],
    ['an end after now', () => ({ startedAt: ago(0, 10), durationMinutes: 60 }), ['durationMinutes']],
    ['an ABC record that does not exist', () => ({ abcRecordId: randomUUID() }), ['abcRecordId']],
    [
      'a correction of a record that does not exist',
      () => ({ supersedes: randomUUID(), supersedeReason: 'Wrong time' }),
      ['supersedes'],
    ],
  ])('%s is refused with the field named', async (_name, patch, fields) => {
    const res = await as('carer').post(registerUrl(personId), post(patch()));
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res)).toEqual(fields);
  });

  test('a use is linked only to an ABC record of the same person', async () => {
    const otherPerson = await newPerson('Someone Else');
    const own = await abcRecord(personId);
    const theirs = await abcRecord(otherPerson);
    const refused = await as('carer').post(registerUrl(personId), post({ abcRecordId: theirs }));
    expect(fieldsOf(refused)).toEqual(['abcRecordId']);
    const linked = await record(personId, { abcRecordId: own });
    expect(linked.abcRecordId).toBe(own);
    expect((await register(personId)).abcRecords.map((a) => a.id)).toContain(own);
  });

  test('a correction replaces the record: both are kept, only the correction counts', async () => {
    const person = await newPerson('Correction Person');
    const original = await record(person, { startedAt: ago(1) });
    const correction = await record(person, {
      startedAt: ago(1, 15),
      durationMinutes: 6,
      supersedes: original.id,
      supersedeReason: 'The time was wrong',
    });
    const read = await register(person);
    expect(read.interventions.map((i) => [i.id, i.current, i.supersededBy])).toEqual(
      expect.arrayContaining([
        [original.id, false, correction.id],
        [correction.id, true, null],
      ]),
    );
    const counted = read.trend.months.reduce((n, m) => n + m.count, 0);
    expect(counted).toBe(1);
    const again = await as('carer').post(registerUrl(person), post({ supersedes: original.id, supersedeReason: 'Again' }));
    expect(fieldsOf(again)).toEqual(['supersedes']);
    expect((await as('senior').post(debriefUrl(original.id), debrief('staff', dayAgo(0)))).statusCode).toBe(409);
  });

  test('the audit log keeps codes and times, never names or anyone’s words', async () => {
    const entries = await auditFor(personId);
    const write = entries.find((a) => a.action === 'restrictive_intervention.record' && a.outcome === 'success');
    expect(write?.detail).toMatchObject({ kind: 'physical', followedPlan: 'yes', personInjured: false });
    expect(JSON.stringify(entries)).not.toMatch(/Grace Mensah|Hitting out|did not like being held/);
  });
});

async function abcRecord(personId: string): Promise<string> {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ id: string }>(
          `INSERT INTO abc_records (organisation_id, service_id, person_id, client_id, occurred_at, behaviour, intensity, duration_minutes,
         restrictive_intervention_used, body, recorded_by)
       SELECT organisation_id, service_id, id, $2, now() - interval '1 hour', 'Hitting out', 3, 5, true, '{}'::jsonb, $3 FROM people WHERE id = $1
       RETURNING id`,
          [personId, randomUUID(), staffIds.get('senior')],
        )
      ).rows[0]!.id,
  );
}

describe('debriefs and what needs attention', () => {
  test('both debriefs overdue after 72 hours; recording them clears it; a plan not followed stays in view', async () => {
    const personId = await newPerson('Debrief Person');
    const use = await record(personId, { startedAt: ago(4), followedPlan: 'no' });
    const before = await register(personId, 'carer');
    expect(before.attention.map((a) => (a.kind === 'debrief_overdue' ? `${a.kind}:${a.withWhom}` : a.kind))).toEqual([
      'debrief_overdue:person',
      'debrief_overdue:staff',
      'plan_not_followed',
    ]);

    const staffDebrief = await as('carer').post(debriefUrl(use.id), debrief('staff', dayAgo(3)));
    expect(staffDebrief.statusCode, staffDebrief.body).toBe(201);
    const personDebrief = await as('senior').post(debriefUrl(use.id), debrief('person', dayAgo(0)));
    expect(personDebrief.json<RestrictiveInterventionView>().debriefStatus).toEqual({ person: 'held_late', staff: 'held' });

    const after = await register(personId, 'carer');
    expect(after.attention.map((a) => a.kind)).toEqual(['plan_not_followed']);
    const debriefs = after.interventions[0]!.debriefs;
    expect(debriefs.map((d) => [d.withWhom, d.heldInTime])).toEqual([
      ['staff', true],
      ['person', false],
    ]);
    expect(debriefs[1]!.body.planChange).toEqual({ needed: true, what: 'Add the television as a trigger' });
  });

  test.each<[string, () => string, string]>([
    ['before the intervention', () => dayAgo(6), 'heldOn'],
    ['in the future', () => dayAgo(-2), 'heldOn'],
  ])('a debrief %s is refused', async (_name, heldOn, field) => {
    const personId = await newPerson('Debrief Dates');
    const use = await record(personId, { startedAt: ago(5) });
    const res = await as('senior').post(debriefUrl(use.id), debrief('person', heldOn()));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([field]);
  });

  test('a debrief of a record unknown to the organisation answers 404', async () => {
    expect((await as('senior').post(debriefUrl(randomUUID()), debrief('person', dayAgo(0)))).statusCode).toBe(404);
  });
});

describe('trends by service, scoped to the reader', () => {
  let homePerson: string;
  beforeAll(async () => {
    homePerson = await newPerson('Trend Resident', 'home_senior', org.careHomeId);
    await record(homePerson, { kind: 'seclusion', durationMinutes: 20, startedAt: ago(1) }, 'home_senior');
    await record(homePerson, { kind: 'physical', durationMinutes: 5, startedAt: ago(2) }, 'home_senior');
  });

  const trends = (who: Who, query = '') => as(who).get(`/api/restrictive-interventions/trends${query}`);
  const serviceIds = (res: LightMyRequestResponse) => res.json<RestrictiveInterventionTrends>().services.map((s) => s.serviceId);

  test.each<[Who, () => string[]]>([
    ['carer', () => [org.homecareId]],
    ['manager', () => [org.homecareId]],
    ['home_manager', () => [org.careHomeId]],
    ['quality', () => [org.careHomeId, org.homecareId].sort()],
  ])('%s sees their own services', async (who, expected) => {
    const res = await trends(who);
    expect(res.statusCode, res.body).toBe(200);
    expect([...serviceIds(res)].sort()).toEqual(expected());
  });

  test('the care home’s months count its uses and minutes by kind', async () => {
    const res = await trends('home_manager', '?months=6');
    const body = res.json<RestrictiveInterventionTrends>();
    expect(body.months).toBe(6);
    const home = body.services[0]!;
    expect(home.trend.months).toHaveLength(6);
    const total = (k: 'seclusion' | 'physical') => home.trend.months.reduce((n, m) => n + m.byKind[k].count, 0);
    expect([total('seclusion'), total('physical')]).toEqual([1, 1]);
    expect(home.trend.months.reduce((n, m) => n + m.minutes, 0)).toBe(25);
    expect(home.trend.comparison).toMatchObject({ latest: 2, previous: 0, direction: 'too_few_to_say' });
  });

  test.each<[Who, number, () => string]>([
    ['carer', 403, () => org.careHomeId],
    ['home_manager', 200, () => org.careHomeId],
    ['quality', 200, () => org.careHomeId],
    ['senior', 404, () => other.homecareId],
    ['admin', 403, () => org.homecareId],
  ])('%s asking for one service → %i', async (who, status, serviceId) => {
    expect((await trends(who, `?serviceId=${serviceId()}`)).statusCode).toBe(status);
  });

  test('a reader with no part in restrictive interventions is refused, and asked-for spans are checked', async () => {
    expect((await trends('admin')).statusCode).toBe(403);
    const bad = await trends('quality', '?months=3');
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual(['months']);
  });

  test('each trends read is audited, without people', async () => {
    await trends('quality', `?serviceId=${org.careHomeId}`);
    const entries = await auditFor(org.careHomeId);
    const read = entries.filter((e) => e.action === 'restrictive_intervention.trends');
    expect(read.at(-1)).toMatchObject({ outcome: 'success', detail: { months: 12, services: [org.careHomeId], records: 2 } });
  });
});
