import {
  capacityRecordKinds,
  capacityRecordRoutes,
  type CapacityRecordKind,
  type CapacityRecordView,
  type CapacityRecordsResponse,
  type Person,
} from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { lacksCapacityBody } from '../test/capacity-fixtures.js';
import { capacityRecordBody } from '../test/capacity-record-fixtures.js';
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
  await sign('carer', await buildStaff(t.db, org, { role: 'care_worker' }));
  await sign('senior', await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  await sign('manager', await buildStaff(t.db, org, { role: 'registered_manager' }));
  await sign('quality', await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await sign('admin', await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await sign('home_manager', await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  await sign('outsider', await buildStaff(t.db, other, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const today = () => londonDate(t.clock.now());
const recordsUrl = (id: string) => `/api/people/${id}/capacity-records`;
const postUrl = (id: string, kind: CapacityRecordKind) => `/api/people/${id}/${capacityRecordRoutes[kind].path}`;
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field);

async function newPerson(name: string): Promise<string> {
  const res = await as('senior').post('/api/people', personBody(org.homecareId, { legalName: name, preferredName: null }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function record(personId: string, kind: CapacityRecordKind, overrides: Record<string, unknown> = {}) {
  const res = await as('senior').post(postUrl(personId, kind), capacityRecordBody(kind, today(), overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CapacityRecordView>();
}

const records = async (personId: string, who: Who = 'senior') =>
  (await as(who).get(recordsUrl(personId))).json<CapacityRecordsResponse>();

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

describe('who may read and record capacity records', () => {
  test.each<[Who, number, number]>([
    // who, read, record (each of the seven kinds)
    ['carer', 200, 403],
    ['senior', 200, 201],
    ['manager', 200, 201],
    ['quality', 200, 403],
    ['admin', 403, 403],
    ['home_manager', 403, 403],
    ['outsider', 404, 404],
  ])('%s: read %i, record %i', async (who, read, write) => {
    const personId = await newPerson(`Access ${who}`);
    expect((await as(who).get(recordsUrl(personId))).statusCode).toBe(read);
    for (const kind of capacityRecordKinds) {
      const res = await as(who).post(postUrl(personId, kind), capacityRecordBody(kind, today()));
      expect(res.statusCode, `${kind}: ${res.body}`).toBe(write);
    }
    const audited = await auditFor(personId);
    const outcome = (status: number) => (status < 400 ? 'success' : 'refused');
    expect(audited.filter((a) => a.action === 'capacity_records.read').map((a) => a.outcome)).toEqual([outcome(read)]);
    for (const kind of capacityRecordKinds)
      expect(audited.filter((a) => a.action === `${kind}.record`).map((a) => a.outcome)).toEqual([outcome(write)]);
  });
});

describe('recording and reading', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Peggy Records');
  });

  test('every kind is stored as sent and listed by kind, with who recorded it', async () => {
    const stored = new Map<CapacityRecordKind, CapacityRecordView>();
    for (const kind of capacityRecordKinds) stored.set(kind, await record(personId, kind));
    expect(stored.get('resuscitation')).toMatchObject({
      kind: 'resuscitation',
      body: { status: 'respect_form', originalKeptAt: 'Purple folder on the kitchen dresser', reviewOn: null },
      supersedes: null,
      supersedeReason: null,
      supersededBy: null,
      current: true,
      recordedBy: { name: 'Sam Senior' },
    });
    const read = await records(personId, 'carer');
    for (const kind of capacityRecordKinds)
      expect(read[capacityRecordRoutes[kind].list].map((r) => r.id)).toEqual([stored.get(kind)!.id]);
    expect(read.resuscitation).toEqual({
      status: 'respect_form',
      label: 'ReSPECT form: do not attempt CPR',
      cprNotToBeAttempted: true,
      formLocation: 'Purple folder on the kitchen dresser',
      decidedOn: today(),
      reviewOn: null,
      reviewDue: false,
      recordId: stored.get('resuscitation')!.id,
    });
    expect(read.libertyAttention).toEqual([]);
    expect(read.acpPrompt.shouldOffer).toBe(false);
  });

  test('the audit log keeps codes and dates, never names or the person’s words', async () => {
    const entries = await auditFor(personId);
    const write = entries.find((a) => a.action === 'legal_authority.record');
    expect(write).toMatchObject({ outcome: 'success', detail: { kind: 'legal_authority', scope: 'health_and_welfare' } });
    expect(JSON.stringify(entries)).not.toMatch(/Helen Whitfield|Purple folder|my cat/);
    expect(entries.filter((a) => a.action === 'capacity_records.read' && a.outcome === 'success')).toHaveLength(1);
  });

  test('the person’s record carries the ReSPECT / DNACPR status for those who may see it', async () => {
    const person = (await as('carer').get(`/api/people/${personId}`)).json<Person>();
    expect(person.resuscitation).toMatchObject({
      label: 'ReSPECT form: do not attempt CPR',
      formLocation: 'Purple folder on the kitchen dresser',
    });
    // The administrator reads the person but not their capacity records.
    expect((await as('admin').get(`/api/people/${personId}`)).json<Person>().resuscitation).toBeNull();
    const other = (await as('carer').get(`/api/people/${await newPerson('No Form')}`)).json<Person>();
    expect(other.resuscitation).toBeNull();
    const audited = (await auditFor(personId)).filter((a) => a.action === 'person.read');
    expect(audited.map((a) => a.detail.resuscitationShown)).toEqual([true, false]);
  });

  test('a liberty authorisation expiring soon needs renewal', async () => {
    const id = await newPerson('Liberty Soon');
    const soon = londonDate(new Date(t.clock.now().getTime() + 10 * 86_400_000));
    const dols = await record(id, 'liberty_safeguard', { expiresOn: soon });
    expect((await records(id)).libertyAttention).toMatchObject([
      { recordId: dols.id, attention: 'renewal_due', expiresOn: soon },
    ]);
  });

  test('an advance care plan is prompted where capacity fluctuates, until one is recorded', async () => {
    const id = await newPerson('Fluctuating');
    const assessed = await as('senior').post(
      `/api/people/${id}/capacity-assessments`,
      lacksCapacityBody(today(), { fluctuates: true, reassessOn: '2099-01-01' }),
    );
    expect(assessed.statusCode, assessed.body).toBe(201);
    expect((await records(id)).acpPrompt).toEqual({ shouldOffer: true, triggers: ['fluctuating_capacity'] });
    await record(id, 'advance_care_plan');
    expect((await records(id)).acpPrompt).toEqual({ shouldOffer: false, triggers: ['fluctuating_capacity'] });
  });
});

describe('bad input answers field errors with the form’s field names', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Bad Input');
  });

  test.each<[string, CapacityRecordKind, Record<string, unknown>, string[]]>([
    ['no holder', 'legal_authority', { holderName: '' }, ['holderName']],
    ['registered but no reference', 'legal_authority', { reference: '' }, ['reference']],
    ['registered in the future', 'legal_authority', { registeredOn: '2099-01-01', seenOn: null }, ['registeredOn']],
    [
      'a contact not of this person',
      'legal_authority',
      { holderContactId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
      ['holderContactId'],
    ],
    ['authorised with no expiry', 'liberty_safeguard', { expiresOn: '' }, ['expiresOn']],
    ['a plan section consent with no section', 'consent', { scope: { kind: 'plan_section' } }, ['scope.sectionKey']],
    [
      'consent by an authority not recorded',
      'consent',
      { basis: 'legal_authority', method: null, authorityId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
      ['authorityId'],
    ],
    [
      'a treatment escalation plan kept nowhere',
      'advance_care_plan',
      { treatmentEscalationPlan: { inPlace: true } },
      ['treatmentEscalationPlan.keptAt'],
    ],
    ['a decision in the future', 'resuscitation', { decidedOn: '2099-01-01' }, ['decidedOn']],
    [
      'a replacement without a reason',
      'imca_involvement',
      { supersedes: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
      ['supersedeReason'],
    ],
    ['a reason with nothing replaced', 'advance_decision', { supersedeReason: 'Updated' }, ['supersedeReason']],
  ])('%s (%s)', async (_name, kind, overrides, fields) => {
    const res = await as('senior').post(postUrl(personId, kind), capacityRecordBody(kind, today(), overrides));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
  });

  test('nothing bad was stored', async () => {
    const read = await records(personId);
    expect(capacityRecordKinds.flatMap((k): unknown[] => read[capacityRecordRoutes[k].list])).toEqual([]);
  });
});

describe('replacing a record', () => {
  test('a second ReSPECT form must replace the first, with a reason; the first is kept, marked replaced', async () => {
    const personId = await newPerson('Replaced Form');
    const first = await record(personId, 'resuscitation', { cprRecommendation: 'attempt_cpr' });
    const beside = await as('senior').post(postUrl(personId, 'resuscitation'), capacityRecordBody('resuscitation', today()));
    expect(fieldsOf(beside)).toEqual(['supersedes']);
    const second = await record(personId, 'resuscitation', { supersedes: first.id, supersedeReason: 'Reviewed with her GP' });
    expect(second).toMatchObject({ supersedes: first.id, supersedeReason: 'Reviewed with her GP', current: true });

    const read = await records(personId);
    expect(read.resuscitationRecords.map((r) => [r.id, r.current, r.supersededBy])).toEqual([
      [second.id, true, null],
      [first.id, false, second.id],
    ]);
    expect(read.resuscitation).toMatchObject({ recordId: second.id, cprNotToBeAttempted: true });

    const twice = await as('senior').post(
      postUrl(personId, 'resuscitation'),
      capacityRecordBody('resuscitation', today(), { supersedes: first.id, supersedeReason: 'Again' }),
    );
    expect(fieldsOf(twice)).toEqual(['supersedes']);
  });

  test('only a record of the same person and kind can be replaced', async () => {
    const personId = await newPerson('Own Records');
    const elsewhere = await record(await newPerson('Someone Else'), 'consent');
    const authority = await record(personId, 'legal_authority');
    for (const [supersedes, kind] of [
      [elsewhere.id, 'consent'],
      [authority.id, 'consent'],
    ] as const) {
      const res = await as('senior').post(
        postUrl(personId, kind),
        capacityRecordBody(kind, today(), { supersedes, supersedeReason: 'Changed' }),
      );
      expect(res.statusCode).toBe(400);
      expect(fieldsOf(res)).toEqual(['supersedes']);
    }
  });

  test('consent by a registered health and welfare attorney is accepted where the person lacks capacity', async () => {
    const personId = await newPerson('Attorney Consent');
    const authority = await record(personId, 'legal_authority');
    const consent = {
      scope: { kind: 'plan_section', sectionKey: 'medication' },
      basis: 'legal_authority',
      method: null,
      authorityId: authority.id,
    };
    const early = await as('senior').post(postUrl(personId, 'consent'), capacityRecordBody('consent', today(), consent));
    expect(early.json()).toMatchObject({
      errors: [{ field: 'authorityId', message: expect.stringContaining('not been assessed') }],
    });
    const assessed = await as('senior').post(`/api/people/${personId}/capacity-assessments`, lacksCapacityBody(today()));
    expect(assessed.statusCode, assessed.body).toBe(201);
    await record(personId, 'consent', consent);
  });
});

describe('a record that is kept as it was', () => {
  test('nobody changes or removes a capacity record, even the database owner; other organisations see none', async () => {
    const personId = await newPerson('Append Only');
    await record(personId, 'advance_decision');
    await expect(
      inTransaction(t.db.pool, org.id, (tx) => tx.query("UPDATE capacity_records SET kind = 'consent'")),
    ).rejects.toThrow(/permission denied/);
    await expect(asOwner(t.db, (c) => c.query("UPDATE capacity_records SET body = '{}'"))).rejects.toThrow(
      /UPDATE on capacity_records is not allowed/,
    );
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM capacity_records'))).rejects.toThrow(
      /DELETE on capacity_records is not allowed/,
    );
  });

  test('once their support has ended, records are read but not added', async () => {
    const personId = await newPerson('Ended Support');
    const person = (await as('senior').get(`/api/people/${personId}`)).json<Record<string, unknown>>();
    const { id: _i, createdAt: _c, updatedAt: _u, isReadOnly: _r, ...fields } = person;
    const ended = await as('senior').put(`/api/people/${personId}`, {
      ...fields,
      status: 'ended',
      statusDate: today(),
      reason: 'Moved away',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const res = await as('senior').post(postUrl(personId, 'consent'), capacityRecordBody('consent', today()));
    expect(res.json()).toMatchObject({ code: 'record_read_only' });
    expect((await as('senior').get(recordsUrl(personId))).statusCode).toBe(200);
  });
});
