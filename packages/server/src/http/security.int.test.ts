// The security suite's session checks over every route of the OpenAPI document: no session fixation, cookie flags
// behind TLS, CSRF on every change, no route reachable between the password and the second factor, and outside
// readers' sessions ending on the server. Sign-in, lockout, idle and absolute expiry and sign-out for staff are in
// routes/auth-routes.int.test.ts; the audit chain in audit/audit-log.int.test.ts; the access matrix in
// http/access-matrix.int.test.ts.
import { recordParts } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentTotp } from '../auth/totp.js';
import { buildOrganisation, buildStaff, personBody, signInAs, testPassword, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { operationsOf, plainRequest, type CaseBody, type IdFor, type Operation } from '../test/openapi-fuzz.js';
import { buildContact, buildExternalAccount, decideSharing, sharedCookieFrom, signInShared, uniqueEmail } from '../test/shared-fixtures.js';
import { changedTables, tableDigester, type TableDigester } from '../test/table-digests.js';
import { createTestApp, sessionCookieFrom, type Agent, type TestApp } from '../test/test-app.js';
import { loadConfig } from '../config.js';
import { buildApp } from './app.js';

let t: TestApp;
let org: TestOrganisation;
let digester: TableDigester;
let operations: Operation[];
let admin: Agent;
let manager: Agent;
let reader: Agent;
let readerEmail = '';
let personId = '';
let contactId = '';
let careWorker: TestStaff;

/** Refusals are audited and every signed-in request moves its session's idle timer: those tables change by design. */
const changedByRefusal = ['audit_log', 'audit_chain_heads', 'sessions', 'external_sessions'];

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  careWorker = await buildStaff(t.db, org);
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }), t.clock.now);
  t.clock.advance(30_000); // the next authenticator step, so the manager's code is not a replay of the administrator's
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager' }), t.clock.now);
  const created = await manager.post('/api/people', personBody(org.homecareId));
  personId = created.json<{ id: string }>().id;
  const contact = await buildContact(t.db, org, { personId, createdBy: careWorker.id });
  contactId = contact.id;
  await decideSharing(t.db, org, { personId, contactId, recordedBy: careWorker.id, parts: recordParts });
  readerEmail = uniqueEmail('reader');
  await buildExternalAccount(t.db, org, { email: readerEmail, name: 'Security Reader', createdBy: careWorker.id, target: { contactId } });
  reader = await signInShared(t.app, readerEmail);
  operations = operationsOf((await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json());
  digester = await tableDigester(t.db.adminUrl, changedByRefusal);
}, 60_000);

afterAll(async () => {
  await digester.close();
  await t.close();
});

const idFor: IdFor = (name, path) => {
  if (name === 'id' && path.startsWith('/api/people/')) return personId;
  if (name === 'id' && path.startsWith('/api/services/')) return org.homecareId;
  if (name === 'id' && path.startsWith('/api/staff/')) return careWorker.id;
  if (name === 'personId' || name === 'personIds') return personId;
  if (name === 'serviceId') return org.homecareId;
  if (name === 'contactId') return contactId;
  if (name === 'key') return 'toolkit';
  return undefined;
};

function send(op: Operation, request: { url: string; body: CaseBody }, headers: Record<string, string>): Promise<LightMyRequestResponse> {
  const method = op.method as 'GET' | 'POST' | 'PUT';
  const { url, body } = request;
  if ('none' in body) return t.app.inject({ method, url, headers });
  if ('raw' in body) return t.app.inject({ method, url, headers: { ...headers, 'content-type': body.contentType }, payload: body.raw });
  return t.app.inject({ method, url, headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(body.json) });
}

const signInBody = (email: string) => ({ email, password: testPassword });

