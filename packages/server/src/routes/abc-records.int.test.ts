import type { AbcAnalysisResponse, AbcRecordList, AbcRecordView } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inTransaction } from '../db/transaction.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
const agents = new Map<Who, Agent>();

type Who = 'carer' | 'senior' | 'manager' | 'quality' | 'admin' | 'home_manager' | 'outsider';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const sign = async (who: Who, staff: Parameters<typeof signInAs>[1]) =>
    agents.set(who, await signInAs(t.app, staff, t.clock.now));
  await sign('carer', await buildStaff(t.db, org, { role: 'care_worker', name: 'Carla Carer' }));
  await sign('senior', await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  await sign('manager', await buildStaff(t.db, org, { role: 'registered_manager' }));
  await sign('quality', await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await sign('admin', await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await sign('home_manager', await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  await sign('outsider', await buildStaff(t.db, other, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const listUrl = (personId: string, query = '') => `/api/people/${personId}/abc-records${query}`;
const analysisUrl = (personId: string, query = '') => `/api/people/${personId}/abc-analysis${query}`;
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field);
const hoursAgo = (h: number) => new Date(t.clock.now().getTime() - h * 3_600_000).toISOString();

/** A whole record as the form sends it: left alone before, attention after, an hour ago. */
function abcBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    clientId: randomUUID(),
    occurredAt: hoursAgo(1),
    behaviour: 'Trying to leave the building',
    behaviourForm: 'Stood at the front door pulling the handle, asking for his coat',
    intensity: 3,
    durationMinutes: 20,
    restrictiveInterventionUsed: false,
    setting: 'Front hall',
    activity: 'Waiting for tea',
    peoplePresent: 'Two residents, one member of staff',
    settingEvents: [{ kind: 'health', detail: 'Slept badly' }],
    antecedent: { category: 'left_alone', description: 'Staff were busy with the tea round' },
    consequence: { category: 'attention_given', description: 'Sat with him and talked about his children' },
    communicating: 'He may have wanted company',
    whatHelped: 'Talking about his children helped',
    ...overrides,
  };
}

async function newPerson(name: string, serviceId = org.homecareId): Promise<string> {
  const res = await as(serviceId === org.homecareId ? 'senior' : 'home_manager').post(
    '/api/people',
    personBody(serviceId, { legalName: name, preferredName: null }),
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function record(personId: string, overrides: Record<string, unknown> = {}, who: Who = 'carer'): Promise<AbcRecordView> {
  const res = await as(who).post(listUrl(personId), abcBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<AbcRecordView>();
}

async function auditFor(personId: string) {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
          'SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq',
          [personId],
        )
      ).rows,
  );
}

const storedRows = (clientId: string) =>
  asOwner(t.db, async (c) => (await c.query('SELECT id FROM abc_records WHERE client_id = $1', [clientId])).rowCount);

describe('who may record and read ABC records', () => {
  test.each<[Who, number, number]>([
    // who, read (list, one record, analysis), record
    ['carer', 200, 201],
    ['senior', 200, 201],
    ['manager', 200, 201],
    ['quality', 200, 403],
    ['admin', 403, 403],
    ['home_manager', 403, 403],
    ['outsider', 404, 404],
  ])('%s: read %i, record %i', async (who, read, write) => {
    const personId = await newPerson(`Access ${who}`);
    const existing = await record(personId, {}, 'senior');
    expect((await as(who).get(listUrl(personId))).statusCode).toBe(read);
    expect((await as(who).get(`/api/abc-records/${existing.id}`)).statusCode).toBe(read);
    expect((await as(who).get(analysisUrl(personId))).statusCode).toBe(read);
    expect((await as(who).post(listUrl(personId), abcBody())).statusCode).toBe(write);

    const audited = await auditFor(personId);
    const outcome = (status: number) => (status < 400 ? 'success' : 'refused');
    const outcomes = (action: string) => audited.filter((a) => a.action === action).map((a) => a.outcome);
    expect(outcomes('abc_record.list')).toEqual([outcome(read)]);
    expect(outcomes('abc_record.analysis')).toEqual([outcome(read)]);
    // The senior's record and this one's attempt (an outsider's refusal sits in its own organisation's chain).
    expect(outcomes('abc_record.create').sort()).toEqual(['success', outcome(write)].sort());
    // A read of one record the organisation does not hold is audited against the record's id, not the person.
    if (read !== 404) expect(outcomes('abc_record.read')).toEqual([outcome(read)]);
  });

  test('a care home manager records for the care home, and the record keeps the service it was made in', async () => {
    const personId = await newPerson('Care Home Resident', org.careHomeId);
    const made = await record(personId, {}, 'home_manager');
    expect(made.serviceId).toBe(org.careHomeId);
    expect((await as('carer').get(listUrl(personId))).statusCode).toBe(403);
  });
});

describe('recording', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Stan Records');
  });

  test('a record is stored as sent, with who recorded it, and read back as one record', async () => {
    const body = abcBody({ intensity: 4, restrictiveInterventionUsed: true });
    const res = await as('carer').post(listUrl(personId), body);
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json<AbcRecordView>();
    expect(made).toMatchObject({
      clientId: body.clientId,
      personId,
      serviceId: org.homecareId,
      behaviour: 'Trying to leave the building',
      intensity: 4,
      durationMinutes: 20,
      restrictiveInterventionUsed: true,
      setting: 'Front hall',
      settingEvents: [{ kind: 'health', detail: 'Slept badly' }],
      antecedent: { category: 'left_alone' },
      consequence: { category: 'attention_given' },
      supersedes: null,
      supersededBy: null,
      current: true,
      recordedBy: { name: 'Carla Carer' },
    });
    expect(Date.parse(made.occurredAt)).toBe(Date.parse(body.occurredAt as string));
    expect((await as('quality').get(`/api/abc-records/${made.id}`)).json()).toEqual(made);
  });

  test('the same record sent again is stored once and answered as stored; a different one under its client id is refused', async () => {
    const body = abcBody();
    const first = await as('carer').post(listUrl(personId), body);
    expect(first.statusCode).toBe(201);
    const again = await as('carer').post(listUrl(personId), body);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await storedRows(body.clientId as string)).toBe(1);

    const changed = await as('carer').post(listUrl(personId), { ...body, intensity: 5 });
    expect(changed.statusCode).toBe(409);
    expect(changed.json()).toMatchObject({ code: 'conflict' });
    // The same body from someone else is not this submission either.
    expect((await as('senior').post(listUrl(personId), body)).statusCode).toBe(409);
    expect(await storedRows(body.clientId as string)).toBe(1);
    const repeats = (await auditFor(personId)).filter((a) => a.detail.repeated === true);
    expect(repeats).toHaveLength(1);
  });

  test('a correction replaces a record with a reason; the earlier one stays readable, marked replaced', async () => {
    const original = await record(personId, { intensity: 2 });
    const correction = await record(personId, {
      intensity: 3,
      supersedes: original.id,
      supersedeReason: 'Wrong intensity at first',
    });
    expect(correction).toMatchObject({ supersedes: original.id, supersedeReason: 'Wrong intensity at first', current: true });
    expect((await as('carer').get(`/api/abc-records/${original.id}`)).json()).toMatchObject({
      current: false,
      supersededBy: correction.id,
    });
    const list = (await as('carer').get(listUrl(personId))).json<AbcRecordList>();
    expect(list.records.filter((r) => [original.id, correction.id].includes(r.id)).map((r) => r.current)).toEqual([true, false]);

    const twice = await as('carer').post(listUrl(personId), abcBody({ supersedes: original.id, supersedeReason: 'Again' }));
    expect(twice.statusCode).toBe(400);
    expect(fieldsOf(twice)).toEqual(['supersedes']);
    const elsewhere = await record(await newPerson('Someone Else'));
    const notTheirs = await as('carer').post(
      listUrl(personId),
      abcBody({ supersedes: elsewhere.id, supersedeReason: 'Mixed up' }),
    );
    expect(fieldsOf(notTheirs)).toEqual(['supersedes']);
    expect((await auditFor(personId)).filter((a) => a.action === 'abc_record.replace').map((a) => a.outcome)).toEqual([
      'success',
    ]);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['no behaviour', { behaviour: '' }, ['behaviour']],
    ['intensity out of range', { intensity: 7 }, ['intensity']],
    ['a duration that is not a number', { durationMinutes: 'twenty' }, ['durationMinutes']],
    ['no answer about restrictive intervention', { restrictiveInterventionUsed: null }, ['restrictiveInterventionUsed']],
    ['an antecedent not on the list', { antecedent: { category: 'boredom', description: 'Bored' } }, ['antecedent.category']],
    ['no consequence description', { consequence: { category: 'given_space', description: ' ' } }, ['consequence.description']],
    ['no setting', { setting: '' }, ['setting']],
    ['a replacement without a reason', { supersedes: randomUUID() }, ['supersedeReason']],
    ['a time in the future', { occurredAt: new Date(Date.now() + 3_600_000).toISOString() }, ['occurredAt']],
  ])('%s is refused with the field named', async (_name, overrides, fields) => {
    const body = abcBody(overrides);
    const res = await as('carer').post(listUrl(personId), body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
    expect(await storedRows(body.clientId as string)).toBe(0);
  });

  test('a record is never changed or removed, even by the database owner', async () => {
    await record(personId);
    await expect(inTransaction(t.db.pool, org.id, (tx) => tx.query('UPDATE abc_records SET intensity = 1'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM abc_records'))).rejects.toThrow(
      /DELETE on abc_records is not allowed/,
    );
  });

  test('the audit log keeps codes and counts, never the recorder’s words or the behaviour', async () => {
    const entries = await auditFor(personId);
    expect(entries.find((a) => a.action === 'abc_record.create' && a.outcome === 'success')?.detail).toMatchObject({
      intensity: 4,
      antecedent: 'left_alone',
      consequence: 'attention_given',
      restrictiveInterventionUsed: true,
    });
    expect(JSON.stringify(entries)).not.toMatch(/front door|Slept badly|company|Trying to leave|Front hall/);
  });
});

describe('lists and analysis, filtered by period and behaviour', () => {
  let personId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    personId = await newPerson('Analysis Person');
    const attention = { antecedent: { category: 'left_alone', description: 'Alone in his room' } };
    for (let day = 1; day <= 5; day++)
      ids[`attention${day}`] = (
        await record(personId, { ...attention, occurredAt: hoursAgo(24 * day), behaviour: 'Calling out' })
      ).id;
    ids.escape = (
      await record(personId, {
        occurredAt: hoursAgo(24 * 10),
        behaviour: 'Pushing away',
        antecedent: { category: 'demand', description: 'Asked to have a wash' },
        consequence: { category: 'task_stopped', description: 'Left the wash for later' },
      })
    ).id;
  });

  test('the analysis suggests attention, with the records that point to it', async () => {
    const analysis = (await as('senior').get(analysisUrl(personId))).json<AbcAnalysisResponse>();
    expect(analysis.considered).toBe(6);
    expect(analysis.summary).toEqual({ status: 'hypothesis', function: 'attention' });
    const attention = analysis.functions.find((f) => f.function === 'attention')!;
    expect(attention.evidence.map((e) => e.recordId)).toEqual([1, 2, 3, 4, 5].map((d) => ids[`attention${d}`]));
    expect(analysis.antecedents.find((a) => a.category === 'left_alone')?.count).toBe(5);
    expect(analysis.behaviours).toEqual(['Calling out', 'Pushing away']);
    expect(analysis.rule).toEqual({ minimumRecords: 5, clearLeadRatio: 2, minimumShare: 0.5 });
  });

  test('filtered to one behaviour or a period, fewer records are looked at, and too few suggest nothing', async () => {
    const pushing = (await as('senior').get(analysisUrl(personId, '?behaviour=pushing%20away'))).json<AbcAnalysisResponse>();
    expect(pushing).toMatchObject({
      considered: 1,
      summary: { status: 'not_enough_records', needed: 4 },
      filter: { behaviour: 'pushing away' },
    });

    const day = (hours: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(hoursAgo(hours)));
    const list = (await as('senior').get(listUrl(personId, `?from=${day(24 * 3)}&to=${day(24)}`))).json<AbcRecordList>();
    expect(list.records.map((r) => r.id)).toEqual([ids.attention1, ids.attention2, ids.attention3]);

    const backwards = await as('senior').get(listUrl(personId, `?from=${day(24)}&to=${day(24 * 3)}`));
    expect(backwards.statusCode).toBe(400);
    expect(fieldsOf(backwards)).toEqual(['to']);
  });

  test('a replaced record leaves the analysis, and its correction is counted instead', async () => {
    await record(personId, {
      supersedes: ids.escape,
      supersedeReason: 'It was the wash being offered, not asked',
      behaviour: 'Pushing away',
      occurredAt: hoursAgo(24 * 10),
      antecedent: { category: 'left_alone', description: 'Alone after his wash' },
    });
    const analysis = (await as('senior').get(analysisUrl(personId))).json<AbcAnalysisResponse>();
    expect(analysis).toMatchObject({ considered: 6, replacedLeftOut: 1 });
    expect(analysis.functions.find((f) => f.function === 'escape')).toMatchObject({ score: 0, records: 0 });
    expect((await auditFor(personId)).filter((a) => a.action === 'abc_record.analysis').at(-1)?.detail).toMatchObject({
      considered: 6,
      summary: 'hypothesis',
      byBehaviour: false,
    });
  });

  test('another organisation’s record answers 404, and its list 404', async () => {
    expect((await as('outsider').get(`/api/abc-records/${ids.attention1}`)).statusCode).toBe(404);
    expect((await as('outsider').get(analysisUrl(personId))).statusCode).toBe(404);
    expect((await as('carer').get(`/api/abc-records/${randomUUID()}`)).statusCode).toBe(404);
  });
});
