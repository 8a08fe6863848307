import type { DataRequest, DataRequestExport, DataRequestList, DataRequestReport } from '@hearth/core';
import { unzipSync, strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let managerStaff: TestStaff;
let manager: Agent;
let careHomeManager: Agent;
let quality: Agent;
let carer: Agent;
let senior: Agent;
let admin: Agent;
let otherManager: Agent;
let edith: string;
let alf: string;
let nora: string;
let careHomePerson: string;

const hour = 3_600_000;
const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };
const hoursAgo = (h: number) => new Date(t.clock.now().getTime() - h * hour).toISOString();

beforeAll(async () => {
  // Sessions outlive the hours the clock is moved on here, so the countdown can be watched with one sign-in.
  t = await createTestApp({ IDLE_TIMEOUT_MINUTES: '100000', SESSION_LIFETIME_HOURS: '10000' });
  org = await buildOrganisation(t.db);
  other = await buildOrganisation(t.db, 'Elsewhere Care');
  managerStaff = await buildStaff(t.db, org, { role: 'registered_manager', name: 'Mo Manager' });
  manager = await signInAs(t.app, managerStaff);
  careHomeManager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
  const person = async (serviceId: string, legalName: string) => (await admin.post('/api/people', personBody(serviceId, { legalName, accessDetails: undefined }))).json().id as string;
  // Edith's entry holds key-safe details (the manager may record them): they must never reach a bundle.
  edith = (await manager.post('/api/people', personBody(org.homecareId, { legalName: 'Edith Clarke' }))).json().id as string;
  alf = await person(org.homecareId, 'Alf Ŵyn Roberts');
  nora = await person(org.homecareId, 'Nora Notasked');
  careHomePerson = await person(org.careHomeId, 'Cora Home');
  await manager.put(`/api/people/${edith}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
  expect((await manager.post(`/api/people/${edith}/care-plan/draft/agree`, { revision: 1, agreement })).statusCode).toBe(200);
  await visitRecord(edith, 2, 'Edith said she felt bright today');
  await visitRecord(edith, 40 * 24, 'A visit from long ago');
  await visitRecord(nora, 3, 'Nora private words');
});
afterAll(() => t.close());

/** A visit record written straight to the table, `hoursBack` hours ago, with the mood in the person's words. */
async function visitRecord(personId: string, hoursBack: number, mood: string): Promise<void> {
  await asOwner(t.db, (c) => c.query(
    `INSERT INTO visit_records (organisation_id, service_id, person_id, client_id, kind, visit_label, arrived_at, left_at, content, recorded_by)
     VALUES ($1, $2, $3, gen_random_uuid(), 'visit', 'Morning visit', now() - make_interval(hours => $4), now() - make_interval(hours => $4) + interval '30 minutes', $5, $6)`,
    [org.id, org.homecareId, personId, hoursBack,
      JSON.stringify({ tasks: [], foodAndFluid: { ate: 'most', drankMl: 200, notes: null }, personalCare: null, mood, wellbeing: null, concerns: [] }), managerStaff.id],
  ));
}

const requestBody = (change: Record<string, unknown> = {}) => ({
  serviceId: org.homecareId,
  requester: { name: 'Priya Shah', organisation: 'Leeds City Council', role: 'social_care_professional', email: 'priya.shah@leeds.example' },
  personIds: [edith, alf],
  whatAsked: 'Visit records and the current plan, for a safeguarding enquiry',
  receivedAt: hoursAgo(1),
  ...change,
});
const create = async (agent: Agent, change: Record<string, unknown> = {}) => {
  const res = await agent.post('/api/data-requests', requestBody(change));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<DataRequest>();
};
const errorsOf = async (agent: Agent, change: Record<string, unknown>) => {
  const res = await agent.post('/api/data-requests', requestBody(change));
  expect(res.statusCode, res.body).toBe(400);
  return res.json<{ errors: { field: string; message: string }[] }>().errors;
};
const listed = async (id: string) => (await manager.get('/api/data-requests?status=all')).json<DataRequestList>().requests.find((r) => r.id === id);

describe('logging a request and watching its deadline', () => {
  test('due 24 hours after receipt by default, open, with time left that shrinks, warns under 4 hours, then is overdue', async () => {
    const received = hoursAgo(1);
    const created = await create(manager, { receivedAt: received, requester: { name: 'Priya Shah', organisation: 'Leeds City Council', role: 'monitoring_officer', email: 'p@leeds.example', phone: '0113 000 0000' } });
    expect(created).toMatchObject({
      serviceId: org.homecareId, status: 'open', peopleCount: 2, closedAt: null, responseMinutes: null,
      requester: { role: 'monitoring_officer', phone: '0113 000 0000' },
      createdBy: { id: managerStaff.id, name: 'Mo Manager' },
    });
    expect(created.dueAt).toBe(new Date(Date.parse(received) + 24 * hour).toISOString());
    expect(created.people.map((p) => p.legalName)).toEqual(['Alf Ŵyn Roberts', 'Edith Clarke']);
    expect(created.history).toEqual([expect.objectContaining({ id: created.latestUpdateId, status: 'open', method: null, note: null })]);
    expect(created.timeLeft).toMatchObject({ state: 'on_time', minutesOverdue: 0 });
    expect(created.timeLeft!.minutesLeft).toBeLessThanOrEqual(23 * 60);
    expect(created.timeLeft!.minutesLeft).toBeGreaterThan(23 * 60 - 5);

    t.clock.advance(18 * hour);
    expect((await listed(created.id))?.timeLeft).toMatchObject({ state: 'on_time' });
    t.clock.advance(1.5 * hour);
    const warned = await listed(created.id);
    expect(warned?.timeLeft?.state).toBe('under_4_hours');
    expect(warned?.timeLeft?.minutesLeft).toBeLessThan(4 * 60);
    t.clock.advance(4 * hour);
    expect((await listed(created.id))?.timeLeft).toMatchObject({ state: 'overdue', minutesLeft: 0 });
    expect((await listed(created.id))?.timeLeft?.minutesOverdue).toBeGreaterThanOrEqual(30);
  });

  test('the list puts open requests first by deadline; closed ones follow; the open filter leaves them out', async () => {
    const later = await create(manager, { receivedAt: hoursAgo(1) });
    const sooner = await create(manager, { receivedAt: hoursAgo(1), dueAt: new Date(t.clock.now().getTime() + 2 * hour).toISOString() });
    const closed = await create(manager, { receivedAt: hoursAgo(2) });
    await manager.post(`/api/data-requests/${closed.id}/updates`, { status: 'withdrawn', note: 'No longer needed', latestUpdateId: closed.latestUpdateId });
    const all = (await manager.get('/api/data-requests?status=all')).json<DataRequestList>().requests.map((r) => r.id);
    expect(all.indexOf(sooner.id)).toBeLessThan(all.indexOf(later.id));
    expect(all.indexOf(later.id)).toBeLessThan(all.indexOf(closed.id));
    const open = (await manager.get('/api/data-requests')).json<DataRequestList>().requests;
    expect(open.every((r) => r.status === 'open')).toBe(true);
    expect(open.map((r) => r.id)).not.toContain(closed.id);
    expect((await manager.get('/api/data-requests?status=closed')).json<DataRequestList>().requests.map((r) => r.id)).toContain(closed.id);
  });

  test('field errors: people outside the service, a future receipt, a late deadline with no reason, a bad email', async () => {
    expect(await errorsOf(manager, { personIds: [edith, careHomePerson] })).toEqual([{ field: 'personIds.1', message: 'Choose someone supported by this service' }]);
    expect(await errorsOf(manager, { personIds: [crypto.randomUUID()] })).toEqual([{ field: 'personIds.0', message: 'Choose someone supported by this service' }]);
    expect(await errorsOf(manager, { receivedAt: hoursAgo(-1) })).toEqual([{ field: 'receivedAt', message: 'When the request was received must be now or in the past' }]);
    const received = hoursAgo(1);
    expect(await errorsOf(manager, { receivedAt: received, dueAt: new Date(Date.parse(received) + 48 * hour).toISOString() })).toEqual([
      { field: 'dueReason', message: 'Say why the deadline is later than 24 hours after receipt, for example what was agreed with the requester' },
    ]);
    const errs = await errorsOf(manager, { requester: { name: '', organisation: 'Leeds', role: 'social_care_professional', email: 'nope' }, personIds: [] });
    expect(errs.map((e) => e.field).sort()).toEqual(['personIds', 'requester.email', 'requester.name']);
    expect(await errorsOf(manager, { serviceId: other.homecareId })).toEqual([{ field: 'serviceId', message: 'Choose the service' }]);

    const agreed = await create(manager, { receivedAt: received, dueAt: new Date(Date.parse(received) + 72 * hour).toISOString(), dueReason: 'Priya agreed three days' });
    expect(agreed.history[0]?.note).toBe('Priya agreed three days');
  });
});

describe('answering a request by export bundle', () => {
  test('the bundle holds each named person’s record, plan and recent visits, and nothing about anyone else', async () => {
    const request = await create(manager, { receivedAt: hoursAgo(3) });
    const made = await manager.post(`/api/data-requests/${request.id}/exports`);
    expect(made.statusCode, made.body).toBe(201);
    const bundle = made.json<DataRequestExport>();
    expect(bundle).toMatchObject({ mediaType: 'application/zip', personIds: [edith, alf], createdBy: { name: 'Mo Manager' } });

    const file = await manager.get(`/api/record-exports/${bundle.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/zip');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="${bundle.fileName}"`);
    expect(file.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(createHash('sha256').update(file.rawPayload).digest('hex')).toBe(bundle.sha256);

    const files = unzipSync(new Uint8Array(file.rawPayload));
    expect(Object.keys(files).sort()).toEqual([
      '01-edith-clarke/care-plan.json', '01-edith-clarke/care-plan.txt', '01-edith-clarke/record.json',
      '01-edith-clarke/visit-records.json', '01-edith-clarke/visit-records.txt',
      '02-alf-wyn-roberts/care-plan.json', '02-alf-wyn-roberts/care-plan.txt', '02-alf-wyn-roberts/record.json',
      '02-alf-wyn-roberts/visit-records.json', '02-alf-wyn-roberts/visit-records.txt',
      'README.txt',
    ]);
    const text = (name: string) => strFromU8(files[name]!);
    expect(text('README.txt')).toContain('Asked by: Priya Shah, Social care professional, Leeds City Council');
    expect(JSON.parse(text('01-edith-clarke/record.json'))).toMatchObject({ legalName: 'Edith Clarke', contacts: [{ name: 'Ray Clarke' }] });
    expect(text('01-edith-clarke/record.json')).not.toContain('keySafe');
    expect(JSON.parse(text('01-edith-clarke/care-plan.json'))).toMatchObject({ version: 1 });
    expect(text('01-edith-clarke/visit-records.txt')).toContain('Mood, in their words: Edith said she felt bright today');
    expect(text('01-edith-clarke/visit-records.json')).not.toContain('A visit from long ago');
    expect(JSON.parse(text('02-alf-wyn-roberts/care-plan.json'))).toBeNull();
    expect(text('02-alf-wyn-roberts/visit-records.txt')).toContain('No visits or shifts were recorded');
    const everything = Object.values(files).map((f) => strFromU8(f)).join('\n');
    expect(everything).not.toContain('Nora');
    expect(everything).not.toContain(nora);
    expect(everything).not.toContain('Key safe by the back door');

    const log = await asOwner(t.db, async (c) => (await c.query<{ action: string; detail: { personIds?: string[] } }>(
      "SELECT action, detail FROM audit_log WHERE resource_type = 'record_export' AND resource_id = $1 AND outcome = 'success' ORDER BY chain_seq",
      [bundle.id],
    )).rows);
    expect(log.map((l) => [l.action, l.detail.personIds])).toEqual([['record_export.create', [edith, alf]], ['record_export.download', [edith, alf]]]);
  });

  test('answered by export: the response time is recorded and judged against the deadline; answered is final', async () => {
    const request = await create(manager, { receivedAt: hoursAgo(21) });
    const bundle = (await manager.post(`/api/data-requests/${request.id}/exports`)).json<DataRequestExport>();
    const answered = await manager.post(`/api/data-requests/${request.id}/updates`, { status: 'answered', method: 'export', exportId: bundle.id, note: 'Sent by secure email', latestUpdateId: request.latestUpdateId });
    expect(answered.statusCode, answered.body).toBe(201);
    const closed = answered.json<DataRequest>();
    expect(closed).toMatchObject({ status: 'answered', timeLeft: null, respondedInTime: true, exports: [{ id: bundle.id }] });
    expect(closed.responseMinutes).toBeGreaterThanOrEqual(21 * 60);
    expect(closed.responseMinutes).toBeLessThan(21 * 60 + 5);
    expect(closed.history.map((h) => [h.status, h.method, h.exportId])).toEqual([['answered', 'export', bundle.id], ['open', null, null]]);

    const again = await manager.post(`/api/data-requests/${request.id}/updates`, { status: 'withdrawn', latestUpdateId: closed.latestUpdateId });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'record_read_only', detail: 'This request is answered and cannot be changed; log a new request if more is asked' });
    expect((await manager.post(`/api/data-requests/${request.id}/exports`)).json()).toMatchObject({ code: 'record_read_only' });
  });

  test('an answer names a bundle made for this request; a stale update is refused; declining needs a reason', async () => {
    const first = await create(manager);
    const second = await create(manager);
    const bundle = (await manager.post(`/api/data-requests/${first.id}/exports`)).json<DataRequestExport>();
    const wrong = await manager.post(`/api/data-requests/${second.id}/updates`, { status: 'answered', method: 'export', exportId: bundle.id, latestUpdateId: second.latestUpdateId });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'exportId', message: 'Choose an export bundle made for this request' }]);

    const stale = await manager.post(`/api/data-requests/${second.id}/updates`, { status: 'declined', note: 'Not ours', latestUpdateId: first.latestUpdateId });
    expect(stale.json()).toMatchObject({ code: 'conflict_stale_version' });
    const noReason = await manager.post(`/api/data-requests/${second.id}/updates`, { status: 'declined', latestUpdateId: second.latestUpdateId });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ field: 'note', message: 'Say why the request was declined' }]);
    const byPhone = await manager.post(`/api/data-requests/${second.id}/updates`, { status: 'answered', method: 'other', note: 'Read the visit notes to Priya by phone', latestUpdateId: second.latestUpdateId });
    expect(byPhone.statusCode, byPhone.body).toBe(201);
    expect(byPhone.json<DataRequest>()).toMatchObject({ status: 'answered', history: [{ method: 'other', note: 'Read the visit notes to Priya by phone' }, { status: 'open' }] });
  });
});