describe('session fixation', () => {
  test('a staff session id planted before sign-in is never adopted: sign-in issues a new one', async () => {
    const staff = await buildStaff(t.db, org);
    const planted = 'hearth_session=attacker-chosen-value-0123456789';
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { cookie: planted }, payload: signInBody(staff.email) });
    expect(res.statusCode).toBe(200);
    expect(sessionCookieFrom(res)).not.toBe(planted);
    // 32 random bytes, base64url: 256 bits, far beyond the 64 a guesser would have to beat.
    expect(sessionCookieFrom(res)).toMatch(/^hearth_session=[A-Za-z0-9_-]{43}$/);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: planted } })).statusCode).toBe(401);

    // Nor is a real session of someone else: signing in beside it makes a new session and leaves the old one theirs.
    const other = await signInAs(t.app, await buildStaff(t.db, org));
    const beside = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers: { cookie: other.cookie }, payload: signInBody(staff.email) });
    expect(sessionCookieFrom(beside)).not.toBe(other.cookie);
    expect((await other.get('/api/auth/me')).json<{ email: string }>().email).not.toBe(staff.email);
  });

  test('enrolling an authenticator ends the enrolment session and issues a new one', async () => {
    const staff = await buildStaff(t.db, org, { role: 'administrator', serviceId: null, totpSecret: null });
    const first = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: signInBody(staff.email) });
    const cookie = sessionCookieFrom(first);
    const csrf = first.json<{ csrfToken: string }>().csrfToken;
    const enrolment = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/enrolment', headers: { cookie, 'x-csrf-token': csrf } });
    const secret = enrolment.json<{ secret: string }>().secret.replace(/ /g, '');
    const done = await t.app.inject({
      method: 'POST', url: '/api/auth/mfa/enrolment/confirm', headers: { cookie, 'x-csrf-token': csrf },
      payload: { code: currentTotp(secret, t.clock.now().getTime()) },
    });
    expect(done.statusCode).toBe(200);
    expect(sessionCookieFrom(done)).not.toBe(cookie);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: sessionCookieFrom(done) } })).statusCode).toBe(200);
  });

  test('an outside reader\u2019s planted session id is never adopted either', async () => {
    const planted = 'hearth_shared_session=attacker-chosen-value-0123456789';
    const res = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', headers: { cookie: planted }, payload: signInBody(readerEmail) });
    expect(res.statusCode).toBe(200);
    expect(sharedCookieFrom(res)).not.toBe(planted);
    expect((await t.app.inject({ method: 'GET', url: '/api/shared/auth/session', headers: { cookie: planted } })).statusCode).toBe(401);
  });
});

describe('where a session may travel', () => {
  test('only in its cookie: the same token in the address or in another header opens nothing', async () => {
    const token = manager.cookie.split('=')[1]!;
    for (const request of [
      { url: `/api/auth/me?hearth_session=${token}` },
      { url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } },
      { url: '/api/auth/me', headers: { 'x-session': token } },
    ]) {
      expect((await t.app.inject({ method: 'GET', ...request })).statusCode).toBe(401);
    }
    expect((await manager.get('/api/auth/me')).statusCode).toBe(200);
  });
});

