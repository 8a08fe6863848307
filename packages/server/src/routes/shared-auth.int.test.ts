import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { issueExternalInvitation } from '../auth/external-invitations.js';
import { inTransaction } from '../db/transaction.js';
import { demoPassword } from '../seed/demo-data.js';
import { seedDemoSharedSignIns } from '../seed/demo-shared-sign-ins.js';
import { buildOrganisation, buildStaff, personBody, signInAs, testPassword, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { buildContact, buildExternalAccount, decideSharing, sharedCookieFrom, signInShared, uniqueEmail } from '../test/shared-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';

let t: TestApp;
let org: TestOrganisation;
let seniorStaff: TestStaff;
let senior: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Shared Sign-in Care');
  seniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' });
  senior = await signInAs(t.app, seniorStaff);
});
afterAll(() => t.close());

async function newPerson(legalName: string): Promise<string> {
  const res = await senior.post('/api/people', personBody(org.homecareId, { legalName, preferredName: null }));
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

/** A family contact sharing the plan, with their own sign-in. */
async function readerOf(personId: string, email = uniqueEmail('reader')): Promise<{ email: string; contactId: string }> {
  const contact = await buildContact(t.db, org, { personId, createdBy: seniorStaff.id, email, name: 'Rita Reader' });
  await decideSharing(t.db, org, { personId, contactId: contact.id, recordedBy: seniorStaff.id, parts: ['plan'] });
  await buildExternalAccount(t.db, org, { email, name: 'Rita Reader', createdBy: seniorStaff.id, target: { contactId: contact.id } });
  return { email, contactId: contact.id };
}

function invite(contactId: string, email: string, name: string, now = t.clock.now()) {
  return inTransaction(t.db.pool, org.id, (tx) =>
    issueExternalInvitation(tx, t.config, { organisationId: org.id, email, name, target: { contactId }, createdBy: seniorStaff.id, now }));
}

const tokenOf = (link: string) => link.replace('/shared/join/', '');

describe('signing in', () => {
  test('the right password signs in and names the people within reach; wrong password and unknown email get the same answer', async () => {
    const personId = await newPerson('Edith Clarke');
    const { email } = await readerOf(personId);
    const ok = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email, password: testPassword } });
    expect(ok.statusCode).toBe(200);
    const session = ok.json<{ name: string; organisation: { name: string }; people: { personId: string; name: string; parts: string[] }[] }>();
    expect(session.name).toBe('Rita Reader');
    expect(session.organisation.name).toBe('Shared Sign-in Care');
    expect(session.people).toEqual([expect.objectContaining({ personId, name: 'Edith Clarke', parts: ['plan'], relationship: 'family' })]);

    const wrong = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email, password: 'not the password at all' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email: uniqueEmail('nobody'), password: 'not the password at all' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('invalid_credentials');
  });

  test('repeated wrong passwords lock the sign-in for a while, even against the right password', async () => {
    const { email } = await readerOf(await newPerson('Locked Person'));
    const statuses: number[] = [];
    for (let i = 0; i < t.config.lockoutThreshold; i++) {
      statuses.push((await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email, password: 'wrong wrong wrong' } })).statusCode);
    }
    expect(statuses.at(-1)).toBe(423);
    const right = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email, password: testPassword } });
    expect(right.statusCode).toBe(423);
    t.clock.advance(2 * 60_000);
    expect((await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email, password: testPassword } })).statusCode).toBe(200);
  });

  test('the shared cookie never works on staff routes, and a staff cookie never on shared routes', async () => {
    const personId = await newPerson('Cookie Person');
    const { email } = await readerOf(personId);
    const reader = await signInShared(t.app, email);
    expect((await reader.get('/api/shared/auth/session')).statusCode).toBe(200);
    expect((await reader.get(`/api/people/${personId}`)).statusCode).toBe(401);
    expect((await reader.get('/api/auth/me')).statusCode).toBe(401);
    expect((await senior.get('/api/shared/auth/session')).statusCode).toBe(401);
    expect((await senior.get(`/api/shared/people/${personId}`)).statusCode).toBe(401);
    expect((await senior.get('/api/shared/people')).statusCode).toBe(401);
  });

  test('signing out ends the session; a change without the CSRF token is refused', async () => {
    const { email } = await readerOf(await newPerson('Signout Person'));
    const reader = await signInShared(t.app, email);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-out', headers: { cookie: reader.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect((await reader.post('/api/shared/auth/sign-out')).statusCode).toBe(204);
    expect((await reader.get('/api/shared/auth/session')).statusCode).toBe(401);
  });
});

