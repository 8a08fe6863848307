import type { AccessGrant, AccessGrantList, DataRequest, DataRequestReport, IssuedAccessGrant } from '@hearth/core';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadExternalIdentity } from '../auth/external-actor.js';
import { inTransaction } from '../db/transaction.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let managerStaff: TestStaff;
let manager: Agent;
let quality: Agent;
let carer: Agent;
let careHomeManager: Agent;
let otherManager: Agent;
let edith: string;
let alf: string;
let nora: string;

const hour = 3_600_000;
const day = 24 * hour;
const hoursAgo = (h: number) => new Date(t.clock.now().getTime() - h * hour).toISOString();
const fromNow = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString();

beforeAll(async () => {
  // Sessions outlive the days the clock is moved on here, so one sign-in sees a grant begin and end.
  t = await createTestApp({ IDLE_TIMEOUT_MINUTES: '100000', SESSION_LIFETIME_HOURS: '10000' });
  org = await buildOrganisation(t.db);
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  managerStaff = await buildStaff(t.db, org, { role: 'registered_manager', name: 'Mo Manager' });
  manager = await signInAs(t.app, managerStaff);
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  careHomeManager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
  const admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  const person = async (legalName: string) => (await admin.post('/api/people', personBody(org.homecareId, { legalName, accessDetails: undefined }))).json().id as string;
  edith = await person('Edith Clarke');
  alf = await person('Alf Roberts');
  nora = await person('Nora Notasked');
});
afterAll(() => t.close());