describe('cookie flags', () => {
  test('behind TLS both session cookies are Secure, HttpOnly and SameSite=Strict, set and cleared alike', async () => {
    const tls = await createTestApp({ BEHIND_TLS: 'true' });
    try {
      const tlsOrg = await buildOrganisation(tls.db);
      const staff = await buildStaff(tls.db, tlsOrg);
      const headers = { 'x-forwarded-proto': 'https' };
      const staffIn = await tls.app.inject({ method: 'POST', url: '/api/auth/sign-in', headers, payload: signInBody(staff.email) });
      const flags = { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' };
      expect(staffIn.cookies.find((c) => c.name === 'hearth_session')).toMatchObject(flags);
      const out = await tls.app.inject({
        method: 'POST', url: '/api/auth/sign-out',
        headers: { ...headers, cookie: sessionCookieFrom(staffIn), 'x-csrf-token': staffIn.json<{ csrfToken: string }>().csrfToken },
      });
      expect(out.cookies.find((c) => c.name === 'hearth_session')).toMatchObject(flags);

      const person = (await signInAs(tls.app, await buildStaff(tls.db, tlsOrg, { role: 'senior_care_worker' }))).post('/api/people', personBody(tlsOrg.homecareId));
      const tlsPersonId = (await person).json<{ id: string }>().id;
      const contact = await buildContact(tls.db, tlsOrg, { personId: tlsPersonId, createdBy: staff.id });
      const email = uniqueEmail('tls');
      await buildExternalAccount(tls.db, tlsOrg, { email, name: 'TLS Reader', createdBy: staff.id, target: { contactId: contact.id } });
      const sharedIn = await tls.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', headers, payload: signInBody(email) });
      expect(sharedIn.cookies.find((c) => c.name === 'hearth_shared_session')).toMatchObject(flags);
    } finally {
      await tls.close();
    }
  });

  test('without TLS the cookies are still HttpOnly and SameSite=Strict, and not marked Secure so plain local use works', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/shared/auth/sign-in', payload: signInBody(readerEmail) });
    const cookie = res.cookies.find((c) => c.name === 'hearth_shared_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(cookie?.secure).toBeFalsy();
  });
});

/** Changes made before any session exists: there is no session for a forged request to ride on. */
const beforeSession = (op: Operation) => op.audience === 'public';
const changes = () => operations.filter((op) => op.method !== 'GET' && !beforeSession(op));

describe('CSRF', () => {
  test('every change in the OpenAPI document, sent without the token, is refused and changes nothing', async () => {
    const before = await digester.digest();
    const answered: string[] = [];
    for (const op of changes()) {
      const agent = op.audience === 'shared' ? reader : op.path.startsWith('/api/staff') || op.path.startsWith('/api/services') ? admin : manager;
      const res = await send(op, plainRequest(op, idFor), { cookie: agent.cookie });
      answered.push(`${op.method} ${op.path} → ${res.statusCode} ${res.json<{ code?: string }>().code ?? ''}`);
    }
    expect(changes().length).toBeGreaterThan(50);
    expect(answered.filter((a) => !/→ 4\d\d /.test(a))).toEqual([]);
    // Validation runs first, so a body the generic request gets wrong is refused as invalid before the token is looked
    // at; the rest must be refused for the token itself.
    expect(answered.filter((a) => a.endsWith(' csrf')).length).toBeGreaterThan(changes().length / 3);
    expect(changedTables(before, await digester.digest())).toEqual([]);
  });

  test('every change sent from another site is refused before it reaches the route, token or not', async () => {
    const before = await digester.digest();
    for (const op of operations.filter((o) => o.method !== 'GET')) {
      const agent = op.audience === 'shared' ? reader : admin;
      const res = await send(op, plainRequest(op, idFor), { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken, origin: 'https://evil.example' });
      expect(`${op.method} ${op.path} → ${res.statusCode} ${res.json<{ code: string }>().code}`).toBe(`${op.method} ${op.path} → 403 csrf`);
    }
    expect(changedTables(before, await digester.digest())).toEqual([]);
  });
});

describe('the second factor cannot be skipped', () => {
  async function halfSignedIn(stage: 'mfa_required' | 'mfa_enrolment_required'): Promise<{ cookie: string; csrf: string }> {
    const staff = stage === 'mfa_required'
      ? await buildStaff(t.db, org, { role: 'registered_manager' })
      : await buildStaff(t.db, org, { role: 'administrator', serviceId: null, totpSecret: null });
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: signInBody(staff.email) });
    expect(res.json<{ status: string }>().status).toBe(stage);
    return { cookie: sessionCookieFrom(res), csrf: res.json<{ csrfToken: string }>().csrfToken };
  }

  test.each(['mfa_required', 'mfa_enrolment_required'] as const)(
    'a session at %s, with its CSRF token, reaches no staff or shared route in the OpenAPI document and changes nothing',
    async (stage) => {
      const session = await halfSignedIn(stage);
      const before = await digester.digest();
      const reached: string[] = [];
      let refusedAsSignedOut = 0;
      const guarded = operations.filter((op) => op.audience !== 'public' && !op.path.startsWith('/api/auth/mfa/'));
      for (const op of guarded) {
        const res = await send(op, plainRequest(op, idFor), { cookie: session.cookie, 'x-csrf-token': session.csrf });
        if (res.statusCode === 401) refusedAsSignedOut++;
        else if (res.statusCode !== 400) reached.push(`${op.method} ${op.path} → ${res.statusCode}`);
      }
      expect(reached).toEqual([]);
      // Everything that is not turned away for its input is turned away for the half-finished session.
      expect(refusedAsSignedOut).toBeGreaterThan(guarded.length / 2);
      expect(changedTables(before, await digester.digest())).toEqual([]);
    },
  );
});

describe('outside readers\u2019 sessions', () => {
  test('end on the server after 30 minutes without activity, and stay ended', async () => {
    const session = await signInShared(t.app, readerEmail);
    t.clock.advance(20 * 60_000);
    expect((await session.get('/api/shared/auth/session')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await session.get('/api/shared/auth/session')).statusCode).toBe(401);
    t.clock.advance(-31 * 60_000);
    expect((await session.get('/api/shared/auth/session')).statusCode).toBe(401);
    t.clock.advance(31 * 60_000);
  });
});

describe('files and errors', () => {
  test('no file outside the web build is served, however the address is dressed', async () => {
    for (const url of ['/.git/config', '/.env', '/../../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/api/../../package.json', '/assets/../../../package.json']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(res.body, url).not.toMatch(/\[core\]|"workspaces"|SESSION_SECRET|"name": "hearth"/);
    }
  });

  test('an unexpected failure answers a generic problem with no internals, and is logged for the operator', async () => {
    const lines: string[] = [];
    const pool = new pg.Pool({ connectionString: 'postgres://nobody@127.0.0.1:1/none', connectionTimeoutMillis: 2_000 });
    const broken = await buildApp(
      { pool, config: loadConfig({ NODE_ENV: 'test' }), databaseMode: 'external', version: 'test', now: () => new Date() },
      { logStream: new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } }) },
    );
    try {
      const res = await broken.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(500);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ code: 'internal', detail: expect.stringMatching(/has been logged/) });
      expect(res.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|\bat |\.ts:/);
      const logged = lines.map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(logged.some((l) => l.level >= 50 && l.msg === 'request failed')).toBe(true);
    } finally {
      await broken.close();
      await pool.end();
    }
  });
});
