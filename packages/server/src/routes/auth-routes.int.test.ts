import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { currentTotp } from '../auth/totp.js';
import { buildOrganisation, buildStaff, signInAs, testPassword, type TestOrganisation } from '../test/factories.js';
import { agentFor, createTestApp, sessionCookieFrom, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;

beforeAll(async () => {
  t = await createTestApp({ LOCKOUT_THRESHOLD: '3' });
  org = await buildOrganisation(t.db);
});
afterAll(() => t.close());

const signIn = (email: string, password = testPassword) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

describe('signing in', () => {
  test('a care worker signs in with email and password; the cookie is httpOnly and SameSite=Strict', async () => {
    const staff = await buildStaff(t.db, org, { role: 'care_worker' });
    const res = await signIn(staff.email.toUpperCase());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'signed_in', me: { email: staff.email, grants: [{ role: 'care_worker', serviceId: org.homecareId }] } });
    const cookie = res.cookies.find((c) => c.name === 'hearth_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  });

  test('a wrong password and an unknown email get the same answer', async () => {
    const staff = await buildStaff(t.db, org);
    const wrong = await signIn(staff.email, 'not the password at all');
    const unknown = await signIn('nobody@test.example', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(unknown.json()).toEqual(wrong.json());
  });

  test('repeated failures lock the account, with a back-off, even against the right password', async () => {
    const staff = await buildStaff(t.db, org);
    for (let i = 0; i < 2; i++) expect((await signIn(staff.email, 'wrong wrong wrong')).statusCode).toBe(401);
    const third = await signIn(staff.email, 'wrong wrong wrong');
    expect(third.statusCode).toBe(423);
    expect(third.json().detail).toMatch(/1 minute/);
    expect((await signIn(staff.email)).statusCode).toBe(423);
    t.clock.advance(61_000);
    const fourth = await signIn(staff.email, 'wrong wrong wrong');
    expect(fourth.statusCode).toBe(423);
    expect(fourth.json().detail).toMatch(/2 minutes/);
    t.clock.advance(121_000);
    expect((await signIn(staff.email)).statusCode).toBe(200);
    const row = await asOwner(t.db, (c) => c.query('SELECT failed_attempts FROM staff WHERE id = $1', [staff.id]));
    expect(row.rows[0].failed_attempts).toBe(0);
  });

  test('a deactivated account cannot sign in', async () => {
    const staff = await buildStaff(t.db, org);
    await asOwner(t.db, (c) => c.query("UPDATE staff SET status = 'deactivated' WHERE id = $1", [staff.id]));
    expect((await signIn(staff.email)).statusCode).toBe(401);
  });
});

describe('the second factor', () => {
  test('a registered manager must enter a code; the session id changes once it passes', async () => {
    const manager = await buildStaff(t.db, org, { role: 'registered_manager' });
    const first = await signIn(manager.email);
    expect(first.json()).toMatchObject({ status: 'mfa_required' });
    expect(first.json().me).toBeUndefined();
    const partialCookie = sessionCookieFrom(first);
    const csrf = first.json().csrfToken as string;

    // Nothing is reachable with the half-finished session.
    expect((await t.app.inject({ method: 'GET', url: '/api/people', headers: { cookie: partialCookie } })).statusCode).toBe(401);

    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/verify', headers: { cookie: partialCookie, 'x-csrf-token': csrf }, payload: { code: '000000' } });
    expect(wrong.json().code).toBe('invalid_mfa_code');

    const code = currentTotp(manager.totpSecret!, t.clock.now().getTime());
    const ok = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/verify', headers: { cookie: partialCookie, 'x-csrf-token': csrf }, payload: { code } });
    expect(ok.statusCode).toBe(200);
    const fullCookie = sessionCookieFrom(ok);
    expect(fullCookie).not.toBe(partialCookie);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: fullCookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: partialCookie } })).statusCode).toBe(401);

    // The same code cannot be used twice.
    const again = await signIn(manager.email);
    const replay = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/verify', headers: { cookie: sessionCookieFrom(again), 'x-csrf-token': again.json().csrfToken }, payload: { code } });
    expect(replay.json().code).toBe('invalid_mfa_code');
  });

  test('skipping the code step by calling the API directly gets nothing', async () => {
    const admin = await buildStaff(t.db, org, { role: 'administrator', serviceId: null });
    const first = await signIn(admin.email);
    const agent = agentFor(t.app, sessionCookieFrom(first), first.json().csrfToken);
    for (const res of [await agent.get('/api/staff'), await agent.get('/api/auth/me'), await agent.post('/api/staff/invitations', { email: 'x@test.example', role: 'care_worker', serviceId: null })]) {
      expect(res.statusCode).toBe(401);
    }
    // Nor can a half-signed-in session start enrolling a new authenticator to replace the real one.
    expect((await agent.post('/api/auth/mfa/enrolment')).statusCode).toBe(401);
  });

  test('an administrator with no authenticator enrols one: a QR code and a text secret, confirmed by a code', async () => {
    const admin = await buildStaff(t.db, org, { role: 'administrator', serviceId: null, totpSecret: null });
    const first = await signIn(admin.email);
    expect(first.json().status).toBe('mfa_enrolment_required');
    const agent = agentFor(t.app, sessionCookieFrom(first), first.json().csrfToken);
    const enrolment = (await agent.post('/api/auth/mfa/enrolment')).json();
    expect(enrolment.qrCodeSvg).toMatch(/^<svg/);
    expect(enrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Hearth:/);
    const secret = (enrolment.secret as string).replace(/ /g, '');
    expect(await agent.post('/api/auth/mfa/enrolment/confirm', { code: '123456' }).then((r) => r.json().code)).toBe('invalid_mfa_code');
    const ok = await agent.post('/api/auth/mfa/enrolment/confirm', { code: currentTotp(secret, t.clock.now().getTime()) });
    expect(ok.json().status).toBe('signed_in');
    const stored = await asOwner(t.db, (c) => c.query('SELECT totp_secret FROM staff WHERE id = $1', [admin.id]));
    expect(stored.rows[0].totp_secret).toBe(secret);
  });
});

