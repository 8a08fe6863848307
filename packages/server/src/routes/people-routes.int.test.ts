import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let careHomeCarer: Agent;
let quality: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  careHomeCarer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
});
afterAll(() => t.close());

describe('the people register', () => {
  test('a senior adds a person, reads them back, and the first version is kept', async () => {
    const created = await senior.post('/api/people', personBody(org.homecareId, { legalName: 'Ada Byron' }));
    expect(created.statusCode).toBe(201);
    const person = created.json();
    expect(person).toMatchObject({ legalName: 'Ada Byron', version: 1, isReadOnly: false, accessDetails: { keySafeCode: '1234' } });
    const read = await senior.get(`/api/people/${person.id}`);
    expect(read.json()).toEqual(person);
    const history = (await senior.get(`/api/people/${person.id}/history`)).json();
    expect(history).toHaveLength(1);
    expect(history[0].changes.map((c: { field: string }) => c.field)).toContain('legalName');
  });

  test('an edit makes a new version with who, when and why; an edit from a stale version is refused with 409', async () => {
    const person = (await senior.post('/api/people', personBody(org.homecareId))).json();
    const { id, createdAt: _c, updatedAt: _u, isReadOnly: _r, ...fields } = person;
    const first = await senior.put(`/api/people/${id}`, { ...fields, preferredName: 'Eddie', reason: 'She asked to be called Eddie' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, preferredName: 'Eddie' });

    const stale = await senior.put(`/api/people/${id}`, { ...fields, preferredName: 'Edwina' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict_stale_version');
    expect((await senior.get(`/api/people/${id}`)).json().preferredName).toBe('Eddie');

    const history = (await senior.get(`/api/people/${id}/history`)).json();
    expect(history[0]).toMatchObject({ version: 2, reason: 'She asked to be called Eddie', changes: [{ field: 'preferredName', from: 'Edie', to: 'Eddie' }] });
    const versions = await asOwner(t.db, (c) => c.query('SELECT version FROM person_versions WHERE person_id = $1 ORDER BY version', [id]));
    expect(versions.rows.map((r) => r.version)).toEqual([1, 2]);
  });

  test('an ended or deceased person is kept and read-only', async () => {
    const person = (await senior.post('/api/people', personBody(org.homecareId, { status: 'died', statusDate: '2026-01-02' }))).json();
    expect(person.isReadOnly).toBe(true);
    const { id, createdAt: _c, updatedAt: _u, isReadOnly: _r, ...fields } = person;
    const edit = await senior.put(`/api/people/${id}`, { ...fields, status: 'active', statusDate: null });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('record_read_only');
  });

  test('the database refuses to delete a person even for a query that tries', async () => {
    const person = (await senior.post('/api/people', personBody(org.homecareId))).json();
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM people WHERE id = $1', [person.id]))).rejects.toThrow(/not allowed/);
  });

  test.each([
    ['nhsNumber', { nhsNumber: '943 476 5918' }],
    ['address.postcode', { address: { line1: '1 Mill St', town: 'Leeds', postcode: 'NOT A CODE' } }],
    ['dateOfBirth', { dateOfBirth: '1940-02-30' }],
    ['legalName', { legalName: '   ' }],
    ['statusDate', { status: 'in_hospital', statusDate: null }],
  ])('bad input names the field: %s', async (field, overrides) => {
    const res = await senior.post('/api/people', personBody(org.homecareId, overrides as never));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  test('finds people by name, preferred name, NHS number and date of birth', async () => {
    const body = personBody(org.homecareId, { legalName: 'Florence Nightingale', preferredName: 'Flo', dateOfBirth: '1920-05-12' });
    const person = (await senior.post('/api/people', body)).json();
    const nhs = String(body.nhsNumber);
    for (const q of ['nightingale', 'Flo', `${nhs.slice(0, 3)} ${nhs.slice(3, 6)} ${nhs.slice(6)}`, '1920-05-12', '12/05/1920']) {
      const found = (await senior.get(`/api/people?q=${encodeURIComponent(q)}`)).json();
      expect(found.map((p: { id: string }) => p.id), q).toContain(person.id);
    }
    expect((await senior.get('/api/people?q=%25')).json().map((p: { id: string }) => p.id)).not.toContain(person.id);
  });

  test('a care worker sees the people of their own service only, and how to get into their homes', async () => {
    const home = (await senior.post('/api/people', personBody(org.homecareId, { legalName: 'Home Person' }))).json();
    const away = await asOwner(t.db, async (c) => {
      const staffId = (await c.query('SELECT id FROM staff LIMIT 1')).rows[0].id;
      return (await c.query(
        `INSERT INTO people (organisation_id, service_id, legal_name, date_of_birth, address, status, created_by, updated_by)
         VALUES ($1, $2, 'Care Home Person', '1940-01-01', '{"line1":"x","town":"y","postcode":"LS1 4AP"}', 'active', $3, $3) RETURNING id`,
        [org.id, org.careHomeId, staffId],
      )).rows[0].id as string;
    });
    const list = (await carer.get('/api/people')).json().map((p: { id: string }) => p.id);
    expect(list).toContain(home.id);
    expect(list).not.toContain(away);
    expect((await carer.get(`/api/people/${away}`)).statusCode).toBe(403);
    expect((await carer.get(`/api/people/${home.id}`)).json().accessDetails).toEqual({ howToGetIn: 'Key safe by the back door', keySafeCode: '1234' });
    expect((await careHomeCarer.get('/api/people')).json().map((p: { id: string }) => p.id)).toEqual([away]);
  });

  test('the quality lead reads across the organisation but never sees key safe details', async () => {
    const person = (await senior.post('/api/people', personBody(org.homecareId))).json();
    const read = (await quality.get(`/api/people/${person.id}`)).json();
    expect(read.legalName).toBe(person.legalName);
    expect(read.accessDetails).toBeUndefined();
    const history = (await quality.get(`/api/people/${person.id}/history`)).json();
    expect(JSON.stringify(history)).not.toContain('1234');
  });

  test('a care worker cannot add or change a person', async () => {
    expect((await carer.post('/api/people', personBody(org.homecareId))).statusCode).toBe(403);
  });

  test('a person in another organisation is not found, even by id', async () => {
    const other = await buildOrganisation(t.db, 'Other Care Ltd');
    const otherSenior = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker' }));
    const theirs = (await otherSenior.post('/api/people', personBody(other.homecareId))).json();
    const res = await senior.get(`/api/people/${theirs.id}`);
    expect(res.statusCode).toBe(404);
    expect((await senior.get('/api/people')).json().map((p: { id: string }) => p.id)).not.toContain(theirs.id);
    expect((await senior.post('/api/people', personBody(other.homecareId))).statusCode).toBe(403);
  });

  test('every read of a person lands in the audit log', async () => {
    const person = (await senior.post('/api/people', personBody(org.homecareId))).json();
    await carer.get(`/api/people/${person.id}`);
    const entries = await asOwner(t.db, (c) =>
      c.query("SELECT action, outcome FROM audit_log WHERE resource_id = $1 ORDER BY id", [person.id]),
    );
    expect(entries.rows).toEqual([
      { action: 'person.create', outcome: 'success' },
      { action: 'person.read', outcome: 'success' },
    ]);
  });
});

test('an emergency start is recorded with the person, kept on edit, and named in the plans needing attention', async () => {
  const t2 = await createTestApp();
  try {
    const o = await buildOrganisation(t2.db);
    const s = await signInAs(t2.app, await buildStaff(t2.db, o, { role: 'senior_care_worker' }));
    const started = new Date(t2.clock.now().getTime() - 4 * 86400_000).toISOString().slice(0, 10);
    const person = (await s.post('/api/people', personBody(o.homecareId, { serviceStartDate: started, emergencyStart: true }))).json();
    expect(person.emergencyStart).toBe(true);
    const { id, createdAt: _c, updatedAt: _u, isReadOnly: _r, ...fields } = person;
    expect((await s.put(`/api/people/${id}`, { ...fields, pronouns: 'they/them' })).json().emergencyStart).toBe(true);
    const attention = (await s.get('/api/care-plans/attention')).json().find((r: { personId: string }) => r.personId === id);
    expect(attention.attention[0]).toMatchObject({ kind: 'first_plan_overdue', message: expect.stringContaining('emergency start') });
  } finally {
    await t2.close();
  }
});
