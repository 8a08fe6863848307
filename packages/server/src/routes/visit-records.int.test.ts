import type { PlannedVisits, VisitRecord, VisitRecordList } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { atMorning, morningStep, personWithVisits, sampleSectionKey, visitBody, yesterdayOf } from '../test/visit-fixtures.js';

let t: TestApp;
let org: TestOrganisation;
let carer: Agent;
let secondCarer: Agent;
let careHomeCarer: Agent;
let senior: Agent;
let quality: Agent;
let admin: Agent;
let otherManager: Agent;
let carerId: string;

const today = () => londonDate(t.clock.now());
const yesterday = () => yesterdayOf(today());

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const carerStaff = await buildStaff(t.db, org, { role: 'care_worker', name: 'Cara Carer' });
  carerId = carerStaff.id;
  carer = await signInAs(t.app, carerStaff);
  secondCarer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', name: 'Dev Carer' }));
  careHomeCarer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId }));
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
});
afterAll(() => t.close());

const record = (agent: Agent, personId: string, body: Record<string, unknown>) => agent.post(`/api/people/${personId}/visit-records`, body);
const storedCount = (clientId: unknown) =>
  asOwner(t.db, async (c) => Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM visit_records WHERE client_id = $1', [clientId])).rows[0]!.n));
const errorsOf = (res: LightMyRequestResponse) => {
  expect(res.statusCode, res.body).toBe(400);
  return res.json<{ errors: { field: string; message: string }[] }>().errors;
};

describe('planned visits', () => {
  test('the plan in use sets out the day\u2019s visits in order, each at its planned time with its tasks', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Peggy Planned', [
      { id: 'b1', when: 'Bedtime', time: null, what: 'Help me into bed' },
      morningStep,
      { id: 'm2', when: 'Morning visit', time: '08:30', what: 'Make porridge' },
    ]);
    const res = await carer.get(`/api/people/${personId}/visits/planned?date=2026-07-01`);
    expect(res.statusCode, res.body).toBe(200);
    const planned = res.json<PlannedVisits>();
    expect(planned).toMatchObject({ personId, date: '2026-07-01', kind: 'visit', planVersion: 1 });
    expect(planned.visits.map((v) => [v.label, v.time, v.plannedFor, v.tasks.map((s) => s.stepId)])).toEqual([
      ['Morning visit', '08:00', '2026-07-01T07:00:00.000Z', ['s1', 'm2']],
      ['Bedtime', '21:30', '2026-07-01T20:30:00.000Z', ['b1']],
    ]);
    expect(planned.visits[0]?.tasks[0]).toEqual({ stepId: 's1', sectionKey: sampleSectionKey(), what: morningStep.what, who: 'Care worker', time: '08:00' });
    // Today in England by default.
    expect((await carer.get(`/api/people/${personId}/visits/planned`)).json<PlannedVisits>().date).toBe(today());
  });

  test('a person with no plan in use has no planned visits; a date that is not real is refused', async () => {
    const personId = (await senior.post('/api/people', personBody(org.homecareId))).json().id as string;
    expect((await carer.get(`/api/people/${personId}/visits/planned`)).json<PlannedVisits>()).toMatchObject({ planVersion: null, visits: [] });
    expect(errorsOf(await carer.get(`/api/people/${personId}/visits/planned?date=2026-02-30`))).toEqual([{ field: 'date', message: 'Enter a real date' }]);
  });
});