const openRequest = async (receivedHoursAgo = 2): Promise<DataRequest> => {
  const res = await manager.post('/api/data-requests', {
    serviceId: org.homecareId,
    requester: { name: 'Priya Shah', organisation: 'Leeds City Council', role: 'social_care_professional', email: 'priya.shah@leeds.example' },
    personIds: [edith, alf],
    whatAsked: 'Visit records and the plan, for a safeguarding enquiry',
    receivedAt: hoursAgo(receivedHoursAgo),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<DataRequest>();
};
const grantBody = (change: Record<string, unknown> = {}) => ({ personIds: [edith], parts: ['plan', 'daily_records'], expiresAt: fromNow(7 * day), ...change });
const give = async (requestId: string, change: Record<string, unknown> = {}, agent = manager) => {
  const res = await agent.post(`/api/data-requests/${requestId}/grants`, grantBody(change));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<IssuedAccessGrant>();
};
const errorsOf = async (requestId: string, change: Record<string, unknown>) => {
  const res = await manager.post(`/api/data-requests/${requestId}/grants`, grantBody(change));
  expect(res.statusCode, res.body).toBe(400);
  return res.json<{ errors: { field: string; message: string }[] }>().errors;
};

/** An outside sign-in linked to the grant as accepting its invitation would link it, written straight to the tables. */
async function officerAccountFor(issued: IssuedAccessGrant, email: string): Promise<string> {
  return asOwner(t.db, async (c) => {
    const account = (await c.query<{ id: string }>(
      `INSERT INTO external_accounts (organisation_id, email, name, password_hash) VALUES ($1, $2, $3, 'not-a-real-hash') RETURNING id`,
      [org.id, email, issued.grant.officerName],
    )).rows[0]!.id;
    const invitation = (await c.query<{ id: string }>('SELECT id FROM external_invitations WHERE grant_id = $1', [issued.grant.id])).rows[0]!.id;
    await c.query('INSERT INTO external_account_links (organisation_id, account_id, grant_id, invitation_id) VALUES ($1, $2, $3, $4)', [org.id, account, issued.grant.id, invitation]);
    await c.query('UPDATE external_invitations SET used_at = $2, used_by = $3 WHERE id = $1', [invitation, t.clock.now(), account]);
    return account;
  });
}
const accessOf = (accountId: string) =>
  inTransaction(t.db.pool, org.id, async (tx) => (await loadExternalIdentity(tx, accountId, t.clock.now()))?.actor.access ?? []);

const auditOf = (resourceId: string) => asOwner(t.db, async (c) => (await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
  'SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq', [resourceId],
)).rows);

describe('answering a request with an access grant', () => {
  test('the grant answers the request with its response time, and the invitation link is given once', async () => {
    const request = await openRequest(3);
    const issued = await give(request.id, { officerName: '', officerEmail: '' });
    expect(issued.invitation.link).toMatch(/^\/shared\/join\/[A-Za-z0-9_-]{43}$/);
    expect(issued.grant).toMatchObject({
      requestId: request.id, officerName: 'Priya Shah', officerEmail: 'priya.shah@leeds.example', parts: ['plan', 'daily_records'],
      people: [{ id: edith, legalName: 'Edith Clarke' }], state: 'active', acceptedAt: null, revocation: null, createdBy: { id: managerStaff.id, name: 'Mo Manager' },
    });
    expect(issued.request).toMatchObject({ status: 'answered', timeLeft: null, respondedInTime: true });
    expect(issued.request.responseMinutes).toBeGreaterThanOrEqual(3 * 60);
    expect(issued.request.responseMinutes).toBeLessThan(3 * 60 + 5);
    expect(issued.request.history.map((h) => [h.status, h.method, h.grantId])).toEqual([['answered', 'access_grant', issued.grant.id], ['open', null, null]]);
    // The invitation never outlives the 72-hour default, nor the grant.
    expect(Date.parse(issued.invitation.expiresAt)).toBeLessThanOrEqual(Date.parse(issued.grant.expiresAt));

    const listed = (await manager.get(`/api/data-requests/${request.id}/grants`)).json<AccessGrantList>();
    expect(listed.grants).toEqual([issued.grant]);
    expect(JSON.stringify(listed)).not.toContain(issued.invitation.link.split('/').pop());

    const requestLog = await auditOf(request.id);
    expect(requestLog.map((l) => [l.action, l.detail.method ?? null])).toContainEqual(['data_request.update', 'access_grant']);
    const grantLog = await auditOf(issued.grant.id);
    expect(grantLog).toEqual([expect.objectContaining({ action: 'data_request_grant.create', outcome: 'success', detail: expect.objectContaining({ personIds: [edith], parts: ['plan', 'daily_records'] }) })]);

    // Counted in the deadline report like any other answer.
    const today = new Date(t.clock.now().getTime() + day).toISOString().slice(0, 10);
    const report = (await manager.get(`/api/data-requests/report?from=2020-01-01&to=${today}&serviceId=${org.homecareId}`)).json<DataRequestReport>();
    expect(report.answered).toBeGreaterThanOrEqual(1);
    expect(report.respondedWithinDeadline).toBeGreaterThanOrEqual(1);
  });

  test('a short grant gives an invitation that ends with it; the officer named is the one invited', async () => {
    const request = await openRequest();
    const issued = await give(request.id, { officerName: 'Sam Patel', officerEmail: 'sam.patel@leeds.example', expiresAt: fromNow(2 * hour), parts: ['health'] });
    expect(issued.grant).toMatchObject({ officerName: 'Sam Patel', officerEmail: 'sam.patel@leeds.example', parts: ['health'] });
    expect(issued.invitation.expiresAt).toBe(issued.grant.expiresAt);
    const invitation = await asOwner(t.db, async (c) => (await c.query<{ email: string; name: string; contact_id: string | null }>(
      'SELECT email, name, contact_id FROM external_invitations WHERE grant_id = $1', [issued.grant.id],
    )).rows);
    expect(invitation).toEqual([{ email: 'sam.patel@leeds.example', name: 'Sam Patel', contact_id: null }]);
  });

  test('field errors: someone the request does not name, an end already past or too far off, no parts', async () => {
    const request = await openRequest();
    expect(await errorsOf(request.id, { personIds: [edith, nora] })).toEqual([{ field: 'personIds', message: 'Choose only people named in the request' }]);
    expect(await errorsOf(request.id, { expiresAt: hoursAgo(1) })).toEqual([{ field: 'expiresAt', message: 'The access must end in the future' }]);
    expect(await errorsOf(request.id, { expiresAt: fromNow(31 * day) })).toEqual([{ field: 'expiresAt', message: 'The access must end within 30 days' }]);
    expect((await errorsOf(request.id, { parts: [] })).map((e) => e.field)).toEqual(['parts']);
    // Nothing was written: the request is still open.
    expect((await manager.get(`/api/data-requests/${request.id}`)).json<DataRequest>().status).toBe('open');
    expect((await manager.get(`/api/data-requests/${request.id}/grants`)).json<AccessGrantList>().grants).toEqual([]);
  });

  test('a closed request takes no grant: 409 with a clear message', async () => {
    const request = await openRequest();
    await give(request.id);
    const again = await manager.post(`/api/data-requests/${request.id}/grants`, grantBody());
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'record_read_only', detail: 'This request is answered already, so it cannot be answered with an access grant; log a new request if more is asked' });
    const withdrawn = await openRequest();
    await manager.post(`/api/data-requests/${withdrawn.id}/updates`, { status: 'withdrawn', latestUpdateId: withdrawn.latestUpdateId });
    expect((await manager.post(`/api/data-requests/${withdrawn.id}/grants`, grantBody())).json()).toMatchObject({ code: 'record_read_only' });
  });

  test('answering by access grant through the general update is refused: the grant is the way', async () => {
    const request = await openRequest();
    const res = await manager.post(`/api/data-requests/${request.id}/updates`, { status: 'answered', method: 'access_grant', latestUpdateId: request.latestUpdateId });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'method', message: 'Answer with an access grant from the request’s page: giving the officer access records the answer' }]);
  });
});