describe('the deadline report', () => {
  test('the share responded to within the deadline, and none when there are no requests', async () => {
    const serviceT = await asOwner(t.db, async (c) => (await c.query<{ id: string }>("INSERT INTO services (organisation_id, name, kind) VALUES ($1, 'Report branch', 'homecare') RETURNING id", [org.id])).rows[0]!.id);
    const reportManagerStaff = await buildStaff(t.db, org, { role: 'registered_manager', serviceId: serviceT });
    const reportManager = await signInAs(t.app, reportManagerStaff, t.clock.now);
    // A day past the clock's, so the period covers today wherever midnight falls in England.
    const today = new Date(t.clock.now().getTime() + 24 * hour).toISOString().slice(0, 10);
    const report = async () => {
      const res = await reportManager.get(`/api/data-requests/report?from=2020-01-01&to=${today}&serviceId=${serviceT}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<DataRequestReport>();
    };
    expect(await report()).toMatchObject({ received: 0, withinDeadline: null, medianResponseMinutes: null });

    const person = (await admin.post('/api/people', personBody(serviceT, { accessDetails: undefined }))).json().id as string;
    const make = (receivedHoursAgo: number) => create(reportManager, { serviceId: serviceT, personIds: [person], receivedAt: hoursAgo(receivedHoursAgo) });
    const inTime = await make(2);
    await reportManager.post(`/api/data-requests/${inTime.id}/updates`, { status: 'answered', method: 'other', note: 'By phone', latestUpdateId: inTime.latestUpdateId });
    const late = await make(30);
    await reportManager.post(`/api/data-requests/${late.id}/updates`, { status: 'declined', note: 'Not lawful to share', latestUpdateId: late.latestUpdateId });
    await make(26); // open and overdue: counts against the share
    await make(1); // open, not yet due: not judged
    const withdrawn = await make(5);
    await reportManager.post(`/api/data-requests/${withdrawn.id}/updates`, { status: 'withdrawn', latestUpdateId: withdrawn.latestUpdateId });

    expect(await report()).toMatchObject({
      received: 5, answered: 1, declined: 1, withdrawn: 1, responded: 2, respondedWithinDeadline: 1, stillOpen: 2, overdue: 1,
      withinDeadline: { outOf: 3, percentage: 33.3 },
    });
    const csv = await reportManager.get(`/api/data-requests/report.csv?from=2020-01-01&to=${today}&serviceId=${serviceT}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe('Service,Requester organisation,Requester role,People named,Received (UK time),Deadline (UK time),Status,Closed (UK time),Response time (minutes),Within deadline');
    expect(csv.body).not.toContain('Edith');
    const badPeriod = await reportManager.get('/api/data-requests/report?from=2026-02-01&to=2026-01-01');
    expect(badPeriod.json().errors).toEqual([{ field: 'to', message: 'The end of the period must be on or after its start' }]);
  });
});

describe('who may see and handle requests', () => {
  test.each([
    ['a care worker', 403, () => carer],
    ['a senior', 403, () => senior],
    ['an administrator', 403, () => admin],
    ['the manager of another service', 403, () => careHomeManager],
    ['a manager in another organisation', 404, () => otherManager],
    ['the quality lead', 200, () => quality],
  ] as const)('%s: reading, exporting, downloading and closing a request → %i', async (_who, expected, agent) => {
    const request = await create(manager);
    expect((await agent().get(`/api/data-requests/${request.id}`)).statusCode).toBe(expected);
    const exportRes = await agent().post(`/api/data-requests/${request.id}/exports`);
    expect(exportRes.statusCode).toBe(expected === 200 ? 201 : expected);
    const bundle = (await manager.post(`/api/data-requests/${request.id}/exports`)).json<DataRequestExport>();
    expect((await agent().get(`/api/record-exports/${bundle.id}/file`)).statusCode).toBe(expected);
    const update = await agent().post(`/api/data-requests/${request.id}/updates`, { status: 'withdrawn', latestUpdateId: request.latestUpdateId });
    expect(update.statusCode).toBe(expected === 200 ? 201 : expected);
  });

  test('logging for a service is refused to those who may not, and lists show only what the reader may see', async () => {
    expect((await careHomeManager.post('/api/data-requests', requestBody())).statusCode).toBe(403);
    expect((await carer.post('/api/data-requests', requestBody())).statusCode).toBe(403);
    expect((await otherManager.post('/api/data-requests', requestBody())).json().errors).toEqual([{ field: 'serviceId', message: 'Choose the service' }]);
    const mine = await create(manager);
    expect((await careHomeManager.get('/api/data-requests?status=all')).json<DataRequestList>().requests.map((r) => r.serviceId)).not.toContain(org.homecareId);
    expect((await quality.get('/api/data-requests?status=all')).json<DataRequestList>().requests.map((r) => r.id)).toContain(mine.id);
    expect((await otherManager.get('/api/data-requests?status=all')).json<DataRequestList>().requests).toEqual([]);
    expect((await careHomeManager.get(`/api/data-requests?serviceId=${org.homecareId}`)).statusCode).toBe(403);
    expect((await carer.get('/api/data-requests')).statusCode).toBe(403);
  });
});