describe('sessions', () => {
  test('signing out ends the session on the server, not just in the browser', async () => {
    const agent = await signInAs(t.app, await buildStaff(t.db, org));
    expect((await agent.post('/api/auth/sign-out')).statusCode).toBe(204);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  test('30 minutes without activity ends the session; activity keeps it going', async () => {
    const agent = await signInAs(t.app, await buildStaff(t.db, org), t.clock.now);
    t.clock.advance(20 * 60_000);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(20 * 60_000);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const idle = await agent.get('/api/auth/me');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().detail).toMatch(/without activity/);
    t.clock.advance(-71 * 60_000);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
    t.clock.advance(71 * 60_000);
  });

  test('what the app does on its own (x-hearth-background) is answered but does not keep an idle session going', async () => {
    const phone = await signInAs(t.app, await buildStaff(t.db, org), t.clock.now);
    const person = await signInAs(t.app, await buildStaff(t.db, org), t.clock.now);
    const inBackground = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { cookie: phone.cookie, 'x-hearth-background': '1' } });
    // A phone left open keeps its round's records every quarter of an hour; someone using Hearth opens a page as often.
    t.clock.advance(15 * 60_000);
    expect((await inBackground('/api/auth/me')).statusCode).toBe(200);
    expect((await person.get('/api/auth/me')).statusCode).toBe(200);
    t.clock.advance(15 * 60_000);
    const idle = await inBackground('/api/auth/me');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().detail).toMatch(/without activity/);
    expect((await phone.get('/api/auth/me')).statusCode).toBe(401);
    expect((await person.get('/api/auth/me')).statusCode).toBe(200);
  });

  test('a session ends after its absolute lifetime however active it is', async () => {
    const agent = await signInAs(t.app, await buildStaff(t.db, org), t.clock.now);
    for (let hour = 0; hour < 12; hour++) {
      t.clock.advance(25 * 60_000);
      await agent.get('/api/auth/me');
      t.clock.advance(25 * 60_000);
      await agent.get('/api/auth/me');
      t.clock.advance(10 * 60_000);
    }
    expect((await agent.get('/api/auth/me')).statusCode).toBe(401);
  });

  test('a change without the CSRF token, or from another site, is refused', async () => {
    const agent = await signInAs(t.app, await buildStaff(t.db, org));
    const noToken = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: agent.cookie } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().code).toBe('csrf');
    const crossSite = await t.app.inject({
      method: 'POST', url: '/api/auth/sign-out',
      headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrfToken, origin: 'https://evil.example', host: 'localhost:80' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect((await agent.get('/api/auth/me')).statusCode).toBe(200);
  });

  test('sign-in attempts are recorded in the audit log, successes and failures', async () => {
    const staff = await buildStaff(t.db, org);
    await signIn(staff.email, 'wrong wrong wrong');
    await signIn(staff.email);
    const rows = await asOwner(t.db, (c) => c.query("SELECT outcome, detail->>'reason' AS reason FROM audit_log WHERE action = 'sign_in' AND actor_id = $1 ORDER BY id", [staff.id]));
    expect(rows.rows).toEqual([{ outcome: 'failure', reason: 'wrong_password' }, { outcome: 'success', reason: null }]);
  });
});

test('sign-in is rate-limited per address', async () => {
  const limited = await createTestApp({ SIGN_IN_RATE_LIMIT_PER_MINUTE: '3' });
  try {
    const attempt = () => limited.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a@test.example', password: 'whatever it is' } });
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt()).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    expect((await attempt()).json().code).toBe('rate_limited');
  } finally {
    await limited.close();
  }
});