describe('invitations', () => {
  test('an invitation says who it is for; accepting makes the sign-in, signs in, and cannot be used again', async () => {
    const personId = await newPerson('Invited Person');
    const email = uniqueEmail('joiner');
    const contact = await buildContact(t.db, org, { personId, createdBy: seniorStaff.id, email, name: 'Jo Joiner' });
    await decideSharing(t.db, org, { personId, contactId: contact.id, recordedBy: seniorStaff.id, parts: ['plan', 'daily_records'] });
    const { link } = await invite(contact.id, email, 'Jo Joiner');
    const token = tokenOf(link);

    const info = await t.app.inject({ method: 'GET', url: `/api/shared/invitations/${token}` });
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({ name: 'Jo Joiner', email, organisationName: 'Shared Sign-in Care', people: ['Invited Person'], kind: 'contact', hasAccount: false });

    const weak = await t.app.inject({ method: 'POST', url: `/api/shared/invitations/${token}/accept`, payload: { password: 'password' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('password_policy');
    expect(weak.json().errors[0].field).toBe('password');

    const accepted = await t.app.inject({ method: 'POST', url: `/api/shared/invitations/${token}/accept`, payload: { password: 'kettle harbour meadow' } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().people).toEqual([expect.objectContaining({ personId, parts: ['plan', 'daily_records'] })]);
    const cookie = sharedCookieFrom(accepted);
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/people/${personId}`, headers: { cookie } })).statusCode).toBe(200);

    expect((await t.app.inject({ method: 'GET', url: `/api/shared/invitations/${token}` })).statusCode).toBe(404);
    const again = await t.app.inject({ method: 'POST', url: `/api/shared/invitations/${token}/accept`, payload: { password: 'kettle harbour meadow' } });
    expect(again.statusCode).toBe(404);
    // The password chosen now signs in.
    await signInShared(t.app, email, 'kettle harbour meadow');
  });

  test('an unknown token is 404 and an expired invitation 410', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/invitations/${'x'.repeat(43)}` })).statusCode).toBe(404);
    const personId = await newPerson('Expired Invite Person');
    const email = uniqueEmail('late');
    const contact = await buildContact(t.db, org, { personId, createdBy: seniorStaff.id, email, name: 'Lee Late' });
    const { link } = await invite(contact.id, email, 'Lee Late', new Date(t.clock.now().getTime() - t.config.invitationLifetimeSeconds * 1000 - 60_000));
    const token = tokenOf(link);
    const info = await t.app.inject({ method: 'GET', url: `/api/shared/invitations/${token}` });
    expect(info.statusCode).toBe(410);
    const accept = await t.app.inject({ method: 'POST', url: `/api/shared/invitations/${token}/accept`, payload: { password: 'kettle harbour meadow' } });
    expect(accept.statusCode).toBe(410);
  });

  test('an invitation to an email that already signs in links that sign-in, with its own password', async () => {
    const first = await newPerson('First Person');
    const second = await newPerson('Second Person');
    const { email } = await readerOf(first);
    const contact = await buildContact(t.db, org, { personId: second, createdBy: seniorStaff.id, email, name: 'Rita Reader' });
    await decideSharing(t.db, org, { personId: second, contactId: contact.id, recordedBy: seniorStaff.id, parts: ['daily_records'] });
    const token = tokenOf((await invite(contact.id, email, 'Rita Reader')).link);
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/invitations/${token}` })).json().hasAccount).toBe(true);
    const wrong = await t.app.inject({ method: 'POST', url: `/api/shared/invitations/${token}/accept`, payload: { password: 'kettle harbour meadow' } });
    expect(wrong.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/shared/invitations/${token}` })).statusCode).toBe(200);
    const accepted = await t.app.inject({ method: 'POST', url: `/api/shared/invitations/${token}/accept`, payload: { password: testPassword } });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json<{ people: { personId: string }[] }>().people.map((p) => p.personId).sort()).toEqual([first, second].sort());
  });
});

describe('rate limit', () => {
  test('sign-in is rate limited like staff sign-in', async () => {
    const limited = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push((await limited.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email: 'nobody@outside.example', password: 'whatever it is' } })).statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      expect((await limited.app.inject({ method: 'GET', url: `/api/shared/invitations/${'y'.repeat(43)}` })).statusCode).toBe(404);
    } finally {
      await limited.close();
    }
  });
});

describe('demo sign-ins', () => {
  test('the demo gives the contacts with the demo emails a sign-in with the demo password, once, and nobody else', async () => {
    const demoOrg = await buildOrganisation(t.db, 'Demo Shared Care');
    const demoSenior = await buildStaff(t.db, demoOrg, { role: 'senior_care_worker' });
    await seedDemoSharedSignIns(t.db.pool, demoOrg.id, t.clock.now());
    const none = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email: 'david.thompson@family.example', password: demoPassword } });
    expect(none.statusCode).toBe(401);

    const res = await (await signInAs(t.app, demoSenior)).post('/api/people', personBody(demoOrg.homecareId, { legalName: 'Margaret Ellen Thompson', preferredName: 'Peggy' }));
    const peggy = res.json<{ id: string }>().id;
    const david = await buildContact(t.db, demoOrg, { personId: peggy, createdBy: demoSenior.id, email: 'david.thompson@family.example', name: 'David Thompson' });
    await buildContact(t.db, demoOrg, { personId: peggy, createdBy: demoSenior.id, email: 'someone.else@family.example', name: 'Someone Else' });
    await decideSharing(t.db, demoOrg, { personId: peggy, contactId: david.id, recordedBy: demoSenior.id, parts: ['plan', 'daily_records'] });
    await seedDemoSharedSignIns(t.db.pool, demoOrg.id, t.clock.now());
    await seedDemoSharedSignIns(t.db.pool, demoOrg.id, t.clock.now());
    const reader = await signInShared(t.app, 'david.thompson@family.example', demoPassword);
    const session = (await reader.get('/api/shared/auth/session')).json<{ name: string; people: { personId: string; parts: string[] }[] }>();
    expect(session.name).toBe('David Thompson');
    expect(session.people).toEqual([expect.objectContaining({ personId: peggy, parts: ['plan', 'daily_records'] })]);
    const other = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: { email: 'someone.else@family.example', password: demoPassword } });
    expect(other.statusCode).toBe(401);
  });
});
