import type { VisitAttention, VisitEscalation, VisitEscalationList, VisitRecord } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { atMorning, personWithVisits, visitBody, yesterdayOf } from '../test/visit-fixtures.js';

let t: TestApp;
let org: TestOrganisation;
let carer: Agent;
let senior: Agent;
let manager: Agent;
let careHomeSenior: Agent;
let quality: Agent;
let otherManager: Agent;

const yesterday = () => yesterdayOf(londonDate(t.clock.now()));

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', name: 'Cara Carer' }));
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', name: 'Mo Manager' }));
  careHomeSenior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
});
afterAll(() => t.close());

const escalations = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/visit-escalations${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<VisitEscalationList>().escalations;
};
const update = (agent: Agent, id: string, body: Record<string, unknown>) => agent.post(`/api/visit-escalations/${id}/updates`, body);

describe('escalated concerns', () => {
  test('a concern marked to escalate reaches the senior, who acknowledges and then resolves it with a note', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Esme Escalate');
    const created = (await carer.post(`/api/people/${personId}/visit-records`, visitBody(yesterday()))).json<VisitRecord>();
    // Only the concern marked to escalate is escalated.
    expect(created.escalations.map((e) => e.concern)).toEqual(['Red mark on left heel']);
    const id = created.escalations[0]!.id;

    const open = (await escalations(senior)).find((e) => e.id === id);
    expect(open).toMatchObject({
      recordId: created.id, serviceId: org.homecareId, person: { id: personId, legalName: 'Esme Escalate' },
      concern: 'Red mark on left heel', raisedBy: { name: 'Cara Carer' }, status: 'open', latestUpdateId: null, history: [],
    });
    expect((await escalations(manager)).map((e) => e.id)).toContain(id);

    const acknowledged = await update(senior, id, { status: 'acknowledged', note: 'Calling the district nurse', latestUpdateId: null });
    expect(acknowledged.statusCode, acknowledged.body).toBe(201);
    const ack = acknowledged.json<VisitEscalation>();
    expect(ack).toMatchObject({ status: 'acknowledged', history: [{ status: 'acknowledged', note: 'Calling the district nurse', updatedBy: { name: 'Sam Senior' } }] });

    // Written against the state before the acknowledgement: refused, so nobody resolves blind.
    const stale = await update(manager, id, { status: 'resolved', note: 'Done', latestUpdateId: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'conflict_stale_version' });
    const noNote = await update(senior, id, { status: 'resolved', note: '', latestUpdateId: ack.latestUpdateId });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json()).toMatchObject({ errors: [{ field: 'note', message: 'Say what was done to resolve the concern' }] });
    const again = await update(senior, id, { status: 'acknowledged', latestUpdateId: ack.latestUpdateId });
    expect(again.json()).toMatchObject({ errors: [{ field: 'note', message: 'This concern is already acknowledged: add a note to record progress' }] });

    const resolved = await update(senior, id, { status: 'resolved', note: 'District nurse dressed the heel; cushion ordered', latestUpdateId: ack.latestUpdateId });
    expect(resolved.statusCode, resolved.body).toBe(201);
    const done = resolved.json<VisitEscalation>();
    expect(done.status).toBe('resolved');
    expect(done.history.map((h) => h.status)).toEqual(['resolved', 'acknowledged']);

    expect((await escalations(senior)).map((e) => e.id)).not.toContain(id);
    expect((await escalations(senior, '?status=all')).find((e) => e.id === id)?.status).toBe('resolved');
    const closed = await update(manager, id, { status: 'acknowledged', note: 'Reopen', latestUpdateId: done.latestUpdateId });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'record_read_only' });
    // The care worker sees the state on the record.
    expect((await carer.get(`/api/visit-records/${created.id}`)).json<VisitRecord>().escalations).toEqual([expect.objectContaining({ id, status: 'resolved' })]);
  });

  test('open ones come first, then acknowledged, then resolved', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Olive Order');
    const raise = async (text: string) =>
      (await carer.post(`/api/people/${personId}/visit-records`, visitBody(yesterday(), { content: { concerns: [{ text, escalate: true }] } }))).json<VisitRecord>().escalations[0]!.id;
    const first = await raise('First concern');
    const second = await raise('Second concern');
    const third = await raise('Third concern');
    expect((await update(senior, first, { status: 'acknowledged', latestUpdateId: null })).statusCode).toBe(201);
    expect((await update(senior, second, { status: 'resolved', note: 'Sorted', latestUpdateId: null })).statusCode).toBe(201);
    const mine = (await escalations(senior, '?status=all')).filter((e) => e.person.id === personId);
    expect(mine.map((e) => [e.concern, e.status])).toEqual([['Third concern', 'open'], ['First concern', 'acknowledged'], ['Second concern', 'resolved']]);
    expect((await escalations(senior, `?serviceId=${org.homecareId}`)).filter((e) => e.person.id === personId).map((e) => e.id)).toEqual([third, first]);
  });

  test('care workers and other services cannot work on them; the quality lead reads only; another organisation sees nothing', async () => {
    const personId = await personWithVisits(senior, org.homecareId, 'Acer Access');
    const id = (await carer.post(`/api/people/${personId}/visit-records`, visitBody(yesterday()))).json<VisitRecord>().escalations[0]!.id;
    expect((await carer.get('/api/visit-escalations')).statusCode).toBe(403);
    expect((await update(carer, id, { status: 'acknowledged', latestUpdateId: null })).statusCode).toBe(403);
    expect((await escalations(careHomeSenior)).map((e) => e.id)).not.toContain(id);
    expect((await careHomeSenior.get(`/api/visit-escalations?serviceId=${org.homecareId}`)).statusCode).toBe(403);
    expect((await update(careHomeSenior, id, { status: 'acknowledged', latestUpdateId: null })).statusCode).toBe(403);
    expect((await escalations(quality)).map((e) => e.id)).toContain(id);
    expect((await update(quality, id, { status: 'acknowledged', latestUpdateId: null })).statusCode).toBe(403);
    expect(await escalations(otherManager)).toEqual([]);
    expect((await update(otherManager, id, { status: 'acknowledged', latestUpdateId: null })).statusCode).toBe(404);
    expect((await otherManager.get(`/api/visit-escalations?serviceId=${org.homecareId}`)).statusCode).toBe(404);
  });
});

