// Phones' outbox reports over HTTP: anyone who records visits reports what their phone holds unsent; the seniors
// and managers of a service see each entry about someone they support still unsent a day after it was saved, from
// each phone's newest report, with whose phone, who for and since when, and never a record's content.
import type { OutboxAttention, StaffRole } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

type Who = 'carer' | 'senior' | 'manager' | 'quality' | 'admin' | 'home_carer' | 'home_senior' | 'outsider';

let t: TestApp;
let org: TestOrganisation;
const agents = new Map<Who, Agent>();
const built = new Map<Who, Awaited<ReturnType<typeof buildStaff>>>();
let peggy = '';
let arthur = '';
let resident = '';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Outbox Test Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const add = async (who: Who, o: TestOrganisation, role: StaffRole, serviceId: string | null, name: string) => {
    const member = await buildStaff(t.db, o, { role, serviceId, name });
    built.set(who, member);
    agents.set(who, await signInAs(t.app, member, t.clock.now));
  };
  await add('carer', org, 'care_worker', org.homecareId, 'Carla Reid');
  await add('senior', org, 'senior_care_worker', org.homecareId, 'Sam Okafor');
  await add('manager', org, 'registered_manager', org.homecareId, 'Maya Patel');
  await add('quality', org, 'quality_lead', null, 'Quinn Lead');
  await add('admin', org, 'administrator', null, 'Ada Admin');
  await add('home_carer', org, 'care_worker', org.careHomeId, 'Olu Adeyemi');
  await add('home_senior', org, 'senior_care_worker', org.careHomeId, 'Grace Mensah');
  await add('outsider', other, 'senior_care_worker', other.homecareId, 'Otto Outside');
  const person = async (serviceId: string, legalName: string) =>
    (await as('admin').post('/api/people', personBody(serviceId, { legalName, preferredName: null, accessDetails: undefined }))).json<{ id: string }>().id;
  peggy = await person(org.homecareId, 'Margaret Thompson');
  arthur = await person(org.homecareId, 'Arthur Pickering');
  resident = await person(org.careHomeId, 'Stanley Whitaker');
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const hoursAgo = (h: number) => new Date(t.clock.now().getTime() - h * 3_600_000).toISOString();
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field);

function entry(personId: string, savedHoursAgo: number, state: 'waiting' | 'refused' = 'waiting') {
  return { clientId: randomUUID(), personId, savedAt: hoursAgo(savedHoursAgo), state, lastErrorCode: state === 'refused' ? 'validation' : null };
}

async function report(who: Who, deviceId: string, entries: ReturnType<typeof entry>[]) {
  const res = await as(who).post('/api/outbox-reports', { deviceId, entries });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; entries: number }>();
}

const attention = async (who: Who) => {
  const res = await as(who).get('/api/outbox-reports/attention');
  expect(res.statusCode, res.body).toBe(200);
  return res.json<OutboxAttention>().entries;
};

