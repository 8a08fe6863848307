import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, signInAs, testPassword, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let admin: Agent;
let manager: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager' }));
});
afterAll(() => t.close());

const tokenOf = (link: string) => link.replace('/invitations/', '');
const signIn = (email: string, password = testPassword) => t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

describe('invitations', () => {
  test('an administrator invites; the link works once, with a password that meets the policy', async () => {
    const invite = await admin.post('/api/staff/invitations', { email: 'New.Carer@Test.Example', role: 'care_worker', serviceId: org.homecareId });
    expect(invite.statusCode).toBe(201);
    const { link, email } = invite.json();
    expect(email).toBe('new.carer@test.example');
    const token = tokenOf(link);

    const info = await t.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(info.json()).toMatchObject({ email, role: 'care_worker', organisationName: 'Test Care Ltd', serviceName: 'Test Care Ltd Homecare' });

    const weak = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: { name: 'Nia Carer', password: 'password1234' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'password_policy', errors: [{ field: 'password' }] });
    const short = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: { name: 'Nia Carer', password: 'short' } });
    expect(short.json().errors[0].message).toMatch(/at least 12 characters/);

    const accepted = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: { name: 'Nia Carer', password: 'walnut ferry biscuit' } });
    expect(accepted.statusCode).toBe(204);
    const again = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept`, payload: { name: 'Someone Else', password: 'walnut ferry biscuit' } });
    expect(again.statusCode).toBe(410);
    expect((await signIn(email, 'walnut ferry biscuit')).json()).toMatchObject({ status: 'signed_in', me: { name: 'Nia Carer' } });
  });

  test('an invitation expires', async () => {
    const { link } = (await admin.post('/api/staff/invitations', { email: 'late@test.example', role: 'care_worker', serviceId: org.homecareId })).json();
    t.clock.advance(73 * 3600_000);
    try {
      const res = await t.app.inject({ method: 'GET', url: `/api/invitations/${tokenOf(link)}` });
      expect(res.statusCode).toBe(410);
      expect(res.json().code).toBe('invitation_invalid');
    } finally {
      t.clock.advance(-73 * 3600_000);
    }
  });

  test('a made-up token and an email already in use are refused', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/invitations/${'x'.repeat(43)}` })).statusCode).toBe(410);
    const existing = await buildStaff(t.db, org);
    const dup = await admin.post('/api/staff/invitations', { email: existing.email, role: 'care_worker', serviceId: null });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors[0].field).toBe('email');
  });

  test('only an administrator may invite', async () => {
    const res = await manager.post('/api/staff/invitations', { email: 'x@test.example', role: 'care_worker', serviceId: null });
    expect(res.statusCode).toBe(403);
  });
});

describe('managing staff', () => {
  test('assigning roles replaces the grants, keeps the old ones as history, and asks the person to sign in again', async () => {
    const staff = await buildStaff(t.db, org, { role: 'care_worker' });
    const agent = await signInAs(t.app, staff);
    const res = await admin.put(`/api/staff/${staff.id}/grants`, { grants: [{ role: 'senior_care_worker', serviceId: org.careHomeId }] });
    expect(res.statusCode).toBe(204);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
    const me = (await signIn(staff.email)).json().me;
    expect(me.grants).toEqual([{ role: 'senior_care_worker', serviceId: org.careHomeId, serviceName: 'Test Care Ltd Care Home' }]);
    const all = await asOwner(t.db, (c) => c.query('SELECT role, revoked_at IS NOT NULL AS revoked FROM staff_grants WHERE staff_id = $1 ORDER BY granted_at', [staff.id]));
    expect(all.rows).toEqual([{ role: 'care_worker', revoked: true }, { role: 'senior_care_worker', revoked: false }]);
  });

  test('resetting the second factor makes the next sign-in enrol a new authenticator', async () => {
    const target = await buildStaff(t.db, org, { role: 'registered_manager', totpSecret: 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU' });
    expect((await signIn(target.email)).json().status).toBe('mfa_required');
    expect((await admin.post(`/api/staff/${target.id}/mfa-reset`)).statusCode).toBe(204);
    expect((await signIn(target.email)).json().status).toBe('mfa_enrolment_required');
  });

  test('deactivating keeps the account and its entries, ends its sessions and stops sign-in', async () => {
    const staff = await buildStaff(t.db, org);
    const agent = await signInAs(t.app, staff);
    expect((await admin.post(`/api/staff/${staff.id}/deactivate`)).statusCode).toBe(204);
    expect((await agent.get('/api/people')).statusCode).toBe(401);
    expect((await signIn(staff.email)).statusCode).toBe(401);
    const listed = (await admin.get('/api/staff')).json().find((s: { id: string }) => s.id === staff.id);
    expect(listed).toMatchObject({ status: 'deactivated' });
    expect(listed.deactivatedAt).not.toBeNull();
  });

  test('an administrator cannot deactivate themselves', async () => {
    const me = (await admin.get('/api/auth/me')).json();
    expect((await admin.post(`/api/staff/${me.staffId}/deactivate`)).statusCode).toBe(409);
  });

  test('a registered manager may list staff but not change them', async () => {
    expect((await manager.get('/api/staff')).statusCode).toBe(200);
    const staff = await buildStaff(t.db, org);
    expect((await manager.post(`/api/staff/${staff.id}/deactivate`)).statusCode).toBe(403);
  });

  test('staff in another organisation are not found', async () => {
    const other = await buildOrganisation(t.db, 'Other Ltd');
    const theirs = await buildStaff(t.db, other);
    expect((await admin.post(`/api/staff/${theirs.id}/deactivate`)).statusCode).toBe(404);
    expect((await admin.put(`/api/staff/${theirs.id}/grants`, { grants: [{ role: 'care_worker', serviceId: null }] })).statusCode).toBe(404);
  });

  test('a grant naming a service of another organisation is refused, naming the field', async () => {
    const other = await buildOrganisation(t.db, 'Third Ltd');
    const staff = await buildStaff(t.db, org);
    const res = await admin.put(`/api/staff/${staff.id}/grants`, { grants: [{ role: 'care_worker', serviceId: other.homecareId }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'grants.0.serviceId', message: 'Choose a service' }]);
  });
});

describe('services', () => {
  test('an administrator adds a care home; a care worker sees only their own service', async () => {
    const created = await admin.post('/api/services', { name: 'Willow Court', kind: 'care_home' });
    expect(created.statusCode).toBe(201);
    const carer = await signInAs(t.app, await buildStaff(t.db, org));
    expect((await carer.get('/api/services')).json().map((s: { id: string }) => s.id)).toEqual([org.homecareId]);
    expect((await carer.post('/api/services', { name: 'Mine', kind: 'homecare' })).statusCode).toBe(403);
  });
});