describe('a grant ends on time, or at once when revoked', () => {
  test('access is there before the end, and gone at it', async () => {
    const request = await openRequest();
    const issued = await give(request.id, { personIds: [edith, alf], expiresAt: fromNow(2 * day) });
    const account = await officerAccountFor(issued, 'officer.timed@leeds.example');
    const before = await accessOf(account);
    expect(before.map((a) => [a.personId, a.parts, a.readOnly, a.relationship]).sort()).toEqual([
      [alf, ['plan', 'daily_records'], true, 'officer'], [edith, ['plan', 'daily_records'], true, 'officer'],
    ].sort());
    expect((await manager.get(`/api/data-requests/${request.id}/grants`)).json<AccessGrantList>().grants[0]?.acceptedAt).not.toBeNull();

    t.clock.advance(2 * day - 60_000);
    expect(await accessOf(account)).toHaveLength(2);
    t.clock.advance(60_000);
    expect(await accessOf(account)).toEqual([]);
    expect((await manager.get(`/api/data-requests/${request.id}/grants`)).json<AccessGrantList>().grants[0]?.state).toBe('expired');
    const late = await manager.post(`/api/data-requests/${request.id}/grants/${issued.grant.id}/revoke`, { reason: 'Tidying up' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ detail: 'This access has already ended, so there is nothing to revoke' });
  });

  test('revoking ends access at once, needs a reason, is audited, and is final', async () => {
    const request = await openRequest();
    const issued = await give(request.id);
    const account = await officerAccountFor(issued, 'officer.revoked@leeds.example');
    expect(await accessOf(account)).toHaveLength(1);

    const noReason = await manager.post(`/api/data-requests/${request.id}/grants/${issued.grant.id}/revoke`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ field: 'reason', message: 'Enter why the access is ended' }]);

    const revoked = await manager.post(`/api/data-requests/${request.id}/grants/${issued.grant.id}/revoke`, { reason: 'The enquiry has closed' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<AccessGrant>()).toMatchObject({ state: 'revoked', revocation: { reason: 'The enquiry has closed', revokedBy: { name: 'Mo Manager' } } });
    expect(await accessOf(account)).toEqual([]);

    const twice = await manager.post(`/api/data-requests/${request.id}/grants/${issued.grant.id}/revoke`, { reason: 'Again' });
    expect(twice.json()).toMatchObject({ code: 'record_read_only', detail: 'This access was already revoked' });
    expect((await auditOf(issued.grant.id)).map((l) => [l.action, l.outcome])).toEqual([['data_request_grant.create', 'success'], ['data_request_grant.revoke', 'success']]);
    // A grant of another request cannot be reached through this one.
    const elsewhere = await openRequest();
    expect((await manager.post(`/api/data-requests/${elsewhere.id}/grants/${issued.grant.id}/revoke`, { reason: 'Wrong request' })).statusCode).toBe(404);
  });
});

describe('who may give, see and revoke grants', () => {
  test.each([
    ['a care worker', 403, () => carer],
    ['the manager of another service', 403, () => careHomeManager],
    ['a manager in another organisation', 404, () => otherManager],
    ['the quality lead', 201, () => quality],
  ] as const)('%s → %i', async (_who, expected, agent) => {
    const request = await openRequest();
    const res = await agent().post(`/api/data-requests/${request.id}/grants`, grantBody());
    expect(res.statusCode).toBe(expected);
    expect((await agent().get(`/api/data-requests/${request.id}/grants`)).statusCode).toBe(expected === 201 ? 200 : expected);
    if (expected !== 201) {
      expect((await manager.get(`/api/data-requests/${request.id}`)).json<DataRequest>().status).toBe('open');
      const refused = await auditOf(request.id);
      expect(refused.some((l) => l.action === 'data_request_grant.create' && l.outcome === 'refused')).toBe(true);
    }
  });
});

describe('the person’s copy of their record', () => {
  test('a subject access export lists each grant naming them: who, their organisation, which parts, from when until when', async () => {
    const request = await openRequest();
    const issued = await give(request.id, { personIds: [alf], officerName: 'Tariq Khan', parts: ['health'] });
    await manager.post(`/api/data-requests/${request.id}/grants/${issued.grant.id}/revoke`, { reason: 'Sent in error' });
    const made = await manager.post(`/api/people/${alf}/subject-access-exports`);
    expect(made.statusCode, made.body).toBe(201);
    const file = await manager.get(`/api/record-exports/${made.json<{ id: string }>().id}/file`);
    const files = unzipSync(new Uint8Array(file.rawPayload));
    const { disclosures } = JSON.parse(new TextDecoder().decode(files['disclosures.json'])) as { disclosures: { who: string; kind: string; what: string; action: string }[] };
    // Alf was in earlier grants to Priya too; this one is Tariq's.
    const grants = disclosures.filter((d) => d.action.startsWith('data_request_grant.') && d.what.includes('Tariq Khan'));
    expect(grants).toEqual([expect.objectContaining({ who: 'Mo Manager', kind: 'shared', action: 'data_request_grant.create' })]);
    expect(grants[0]?.what).toMatch(/^Gave Tariq Khan \(Leeds City Council\) read-only access to: health information; from .* until .* \(UK time\); ended early on /);
    // Edith was not in this grant, so her copy does not name it.
    const edithExport = await manager.post(`/api/people/${edith}/subject-access-exports`);
    const edithFiles = unzipSync(new Uint8Array((await manager.get(`/api/record-exports/${edithExport.json<{ id: string }>().id}/file`)).rawPayload));
    expect(new TextDecoder().decode(edithFiles['disclosures.json'])).not.toContain('Tariq Khan');
  });
});