describe('a phone’s report of its unsent records', () => {
  const carlasPhone = randomUUID();
  const carlasOldPhone = randomUUID();
  let peggyLate: ReturnType<typeof entry>;
  let arthurRefused: ReturnType<typeof entry>;
  let residentLate: ReturnType<typeof entry>;

  test('the senior sees what has waited a day or more about people they support: whose phone, who for, since when', async () => {
    peggyLate = entry(peggy, 49);
    arthurRefused = entry(arthur, 26, 'refused');
    residentLate = entry(resident, 30);
    const receipt = await report('carer', carlasPhone, [entry(peggy, 1), peggyLate, arthurRefused, residentLate]);
    expect(receipt.entries).toBe(4);

    const seen = await attention('senior');
    expect(seen.map((e) => [e.clientId, e.person.legalName, e.staff.name, e.state, e.lastErrorCode])).toEqual([
      [peggyLate.clientId, 'Margaret Thompson', 'Carla Reid', 'waiting', null],
      [arthurRefused.clientId, 'Arthur Pickering', 'Carla Reid', 'refused', 'validation'],
    ]);
    expect(seen[0]).toMatchObject({ deviceId: carlasPhone, serviceId: org.homecareId, savedAt: peggyLate.savedAt });
    // The care home's senior sees only the resident's entry, reported from the homecare worker's phone.
    expect((await attention('home_senior')).map((e) => e.clientId)).toEqual([residentLate.clientId]);
  });

  test('a phone’s newest report stands for it: once sent, the entries leave the list; another phone’s stay', async () => {
    const oldPhoneEntry = entry(arthur, 72);
    await report('carer', carlasOldPhone, [oldPhoneEntry]);
    expect((await attention('manager')).map((e) => e.clientId)).toContain(oldPhoneEntry.clientId);
    await report('carer', carlasPhone, [entry(peggy, 1)]);
    expect((await attention('manager')).map((e) => e.clientId)).toEqual([oldPhoneEntry.clientId]);
    expect(await attention('home_senior')).toEqual([]);
    // Another worker's report from the same phone is that worker's own: it does not clear Carla's.
    await report('home_carer', carlasOldPhone, []);
    expect((await attention('manager')).map((e) => e.clientId)).toEqual([oldPhoneEntry.clientId]);
  });

  test.each<[Who, number, number]>([
    ['carer', 201, 403],
    ['senior', 201, 200],
    ['manager', 201, 200],
    ['quality', 403, 403],
    ['admin', 403, 403],
    ['home_carer', 201, 403],
    ['home_senior', 201, 200],
  ])('%s: report %i, attention %i', async (who, reportStatus, attentionStatus) => {
    expect((await as(who).post('/api/outbox-reports', { deviceId: randomUUID(), entries: [] })).statusCode).toBe(reportStatus);
    expect((await as(who).get('/api/outbox-reports/attention')).statusCode).toBe(attentionStatus);
  });

  test('another organisation sees none of it', async () => {
    expect((await as('outsider').get('/api/outbox-reports/attention')).json<OutboxAttention>().entries).toEqual([]);
  });

  test.each<[string, () => Record<string, unknown>, string[]]>([
    ['no phone id', () => ({ entries: [] }), ['deviceId']],
    ['an entry in no known state', () => ({ deviceId: randomUUID(), entries: [{ ...entry(peggy, 1), state: 'lost' }] }), ['entries.0.state']],
    ['an entry with no time', () => ({ deviceId: randomUUID(), entries: [{ ...entry(peggy, 1), savedAt: 'yesterday' }] }), ['entries.0.savedAt']],
  ])('refused with field errors: %s', async (_what, body, fields) => {
    const res = await as('carer').post('/api/outbox-reports', body());
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(fields);
  });

  test('what is kept and audited is ids, times and counts: a record’s content sent along is dropped', async () => {
    const phone = randomUUID();
    const res = await as('carer').post('/api/outbox-reports', {
      deviceId: phone,
      entries: [{ ...entry(peggy, 1), body: { content: { mood: 'Very low today' } } }],
    });
    expect(res.statusCode).toBe(201);
    const stored = await asOwner(t.db, async (c) =>
      (await c.query<{ body: unknown }>('SELECT body FROM outbox_reports WHERE device_id = $1', [phone])).rows,
    );
    expect(JSON.stringify(stored)).not.toContain('Very low');
    const audit = await asOwner(t.db, async (c) =>
      (await c.query<{ detail: Record<string, unknown> }>("SELECT detail FROM audit_log WHERE action = 'outbox_report.create' AND detail->>'deviceId' = $1", [phone])).rows,
    );
    expect(audit).toEqual([{ detail: { deviceId: phone, waiting: 1, refused: 0 } }]);
  });

  // Last, as it moves the clock on.
  test('as time passes an entry comes to need attention without a new report', async () => {
    const phone = randomUUID();
    const recent = entry(peggy, 20);
    await report('senior', phone, [recent]);
    expect((await attention('manager')).map((e) => e.clientId)).not.toContain(recent.clientId);
    // Five hours on, every session has timed out: the manager signs in again.
    t.clock.advance(5 * 3_600_000);
    agents.set('manager', await signInAs(t.app, built.get('manager')!, t.clock.now));
    expect((await attention('manager')).map((e) => e.clientId)).toContain(recent.clientId);
  });
});