describe('visits needing attention', () => {
  test('yesterday\u2019s morning visits: on time is not listed, late and missed are, with how late', async () => {
    const onTime = await personWithVisits(senior, org.homecareId, 'Olga OnTime');
    const late = await personWithVisits(senior, org.homecareId, 'Lily Late');
    const missed = await personWithVisits(senior, org.homecareId, 'Mabel Missed');
    // A care home resident's plan has visits too, but a care home has no visits to miss.
    const resident = await personWithVisits(careHomeSenior, org.careHomeId, 'Rose Resident');
    const day = yesterday();
    expect((await carer.post(`/api/people/${onTime}/visit-records`, visitBody(day))).statusCode).toBe(201);
    expect((await carer.post(`/api/people/${late}/visit-records`, visitBody(day, { plannedFor: null, arrivedAt: atMorning(day, 60), leftAt: atMorning(day, 90) }))).statusCode).toBe(201);

    const res = await manager.get(`/api/visits/attention?date=${day}`);
    expect(res.statusCode, res.body).toBe(200);
    const attention = res.json<VisitAttention>();
    expect(attention).toMatchObject({ date: day, lateAfterMinutes: 30, missedAfterMinutes: 120 });
    const ours = attention.visits.filter((v) => [onTime, late, missed, resident].includes(v.person.id));
    expect(ours.map((v) => [v.kind, v.person.legalName, v.visitLabel, v.plannedFor, v.arrivedAt, v.serviceName])).toEqual([
      ['missed', 'Mabel Missed', 'Morning visit', atMorning(day), null, 'Test Care Ltd Homecare'],
      ['late', 'Lily Late', 'Morning visit', atMorning(day), atMorning(day, 60), 'Test Care Ltd Homecare'],
    ]);
    expect(ours[1]?.minutesLate).toBe(60);

    // Seniors of the service see the same; the quality lead too; a care home senior sees none of it; care workers may not ask.
    expect((await senior.get(`/api/visits/attention?date=${day}&serviceId=${org.homecareId}`)).json<VisitAttention>().visits.map((v) => v.person.id)).toContain(missed);
    expect((await quality.get(`/api/visits/attention?date=${day}`)).json<VisitAttention>().visits.map((v) => v.person.id)).toContain(late);
    expect((await careHomeSenior.get(`/api/visits/attention?date=${day}`)).json<VisitAttention>().visits).toEqual([]);
    expect((await carer.get('/api/visits/attention')).statusCode).toBe(403);
    expect((await otherManager.get(`/api/visits/attention?date=${day}`)).json<VisitAttention>().visits).toEqual([]);
    expect((await manager.get('/api/visits/attention?date=yesterday')).json()).toMatchObject({ errors: [{ field: 'date', message: 'Enter a real date' }] });
  });
});
