import {
  addDays,
  type StaffCompetenceCheckView,
  type StaffTrainingRecordView,
  type StaffTrainingResponse,
  type TrainingOverview,
} from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
type Who = 'carer' | 'home_carer' | 'home_senior' | 'senior' | 'manager' | 'quality' | 'admin' | 'outsider';
const agents = new Map<Who, Agent>();
const staff = new Map<Who | 'home_carer_2', TestStaff>();

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Training Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const add = async (who: Who | 'home_carer_2', built: Promise<TestStaff>, signIn = true) => {
    const s = await built;
    staff.set(who, s);
    if (signIn && who !== 'home_carer_2') agents.set(who, await signInAs(t.app, s, t.clock.now));
  };
  await add('carer', buildStaff(t.db, org, { role: 'care_worker' }));
  await add('home_carer', buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId, name: 'Olu Home' }));
  await add('home_carer_2', buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId, name: 'Ada Home' }), false);
  await add(
    'home_senior',
    buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId, name: 'Grace Senior' }),
  );
  await add('senior', buildStaff(t.db, org, { role: 'senior_care_worker' }));
  await add('manager', buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Manager' }));
  await add('quality', buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await add('admin', buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await add('outsider', buildStaff(t.db, other, { role: 'registered_manager' }));
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const idOf = (who: Who | 'home_carer_2') => staff.get(who)!.id;
const today = () => londonDate(t.clock.now());
const trainingUrl = (who: Who | 'home_carer_2') => `/api/staff/${idOf(who)}/training`;
const recordsUrl = (who: Who | 'home_carer_2') => `/api/staff/${idOf(who)}/training-records`;
const checksUrl = (who: Who | 'home_carer_2') => `/api/staff/${idOf(who)}/competence-checks`;
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field) ?? [];

const course = (overrides: Record<string, unknown> = {}) => ({
  topic: 'restrictive_practice',
  course: 'Reducing restrictive practice',
  trainingProvider: 'Calm Approaches Training',
  completedOn: addDays(today(), -100),
  expiresOn: addDays(today(), 265),
  rrnCertified: true,
  certificateReference: 'CAT-0001',
  ...overrides,
});

async function record(
  who: Who | 'home_carer_2',
  overrides: Record<string, unknown> = {},
  by: Who = 'manager',
): Promise<StaffTrainingRecordView> {
  const res = await as(by).post(recordsUrl(who), course(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<StaffTrainingRecordView>();
}

async function auditFor(resourceId: string) {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
          'SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq',
          [resourceId],
        )
      ).rows,
  );
}

describe('training records', () => {
  test('a record is stored as sent, with who recorded it and its status today', async () => {
    const stored = await record('home_carer_2', { expiresOn: addDays(today(), -30) });
    expect(stored).toMatchObject({
      staffId: idOf('home_carer_2'),
      topic: 'restrictive_practice',
      rrnCertified: true,
      certificateReference: 'CAT-0001',
      status: 'expired',
      current: true,
      supersedes: null,
      recordedBy: { name: 'Maya Manager' },
    });
    const read = (await as('manager').get(trainingUrl('home_carer_2'))).json<StaffTrainingResponse>();
    expect(read.staff).toMatchObject({ id: idOf('home_carer_2'), name: 'Ada Home', serviceIds: [org.careHomeId] });
    expect(read.records.map((r) => r.id)).toContain(stored.id);
    expect(read.restrictivePractice).toMatchObject({ standing: 'expired', record: { id: stored.id } });
  });

  test('a replacement names the record it replaces, with a reason; the old one stays readable', async () => {
    const first = await record('home_senior', { course: 'First course' });
    const missingReason = await as('manager').post(recordsUrl('home_senior'), course({ supersedes: first.id }));
    expect(missingReason.statusCode).toBe(400);
    expect(fieldsOf(missingReason)).toEqual(['supersedeReason']);
    const second = await record('home_senior', {
      course: 'Refresher',
      supersedes: first.id,
      supersedeReason: 'Annual refresher',
    });
    expect(second).toMatchObject({ supersedes: first.id, supersedeReason: 'Annual refresher', current: true });
    const read = (await as('manager').get(trainingUrl('home_senior'))).json<StaffTrainingResponse>();
    expect(read.records.find((r) => r.id === first.id)).toMatchObject({ current: false, supersededBy: second.id });
    const again = await as('manager').post(recordsUrl('home_senior'), course({ supersedes: first.id, supersedeReason: 'Again' }));
    expect([again.statusCode, fieldsOf(again)]).toEqual([400, ['supersedes']]);
    const elsewhere = await as('manager').post(
      recordsUrl('carer'),
      course({ supersedes: second.id, supersedeReason: 'Wrong person' }),
    );
    expect([elsewhere.statusCode, fieldsOf(elsewhere)]).toEqual([400, ['supersedes']]);
    // Nothing is changed in place: both rows are still there.
    const rows = await asOwner(
      t.db,
      async (c) => (await c.query('SELECT id FROM staff_training_records WHERE staff_id = $1', [idOf('home_senior')])).rowCount,
    );
    expect(rows).toBe(2);
  });

  test.each<
    [
      string,
      () => { expiresOn: string | null; rrnCertified?: boolean; topic?: string; certificateReference?: string | null },
      string,
    ]
  >([
    ['expired yesterday', () => ({ expiresOn: addDays(today(), -1) }), 'expired'],
    ['expires today', () => ({ expiresOn: today() }), 'expires_soon'],
    ['expires in 60 days', () => ({ expiresOn: addDays(today(), 60) }), 'expires_soon'],
    ['expires in 61 days', () => ({ expiresOn: addDays(today(), 61) }), 'current'],
    [
      'no expiry date',
      () => ({ expiresOn: null, topic: 'safeguarding', rrnCertified: false, certificateReference: null }),
      'no_expiry',
    ],
  ])('status: %s', async (_case, overrides, status) => {
    expect((await record('carer', overrides())).status).toBe(status);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['no course', { course: '' }, ['course']],
    ['a date that does not exist', { completedOn: '2026-02-31' }, ['completedOn']],
    ['completed in the future', { completedOn: '2999-01-01', expiresOn: '2999-06-01' }, ['completedOn']],
    ['expires before completed', { expiresOn: '2001-01-01' }, ['expiresOn']],
    ['certified safeguarding training', { topic: 'safeguarding' }, ['rrnCertified']],
    ['certified without a certificate', { certificateReference: null }, ['certificateReference']],
    ['an unknown topic', { topic: 'driving' }, ['topic']],
    ['a replacement that is not a record id', { supersedes: 'not-an-id', supersedeReason: 'x' }, ['supersedes']],
  ])('%s answers 400 on its field, never 500', async (_case, overrides, fields) => {
    const res = await as('manager').post(recordsUrl('carer'), course(overrides));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
  });
});

describe('who may see and keep training', () => {
  // The care-home care worker: their own training, a care-home senior's reach and the homecare senior's lack of it.
  test.each<[Who, number, number]>([
    ['carer', 403, 403],
    ['home_carer', 200, 403],
    ['home_senior', 200, 201],
    ['senior', 403, 403],
    ['manager', 200, 201],
    ['quality', 200, 201],
    ['admin', 200, 201],
    ['outsider', 404, 404],
  ])('%s: read %i, record %i', async (who, read, write) => {
    expect((await as(who).get(trainingUrl('home_carer'))).statusCode).toBe(read);
    expect((await as(who).get(checksUrl('home_carer'))).statusCode).toBe(read);
    const res = await as(who).post(
      recordsUrl('home_carer'),
      course({ topic: 'mental_capacity', rrnCertified: false, certificateReference: null }),
    );
    expect(res.statusCode, res.body).toBe(write);
  });

  test('a care worker sees only their own training', async () => {
    expect((await as('home_carer').get(trainingUrl('home_carer_2'))).statusCode).toBe(403);
    expect((await as('home_carer').get(checksUrl('home_carer_2'))).statusCode).toBe(403);
    expect((await as('home_carer').get('/api/training')).statusCode).toBe(403);
  });

  test('the overview lists the staff of the reader\u2019s services, or everyone for organisation-wide roles', async () => {
    const names = async (who: Who) => (await as(who).get('/api/training')).json<TrainingOverview>().staff.map((s) => s.name);
    const homeNames = await names('home_senior');
    expect(homeNames).toEqual(['Ada Home', 'Grace Senior', 'Olu Home']);
    expect(await names('manager')).toEqual(expect.arrayContaining([...homeNames, 'Maya Manager']));
    expect(await names('outsider')).not.toContain('Olu Home');
    expect((await as('carer').get('/api/training')).statusCode).toBe(403);
  });

  test('reads and writes are audited, refusals too, without course details', async () => {
    const before = (await auditFor(idOf('home_carer'))).length;
    await as('home_senior').get(trainingUrl('home_carer'));
    await as('senior').get(trainingUrl('home_carer'));
    await as('home_senior').post(
      recordsUrl('home_carer'),
      course({
        course: 'Positive behaviour support',
        topic: 'positive_behaviour_support',
        rrnCertified: false,
        certificateReference: null,
      }),
    );
    const entries = (await auditFor(idOf('home_carer'))).slice(before);
    expect(entries.map((e) => [e.action, e.outcome])).toEqual([
      ['staff_training.read', 'success'],
      ['staff_training.read', 'refused'],
      ['staff_training.record', 'success'],
    ]);
    expect(entries[2]!.detail).toMatchObject({ topic: 'positive_behaviour_support', rrnCertified: false });
    expect(JSON.stringify(entries)).not.toContain('Positive behaviour support');
  });
});

const competenceItems = async () => (await import('@hearth/core')).competenceItemIds;
const observationItems = async () => (await import('@hearth/core')).observationItemIds;

describe('competence checklists and observations', () => {
  test('a senior signs off a competence checklist and a manager records an observation; both are listed newest first', async () => {
    const answers = (await competenceItems()).map((itemId, i) => ({
      itemId,
      answer: i === 0 ? 'partly' : 'met',
      evidence: 'Seen on shift',
    }));
    const competence = await as('home_senior').post(checksUrl('home_carer'), {
      kind: 'competence',
      completedOn: addDays(today(), -3),
      answers,
      nextSteps: 'Shadow Grace',
    });
    expect(competence.statusCode, competence.body).toBe(201);
    expect(competence.json<StaffCompetenceCheckView>()).toMatchObject({
      kind: 'competence',
      summary: { partly: 1, allMet: false, groupsToDevelop: ['values'] },
      recordedBy: { name: 'Grace Senior' },
    });
    const items = (await observationItems()).map((itemId) => ({ itemId, result: 'met', comment: null }));
    const observation = await as('manager').post(checksUrl('home_carer'), {
      kind: 'observation',
      completedOn: today(),
      observerName: 'Maya Manager',
      observerRole: 'Registered manager',
      setting: 'Lunch in the dining room',
      items,
      feedback: 'Well done',
    });
    expect(observation.statusCode, observation.body).toBe(201);
    const read = await as('home_carer').get(checksUrl('home_carer'));
    expect(read.json<{ checks: StaffCompetenceCheckView[] }>().checks.map((c) => c.kind)).toEqual(['observation', 'competence']);
    const overview = (await as('manager').get('/api/training'))
      .json<TrainingOverview>()
      .staff.find((s) => s.staffId === idOf('home_carer'));
    expect(overview).toMatchObject({ lastCompetenceCheck: addDays(today(), -3), lastObservation: today() });
    const audited = await auditFor(idOf('home_carer'));
    expect(audited.filter((a) => a.action.startsWith('staff_competence.record')).map((a) => a.action)).toEqual([
      'staff_competence.record_competence',
      'staff_competence.record_observation',
    ]);
    expect(JSON.stringify(audited)).not.toContain('Seen on shift');
  });

  test('each unanswered item and missing evidence is named, never a 500', async () => {
    const [first, ...rest] = await competenceItems();
    const res = await as('manager').post(checksUrl('home_carer'), {
      kind: 'competence',
      completedOn: today(),
      answers: [
        { itemId: first, answer: 'not_yet', evidence: '' },
        ...rest.slice(1).map((itemId) => ({ itemId, answer: 'met', evidence: 'x' })),
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([`answers.${first}.evidence`, `answers.${rest[0]}.answer`]);
    const noKind = await as('manager').post(checksUrl('home_carer'), { completedOn: today(), answers: [] });
    expect(noKind.statusCode).toBe(400);
    const noSetting = await as('manager').post(checksUrl('home_carer'), {
      kind: 'observation',
      completedOn: today(),
      observerName: 'M',
      setting: '',
      items: [],
    });
    expect([noSetting.statusCode, fieldsOf(noSetting)]).toEqual([400, ['setting']]);
  });

  test('nobody signs off their own competence', async () => {
    const answers = (await competenceItems()).map((itemId) => ({ itemId, answer: 'met', evidence: 'x' }));
    const res = await as('manager').post(`/api/staff/${idOf('manager')}/competence-checks`, {
      kind: 'competence',
      completedOn: today(),
      answers,
    });
    expect(res.statusCode).toBe(403);
  });
});
