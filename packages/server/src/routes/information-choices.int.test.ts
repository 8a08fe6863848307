import type { ChoicesAttentionRow, InformationChoicesResponse } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let managerStaff: TestStaff;
let manager: Agent;
let homeManager: Agent;
let outsider: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  managerStaff = await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Manager' });
  manager = await signInAs(t.app, managerStaff, t.clock.now);
  homeManager = await signInAs(
    t.app,
    await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }),
    t.clock.now,
  );
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  outsider = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

const today = () => londonDate(t.clock.now());
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function conversation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    discussedOn: today(),
    participants: { personPresent: true, others: [{ name: 'Ray Clarke', relationship: 'Son' }], staffMember: 'Sam Senior' },
    optionsExplained: ['paper_in_home', 'app', 'secure_email'],
    decision: { ways: ['paper_in_home', 'app'], anythingElse: 'Ray reads it in the app' },
    personsWords: 'Keep the folder by the kettle.',
    reviewOn: addDays(today(), 365),
    ...overrides,
  };
}

async function newPerson(name: string, serviceId = org.homecareId): Promise<string> {
  const res = await (serviceId === org.homecareId ? senior : homeManager).post(
    '/api/people',
    personBody(serviceId, { legalName: name, preferredName: null }),
  );
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

const url = (id: string) => `/api/people/${id}/information-choices`;
const attention = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/information-choices/not-discussed${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ChoicesAttentionRow[]>();
};

describe('information choices: discussed, not assumed', () => {
  test('not yet discussed until a conversation is recorded; then current, with its history, and off the list', async () => {
    const id = await newPerson('Arthur Pendle');
    expect((await senior.get(url(id))).json<InformationChoicesResponse>()).toEqual({
      personId: id,
      status: 'not_discussed',
      current: null,
      history: [],
    });
    expect((await attention(manager)).find((r) => r.personId === id)).toEqual({
      personId: id,
      serviceId: org.homecareId,
      legalName: 'Arthur Pendle',
      preferredName: null,
      status: 'not_discussed',
      reviewOn: null,
    });

    const res = await senior.post(url(id), conversation());
    expect(res.statusCode, res.body).toBe(201);
    const recorded = res.json<InformationChoicesResponse>();
    expect(recorded).toMatchObject({
      status: 'current',
      current: {
        discussedOn: today(),
        participants: { personPresent: true, personAbsentReason: null, others: [{ name: 'Ray Clarke', relationship: 'Son' }] },
        decision: { ways: ['paper_in_home', 'app'] },
        personsWords: 'Keep the folder by the kettle.',
        recordedBy: { name: 'Sam Senior' },
      },
    });
    expect((await attention(manager)).map((r) => r.personId)).not.toContain(id);

    const second = await manager.post(url(id), conversation({ decision: { ways: ['secure_email'] } }));
    expect(second.statusCode).toBe(201);
    const read = (await carer.get(url(id))).json<InformationChoicesResponse>();
    expect(read.history.map((h) => h.decision.ways)).toEqual([['secure_email'], ['paper_in_home', 'app']]);
    expect(read.current?.recordedBy.name).toBe('Maya Manager');

    const audit = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ action: string; detail: Record<string, unknown> }>(
            `SELECT action, detail FROM audit_log WHERE resource_type = 'person' AND resource_id = $1 AND action LIKE 'information_choices.%' ORDER BY chain_seq`,
            [id],
          )
        ).rows,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'information_choices.read',
      'information_choices.record',
      'information_choices.record',
      'information_choices.read',
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Ray|kettle/);
  });

  test.each([
    ['no option explained', { optionsExplained: [], decision: { ways: [] } }, ['optionsExplained', 'decision.ways']],
    [
      'the person absent with nobody for them',
      { participants: { personPresent: false, staffMember: 'Sam' } },
      ['participants.personAbsentReason', 'participants.others'],
    ],
    ['a conversation still to come', { discussedOn: '2099-01-01', reviewOn: '2099-06-01' }, ['discussedOn']],
    ['a choice not explained', { decision: { ways: ['printed_copy_sent'] } }, ['decision.ways']],
    ['review before the conversation', { reviewOn: '2020-01-01' }, ['reviewOn']],
  ])('field errors: %s', async (_name, overrides, fields) => {
    const id = await newPerson('Field Errors');
    const res = await senior.post(url(id), conversation(overrides));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(fields);
  });

  test('who may read and record: care workers read, seniors and managers record; other services refused, other organisations 404', async () => {
    const id = await newPerson('Access Check');
    expect((await carer.post(url(id), conversation())).statusCode).toBe(403);
    expect((await homeManager.get(url(id))).statusCode).toBe(403);
    expect((await homeManager.post(url(id), conversation())).statusCode).toBe(403);
    expect((await outsider.get(url(id))).statusCode).toBe(404);
    expect((await outsider.post(url(id), conversation())).statusCode).toBe(404);
    const refused = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM audit_log WHERE resource_id = $1 AND outcome = 'refused' AND organisation_id = $2`,
            [id, org.id],
          )
        ).rows[0]!.n,
    );
    expect(refused).toBe(3);
  });

  test('the list shows only the reader\u2019s services, and one service when asked', async () => {
    const homeOnly = await newPerson('Care Home Resident', org.careHomeId);
    expect((await attention(manager)).map((r) => r.personId)).not.toContain(homeOnly);
    expect((await attention(homeManager)).map((r) => r.personId)).toContain(homeOnly);
    expect((await attention(homeManager, `?serviceId=${org.careHomeId}`)).every((r) => r.serviceId === org.careHomeId)).toBe(
      true,
    );
    expect((await homeManager.get(`/api/information-choices/not-discussed?serviceId=${org.homecareId}`)).statusCode).toBe(403);
    expect((await outsider.get('/api/information-choices/not-discussed')).json()).toEqual([]);
  });

  test('people whose support has ended are not listed, and their choices cannot be recorded', async () => {
    const id = await newPerson('Ended Person');
    const person = (await senior.get(`/api/people/${id}`)).json<Record<string, unknown>>();
    const { id: _i, createdAt: _c, updatedAt: _u, isReadOnly: _r, communicationFlag: _f, ...fields } = person;
    expect(
      (await senior.put(`/api/people/${id}`, { ...fields, status: 'ended', statusDate: today(), reason: 'Moved away' }))
        .statusCode,
    ).toBe(200);
    expect((await attention(manager)).map((r) => r.personId)).not.toContain(id);
    expect((await senior.post(url(id), conversation())).json()).toMatchObject({ code: 'record_read_only' });
  });

  test('conversations are kept as recorded: no change or removal, even by the database owner', async () => {
    const id = await newPerson('Append Only');
    expect((await senior.post(url(id), conversation())).statusCode).toBe(201);
    await expect(
      inTransaction(t.db.pool, org.id, (tx) => tx.query("UPDATE information_choices SET review_on = '2099-01-01'")),
    ).rejects.toThrow(/permission denied/);
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM information_choices'))).rejects.toThrow(
      /DELETE on information_choices is not allowed/,
    );
  });

  // Last: it moves the clock on a day and a half, past every session's idle limit.
  test('after the review date the person shows as due for review', async () => {
    const id = await newPerson('Stanley Review');
    const reviewOn = addDays(today(), 1);
    expect((await senior.post(url(id), conversation({ reviewOn }))).statusCode).toBe(201);
    expect((await attention(manager)).map((r) => r.personId)).not.toContain(id);
    t.clock.advance(36 * 3_600_000);
    const later = await signInAs(t.app, managerStaff, t.clock.now);
    expect((await later.get(url(id))).json<InformationChoicesResponse>().status).toBe('review_due');
    expect((await attention(later)).find((r) => r.personId === id)).toMatchObject({ status: 'review_due', reviewOn });
  });
});