describe('recording a visit', () => {
  test('a record is stored as sent and read back, by itself and in the person\u2019s list, and every read is audited', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Rita Record');
    const body = visitBody(yesterday());
    const res = await record(carer, personId, body);
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<VisitRecord>();
    expect(created).toMatchObject({
      clientId: body.clientId, personId, serviceId: org.homecareId, kind: 'visit', visitLabel: 'Morning visit', planVersion: 1,
      plannedFor: atMorning(yesterday()), arrivedAt: atMorning(yesterday(), 5), leftAt: atMorning(yesterday(), 40),
      recordedBy: { id: carerId, name: 'Cara Carer' }, addenda: [],
      escalations: [{ concern: 'Red mark on left heel', status: 'open' }],
    });
    expect(created.content.tasks).toEqual([{ stepId: 's1', sectionKey: sampleSectionKey(), what: morningStep.what, done: false, reason: 'declined', note: 'Wanted to stay in her dressing gown' }]);
    expect(created.content.mood).toBe('\u201cI feel chirpy today\u201d');

    const one = await carer.get(`/api/visit-records/${created.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json<VisitRecord>()).toEqual(created);
    const list = await carer.get(`/api/people/${personId}/visit-records`);
    expect(list.statusCode).toBe(200);
    expect(list.json<VisitRecordList>()).toMatchObject({ personId, to: today(), records: [created] });

    const log = await asOwner(t.db, async (c) => (await c.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE outcome = 'success' AND ((resource_type = 'visit_record' AND resource_id = $1) OR (resource_type = 'person' AND resource_id = $2 AND action LIKE 'visit_record.%')) ORDER BY chain_seq",
      [created.id, personId],
    )).rows.map((r) => r.action));
    expect(log).toEqual(['visit_record.create', 'visit_record.read', 'visit_record.list']);
  });

  test('a retry with the same client id is stored once and answers the stored record unchanged; a different record under it is refused', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Rory Retry');
    const body = visitBody(yesterday());
    const first = await record(carer, personId, body);
    expect(first.statusCode).toBe(201);
    t.clock.advance(60_000);
    const again = await record(carer, personId, body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await storedCount(body.clientId)).toBe(1);

    const changed = await record(carer, personId, { ...body, leftAt: atMorning(yesterday(), 45) });
    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toMatchObject({ code: 'conflict' });
    expect(await storedCount(body.clientId)).toBe(1);
  });

  test('two sends at once with the same client id store one record, and both answer it', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Connie Current');
    const body = visitBody(yesterday());
    const answers = await Promise.all([record(carer, personId, body), record(carer, personId, body), record(carer, personId, body)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 201]);
    expect(new Set(answers.map((a) => a.json<VisitRecord>().id)).size).toBe(1);
    expect(await storedCount(body.clientId)).toBe(1);
    const escalations = await asOwner(t.db, async (c) => (await c.query('SELECT 1 FROM visit_escalations WHERE person_id = $1', [personId])).rows.length);
    expect(escalations).toBe(1);
  });

  test('two care workers recording for the same person at once both land', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Tess Together');
    const [a, b] = await Promise.all([
      record(carer, personId, visitBody(yesterday(), { visitLabel: 'Morning visit' })),
      record(secondCarer, personId, visitBody(yesterday(), { visitLabel: 'Double-up', arrivedAt: atMorning(yesterday(), 6) })),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    const list = (await senior.get(`/api/people/${personId}/visit-records`)).json<VisitRecordList>();
    expect(list.records.map((r) => [r.visitLabel, r.recordedBy.name])).toEqual([['Double-up', 'Dev Carer'], ['Morning visit', 'Cara Carer']]);
  });

  test.each<[string, Record<string, unknown>, { field: string; message: string }[]]>([
    ['leaving before arriving', { leftAt: '2020-01-01T08:00:00Z', arrivedAt: '2020-01-01T09:00:00Z' }, [{ field: 'leftAt', message: 'The time of leaving must be after the time of arrival' }]],
    ['arriving tomorrow', { arrivedAt: '2099-01-01T08:00:00Z', leftAt: null }, [{ field: 'arrivedAt', message: 'The time of arrival cannot be in the future' }]],
    ['a shift in home care', { kind: 'shift' }, [{ field: 'kind', message: 'In home care, record a visit, not a shift' }]],
    ['a task not done with no reason', { content: { tasks: [{ stepId: 's1', sectionKey: 'personal_care', what: 'Wash', done: false }] } }, [{ field: 'content.tasks.0.reason', message: 'Choose why this task was not done: Wash' }]],
    ['a concern with no words', { content: { concerns: [{ text: ' ', escalate: true }] } }, [{ field: 'content.concerns.0.text', message: 'Enter the concern' }]],
  ])('%s gets a field error and stores nothing', async (_name, overrides, errors) => {
    const personId = await personWithVisits(senior, org.homecareId, 'Vera Valid');
    const body = visitBody(yesterday(), overrides);
    expect(errorsOf(await record(carer, personId, body))).toEqual(errors);
    expect(await storedCount(body.clientId)).toBe(0);
  });

  test('the list takes a range of days, and refuses one that runs backwards', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Lena List');
    await record(carer, personId, visitBody(yesterday()));
    const onlyToday = (await carer.get(`/api/people/${personId}/visit-records?from=${today()}&to=${today()}`)).json<VisitRecordList>();
    expect(onlyToday.records).toEqual([]);
    const both = (await carer.get(`/api/people/${personId}/visit-records?from=${yesterday()}&to=${today()}`)).json<VisitRecordList>();
    expect(both.records).toHaveLength(1);
    expect(errorsOf(await carer.get(`/api/people/${personId}/visit-records?from=${today()}&to=${yesterday()}`))).toEqual([
      { field: 'to', message: 'The last day must be the same as or after the first day' },
    ]);
  });
});

describe('a person whose support has ended', () => {
  test('takes no new records, but a retry of one stored before still answers it, and corrections can still be added', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Enid Ended');
    const body = visitBody(yesterday());
    const stored = (await record(carer, personId, body)).json<VisitRecord>();
    await asOwner(t.db, (c) => c.query("UPDATE people SET status = 'ended', status_date = CURRENT_DATE WHERE id = $1", [personId]));
    const refused = await record(carer, personId, visitBody(yesterday()));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'record_read_only' });
    expect((await record(carer, personId, body)).statusCode).toBe(200);
    expect((await carer.post(`/api/visit-records/${stored.id}/addenda`, { body: 'Written up late: she also had a bath.' })).statusCode).toBe(201);
  });
});

describe('corrections', () => {
  test('an addendum sits below the record, which stays exactly as written', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Ada Addendum');
    const created = (await record(carer, personId, visitBody(yesterday()))).json<VisitRecord>();
    const res = await carer.post(`/api/visit-records/${created.id}/addenda`, { body: 'She drank 300 ml, not 200 ml: a second cup before I left.' });
    expect(res.statusCode, res.body).toBe(201);
    const corrected = res.json<VisitRecord>();
    expect(corrected.addenda).toEqual([expect.objectContaining({ body: 'She drank 300 ml, not 200 ml: a second cup before I left.', author: { id: carerId, name: 'Cara Carer' } })]);
    expect({ ...corrected, addenda: [] }).toEqual(created);
    expect(corrected.content.foodAndFluid.drankMl).toBe(200);
    expect(errorsOf(await carer.post(`/api/visit-records/${created.id}/addenda`, { body: '  ' }))).toEqual([{ field: 'body', message: 'Enter the correction' }]);
  });
});

describe('who may record and read', () => {
  test('a care worker of another service is refused; the quality lead reads but does not write; the administrator is refused; another organisation sees nothing', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Aggie Access');
    const created = (await record(carer, personId, visitBody(yesterday()))).json<VisitRecord>();
    const routes = {
      list: `/api/people/${personId}/visit-records`,
      one: `/api/visit-records/${created.id}`,
      planned: `/api/people/${personId}/visits/planned`,
    };
    for (const url of Object.values(routes)) {
      expect((await careHomeCarer.get(url)).statusCode, url).toBe(403);
      expect((await quality.get(url)).statusCode, url).toBe(200);
      expect((await admin.get(url)).statusCode, url).toBe(403);
      expect((await otherManager.get(url)).statusCode, url).toBe(404);
    }
    expect((await record(careHomeCarer, personId, visitBody(yesterday()))).statusCode).toBe(403);
    expect((await record(quality, personId, visitBody(yesterday()))).statusCode).toBe(403);
    expect((await record(otherManager, personId, visitBody(yesterday()))).statusCode).toBe(404);
    expect((await quality.post(`/api/visit-records/${created.id}/addenda`, { body: 'A note' })).statusCode).toBe(403);
    expect((await otherManager.post(`/api/visit-records/${created.id}/addenda`, { body: 'A note' })).statusCode).toBe(404);
    // Refusals are audited too.
    const refused = await asOwner(t.db, async (c) => (await c.query("SELECT 1 FROM audit_log WHERE outcome = 'refused' AND action LIKE 'visit_record.%'")).rows.length);
    expect(refused).toBeGreaterThanOrEqual(12);
  });
});

describe('append-only', () => {
  test('records, addenda, escalations and their updates can be neither changed nor deleted, even by the database owner', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Kit Kept');
    const created = (await record(carer, personId, visitBody(yesterday()))).json<VisitRecord>();
    await carer.post(`/api/visit-records/${created.id}/addenda`, { body: 'A correction' });
    const escalationId = created.escalations[0]!.id;
    expect((await senior.post(`/api/visit-escalations/${escalationId}/updates`, { status: 'acknowledged', latestUpdateId: null })).statusCode).toBe(201);
    const attempt = (sql: string, id: string) => asOwner(t.db, (c) => c.query(sql, [id]));
    await expect(attempt("UPDATE visit_records SET content = '{}' WHERE id = $1", created.id)).rejects.toThrow();
    await expect(attempt('DELETE FROM visit_records WHERE id = $1', created.id)).rejects.toThrow();
    await expect(attempt("UPDATE visit_record_addenda SET body = 'changed' WHERE record_id = $1", created.id)).rejects.toThrow();
    await expect(attempt('DELETE FROM visit_record_addenda WHERE record_id = $1', created.id)).rejects.toThrow();
    await expect(attempt("UPDATE visit_escalations SET concern = 'changed' WHERE id = $1", escalationId)).rejects.toThrow();
    await expect(attempt('DELETE FROM visit_escalations WHERE id = $1', escalationId)).rejects.toThrow();
    await expect(attempt("UPDATE visit_escalation_updates SET note = 'changed' WHERE escalation_id = $1", escalationId)).rejects.toThrow();
    await expect(attempt('DELETE FROM visit_escalation_updates WHERE escalation_id = $1', escalationId)).rejects.toThrow();
    const still = (await carer.get(`/api/visit-records/${created.id}`)).json<VisitRecord>();
    expect(still.content).toEqual(created.content);
    expect(still.addenda.map((a) => a.body)).toEqual(['A correction']);
  });
});
