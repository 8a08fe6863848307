// Bad input gets a clear error naming the field, never a 500, a stack trace or a change it should not make.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

function expectCleanProblem(body: string): void {
  expect(body).not.toMatch(/node_modules|\.ts:\d+|at [\w.<>]+ \(|stack|pg_|SELECT|syntax error/i);
}

describe('malformed requests', () => {
  test('invalid JSON → 400 problem', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: { cookie: senior.cookie, 'x-csrf-token': senior.csrfToken, 'content-type': 'application/json' }, payload: '{"legalName": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation');
    expectCleanProblem(res.body);
  });

  test('a body that is not JSON → 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: { cookie: senior.cookie, 'x-csrf-token': senior.csrfToken, 'content-type': 'text/xml' }, payload: '<person/>' });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('unsupported_media_type');
  });

  test('an oversized body → 413', async () => {
    const res = await senior.post('/api/people', personBody(org.homecareId, { legalName: 'x'.repeat(2 * 1024 * 1024) }));
    expect(res.statusCode).toBe(413);
  });

  test('a path id that is not a UUID names the field', async () => {
    const res = await senior.get("/api/people/1'%20OR%20'1'='1");
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'id', message: expect.any(String) }]);
  });

  test.each([
    ['wrong types', { legalName: 42, dateOfBirth: true, contacts: 'nobody' }],
    ['deep nesting', { address: JSON.parse('{"line1":'.repeat(200) + '"x"' + '}'.repeat(200)) }],
    ['huge numbers', { version: 1e308, contacts: [{ name: 'A', relationship: 'B', isNextOfKin: 1e308 }] }],
    ['injection strings', { legalName: "Robert'); DROP TABLE people;--", nhsNumber: "' OR 1=1 --", address: { line1: '<script>alert(1)</script>', town: 'x', postcode: "'; --" } }],
    ['unicode edge cases', { legalName: '\u0000\uD800', postcode: '\u202E' }],
  ])('%s → 400 with field errors, nothing saved', async (_name, overrides) => {
    const before = await asOwner(t.db, (c) => c.query('SELECT count(*)::int AS n FROM people'));
    const res = await senior.post('/api/people', { ...personBody(org.homecareId), ...overrides });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.length).toBeGreaterThan(0);
    expectCleanProblem(res.body);
    const after = await asOwner(t.db, (c) => c.query('SELECT count(*)::int AS n FROM people'));
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  test('a name with quotes and markup is stored as text, exactly', async () => {
    const name = `O'Brien <b>"Bridie"</b>`;
    const res = await senior.post('/api/people', personBody(org.homecareId, { legalName: name }));
    expect(res.statusCode).toBe(201);
    expect(res.json().legalName).toBe(name);
  });

  test('fields the contract does not declare are dropped, not stored', async () => {
    const other = await buildOrganisation(t.db, 'Target Ltd');
    const res = await senior.post('/api/people', { ...personBody(org.homecareId), organisationId: other.id, version: 7, id: '00000000-0000-0000-0000-000000000001' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: 1 });
    expect(res.json().id).not.toBe('00000000-0000-0000-0000-000000000001');
    const row = await asOwner(t.db, (c) => c.query('SELECT organisation_id FROM people WHERE id = $1', [res.json().id]));
    expect(row.rows[0].organisation_id).toBe(org.id);
  });

  test('an unknown API address → 404 problem; an unknown page → the web app', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('not_found');
    const page = await t.app.inject({ method: 'GET', url: '/people/%E0%A4%A' });
    expect(page.statusCode).toBeLessThan(500);
  });
});

describe('the server describes itself', () => {
  test('health names the database and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: 'external', version: 'test' });
  });

  test('the OpenAPI document lists every route with its schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.0.3');
    expect(doc.paths['/api/people'].post.requestBody.content['application/json'].schema.required).toContain('legalName');
  });

  test('security headers: CSP forbids framing; HSTS only behind TLS', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    // The offline app's service worker and manifest, from Hearth itself only.
    expect(res.headers['content-security-policy']).toContain("worker-src 'self'");
    expect(res.headers['content-security-policy']).toContain("manifest-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    const tls = await createTestApp({ BEHIND_TLS: 'true' });
    try {
      const secure = await tls.app.inject({ method: 'GET', url: '/api/health' });
      expect(secure.headers['strict-transport-security']).toContain('max-age=31536000');
    } finally {
      await tls.close();
    }
  });

  test('production refuses to start with the default secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' })).toThrow(ConfigError);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).production).toBe(true);
  });
});
