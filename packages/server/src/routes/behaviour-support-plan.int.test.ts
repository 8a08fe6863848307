import { addDays, type BspPlanResponse, type BspVersionView } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { bspAgreementBody, bspReviewBody, bspSaveBody } from '../test/behaviour-support-plan-fixtures.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { personWithPlan } from '../test/plan-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
const agents = new Map<Who, Agent>();
const staffIds = new Map<Who, string>();

type Who = 'carer' | 'senior' | 'manager' | 'quality' | 'admin' | 'home_manager' | 'outsider';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const sign = async (who: Who, staff: Parameters<typeof signInAs>[1]) => {
    staffIds.set(who, staff.id);
    agents.set(who, await signInAs(t.app, staff, t.clock.now));
  };
  await sign('carer', await buildStaff(t.db, org, { role: 'care_worker' }));
  await sign('senior', await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  await sign('manager', await buildStaff(t.db, org, { role: 'registered_manager' }));
  await sign('quality', await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await sign('admin', await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await sign('home_manager', await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  await sign('outsider', await buildStaff(t.db, other, { role: 'senior_care_worker' }));
}, 60_000);
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const today = () => londonDate(t.clock.now());
const planUrl = (id: string) => `/api/people/${id}/behaviour-support-plan`;
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field);

async function newPerson(name: string): Promise<string> {
  const res = await as('senior').post('/api/people', personBody(org.homecareId, { legalName: name, preferredName: null }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function save(
  personId: string,
  basedOn: number | null,
  overrides: Parameters<typeof bspSaveBody>[2] = {},
): Promise<BspVersionView> {
  const res = await as('senior').post(`${planUrl(personId)}/versions`, bspSaveBody(today(), basedOn, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<BspVersionView>();
}

async function agree(personId: string, version: number): Promise<BspVersionView> {
  const res = await as('senior').post(`${planUrl(personId)}/versions/${version}/agreement`, bspAgreementBody(today()));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<BspVersionView>();
}

const plan = async (personId: string, who: Who = 'senior') => (await as(who).get(planUrl(personId))).json<BspPlanResponse>();

/** The audit entries about the person, oldest first; only those `who` made when named. */
async function auditFor(personId: string, who?: Who) {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
          'SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 AND ($2::uuid IS NULL OR actor_id = $2) ORDER BY id',
          [personId, who === undefined ? null : staffIds.get(who)],
        )
      ).rows,
  );
}

describe('who may read, write, agree and review a behaviour support plan', () => {
  test.each<[Who, number, number]>([
    // who, read, every change (agree the proposed version, review the one in use, save a new version)
    ['carer', 200, 403],
    ['senior', 200, 201],
    ['manager', 200, 201],
    ['quality', 200, 403],
    ['admin', 403, 403],
    ['home_manager', 403, 403],
    ['outsider', 404, 404],
  ])('%s: read %i, change %i', async (who, read, change) => {
    const personId = await newPerson(`Access ${who}`);
    await agree(personId, (await save(personId, null)).version);
    await save(personId, 1);
    const statuses = [
      (await as(who).get(planUrl(personId))).statusCode,
      (await as(who).get(`${planUrl(personId)}/versions/1`)).statusCode,
      (await as(who).post(`${planUrl(personId)}/versions/2/agreement`, bspAgreementBody(today()))).statusCode,
      (await as(who).post(`${planUrl(personId)}/versions/2/reviews`, bspReviewBody(today()))).statusCode,
      (await as(who).post(`${planUrl(personId)}/versions`, bspSaveBody(today(), 2))).statusCode,
    ];
    expect(statuses).toEqual([read, read, change, change, change]);
    const outcome = (status: number) => (status < 400 ? 'success' : 'refused');
    // The senior also set the plan up: their last five entries are the ones made here.
    const audited = await auditFor(personId, who);
    expect(audited.slice(-5).map((a) => [a.action, a.outcome])).toEqual([
      ['behaviour_support_plan.read', outcome(read)],
      ['behaviour_support_plan.read_version', outcome(read)],
      ['behaviour_support_plan.agree', outcome(change)],
      ['behaviour_support_plan.review', outcome(change)],
      ['behaviour_support_plan.save', outcome(change)],
    ]);
    if (who !== 'senior') expect(audited).toHaveLength(5);
  });
});

test('the quality lead reads plans across the organisation; a homecare senior cannot read one in the care home', async () => {
  const created = await as('home_manager').post(
    '/api/people',
    personBody(org.careHomeId, { legalName: 'Hilda Home', preferredName: null }),
  );
  expect(created.statusCode, created.body).toBe(201);
  const personId = created.json<{ id: string }>().id;
  const saved = await as('home_manager').post(`${planUrl(personId)}/versions`, bspSaveBody(today(), null));
  expect(saved.statusCode, saved.body).toBe(201);
  expect((await as('quality').get(planUrl(personId))).json<BspPlanResponse>().latestVersion).toBe(1);
  expect((await as('senior').get(planUrl(personId))).statusCode).toBe(403);
  expect((await as('carer').get(planUrl(personId))).statusCode).toBe(403);
});

describe('versions: saved from the latest, in use once agreed, a newer one proposed', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Stanley Versions');
  });

  test('a first version is proposed until agreed, then in use; the next is proposed with the sections it changes', async () => {
    const empty = await plan(personId);
    expect(empty).toMatchObject({ latestVersion: null, versions: [], inUse: null, proposed: null, review: null, carePlan: null });

    const first = await save(personId, null);
    expect(first).toMatchObject({
      version: 1,
      status: 'proposed',
      restrictivePractices: [],
      agreement: null,
      recordedBy: { name: 'Sam Senior' },
    });
    expect(first.body.carePlanVersion).toBeNull();
    const proposed = await plan(personId, 'carer');
    expect(proposed.inUse).toBeNull();
    expect(proposed.proposed?.changedSections).toHaveLength(8);

    const agreed = await agree(personId, 1);
    expect(agreed).toMatchObject({
      status: 'in_use',
      agreedOn: today(),
      agreement: {
        personAgreed: true,
        representatives: [{ name: 'Jean Whitaker', relationship: 'Daughter' }],
        recordedBy: { name: 'Sam Senior' },
      },
    });

    const second = await save(personId, 1, {
      withEscort: true,
      changeReason: 'Escort added after the review with the PBS practitioner',
    });
    expect(second).toMatchObject({ version: 2, status: 'proposed', restrictivePractices: ['physical'] });
    const both = await plan(personId, 'quality');
    expect(both.inUse?.version).toBe(1);
    expect(both.proposed).toMatchObject({ version: 2, changedSections: ['reactiveStrategies', 'reductionPlan'] });
    expect(both.review).toEqual({ status: 'not_due', dueBy: addDays(today(), 180) });
    expect(both.versions.map((v) => [v.version, v.status, v.changeReason])).toEqual([
      [2, 'proposed', 'Escort added after the review with the PBS practitioner'],
      [1, 'in_use', 'First plan after the functional assessment'],
    ]);

    await agree(personId, 2);
    const after = await plan(personId);
    expect([after.inUse?.version, after.proposed, after.versions.map((v) => v.status)]).toEqual([
      2,
      null,
      ['in_use', 'replaced'],
    ]);
    const stored = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ version: number; restrictive_practices: string[] }>(
            'SELECT version, restrictive_practices FROM behaviour_support_plan_versions WHERE person_id = $1 ORDER BY version',
            [personId],
          )
        ).rows,
    );
    expect(stored).toEqual([
      { version: 1, restrictive_practices: [] },
      { version: 2, restrictive_practices: ['physical'] },
    ]);
    const old = (await as('carer').get(`${planUrl(personId)}/versions/1`)).json<BspVersionView>();
    expect([old.status, old.body.reactiveStrategies.restrictivePractices]).toEqual(['replaced', []]);
    expect((await as('carer').get(`${planUrl(personId)}/versions/9`)).statusCode).toBe(404);
  });

  test('a save started from an older version, or from nothing when a plan exists, is refused as stale', async () => {
    const latest = (await plan(personId)).latestVersion!;
    for (const basedOn of [latest - 1, null, latest + 1]) {
      const res = await as('senior').post(`${planUrl(personId)}/versions`, bspSaveBody(today(), basedOn));
      expect([res.statusCode, res.json<{ code: string }>().code]).toEqual([409, 'conflict_stale_version']);
    }
    // Two people who opened the same version: the first saves, the second is told to reload.
    const [a, b] = [bspSaveBody(today(), latest), bspSaveBody(today(), latest)];
    expect((await as('senior').post(`${planUrl(personId)}/versions`, a)).statusCode).toBe(201);
    const second = await as('manager').post(`${planUrl(personId)}/versions`, b);
    expect(second.statusCode).toBe(409);
    expect(second.json<{ detail: string }>().detail).toContain(`Someone saved version ${latest + 1}`);
    expect((await plan(personId)).latestVersion).toBe(latest + 1);
  });

  test('only the latest version may be agreed, and only once', async () => {
    const latest = (await plan(personId)).latestVersion!;
    await save(personId, latest);
    const older = await as('senior').post(`${planUrl(personId)}/versions/${latest}/agreement`, bspAgreementBody(today()));
    expect([older.statusCode, older.json<{ code: string }>().code]).toEqual([409, 'conflict_stale_version']);
    await agree(personId, latest + 1);
    const again = await as('senior').post(`${planUrl(personId)}/versions/${latest + 1}/agreement`, bspAgreementBody(today()));
    expect([again.statusCode, again.json<{ code: string }>().code]).toEqual([409, 'conflict']);
    expect((await as('senior').post(`${planUrl(personId)}/versions/99/agreement`, bspAgreementBody(today()))).statusCode).toBe(
      404,
    );
  });

  test('a review of the version in use sets when the next is due; any other version is refused', async () => {
    const current = await plan(personId);
    const inUse = current.inUse!.version;
    const res = await as('manager').post(`${planUrl(personId)}/versions/${inUse}/reviews`, bspReviewBody(today()));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ version: inUse, nextReviewBy: addDays(today(), 90), review: { outcome: 'no_change' } });
    const after = await plan(personId);
    expect(after.review).toEqual({ status: 'not_due', dueBy: addDays(today(), 90) });
    expect(after.inUse?.reviews).toHaveLength(1);
    expect((await as('senior').post(`${planUrl(personId)}/versions/1/reviews`, bspReviewBody(today()))).statusCode).toBe(409);
  });

  test('the audit log keeps version numbers and codes, never the plan\u2019s words or names', async () => {
    const entries = await auditFor(personId);
    expect(entries.find((e) => e.action === 'behaviour_support_plan.save' && e.detail.version === 2)?.detail).toMatchObject({
      basedOnVersion: 1,
      restrictivePractices: ['physical'],
    });
    expect(entries.find((e) => e.action === 'behaviour_support_plan.agree')?.detail).toMatchObject({
      version: 1,
      personAgreed: true,
      representatives: 1,
    });
    expect(entries.filter((e) => e.action === 'behaviour_support_plan.read' && e.outcome === 'success').length).toBeGreaterThan(
      3,
    );
    expect(JSON.stringify(entries)).not.toMatch(/Jean|joiner|brew|Escort added/);
  });
});

describe('bad input is named field by field', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Edna Errors');
  });

  test.each<[string, () => Record<string, unknown>, string, string[]]>([
    [
      'an empty plan',
      () => ({ basedOnVersion: null, changeReason: '', reviewBy: '', content: {} }),
      'versions',
      [
        'changeReason',
        'reviewBy',
        'content.profile',
        'content.behaviours',
        'content.functionalAssessment',
        'content.primaryPrevention',
        'content.secondaryStrategies',
        'content.reactiveStrategies',
        'content.postIncidentSupport',
      ],
    ],
    [
      'a review date already passed',
      () => ({ ...bspSaveBody(today(), null), reviewBy: addDays(today(), -1) }),
      'versions',
      ['reviewBy'],
    ],
    [
      'a review date more than a year away',
      () => ({ ...bspSaveBody(today(), null), reviewBy: addDays(today(), 400) }),
      'versions',
      ['reviewBy'],
    ],
    [
      'a physical intervention with no reduction plan',
      () => {
        const body = bspSaveBody(today(), null, { withEscort: true });
        return { ...body, content: { ...(body.content as object), reductionPlan: '' } };
      },
      'versions',
      ['content.reductionPlan'],
    ],
  ])('%s', async (_name, body, path, fields) => {
    const res = await as('senior').post(`${planUrl(personId)}/${path}`, body());
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
  });

  test('an agreement naming nobody, or dated in the future, and a review with no next date in the future', async () => {
    await save(personId, null);
    const nobody = await as('senior').post(`${planUrl(personId)}/versions/1/agreement`, {
      agreement: { ...(bspAgreementBody(today()).agreement as object), personAgreed: false, representatives: [] },
    });
    expect([nobody.statusCode, fieldsOf(nobody)]).toEqual([400, ['agreement.representatives']]);
    const future = await as('senior').post(`${planUrl(personId)}/versions/1/agreement`, {
      agreement: { ...(bspAgreementBody(today()).agreement as object), agreedOn: addDays(today(), 2) },
    });
    expect([future.statusCode, fieldsOf(future)]).toEqual([400, ['agreement.agreedOn']]);
    const noPlan = await as('senior').post(`${planUrl(personId)}/versions/1/reviews`, bspReviewBody(today()));
    expect([noPlan.statusCode, noPlan.json<{ code: string }>().code]).toEqual([409, 'conflict']);
    await agree(personId, 1);
    const past = await as('senior').post(`${planUrl(personId)}/versions/1/reviews`, {
      ...bspReviewBody(today()),
      nextReviewBy: today(),
    });
    expect([past.statusCode, fieldsOf(past)]).toEqual([400, ['nextReviewBy']]);
    expect((await as('senior').get(`${planUrl(personId)}/versions/abc`)).statusCode).toBe(400);
  });
});

describe('the care and support plan it sits beside', () => {
  test('the version written against is recorded, and the plan in use is linked', async () => {
    const personId = await personWithPlan(as('senior'), org.homecareId, { legalName: 'Carol Careplan' });
    const saved = await save(personId, null);
    const read = await plan(personId, 'carer');
    expect(saved.body.carePlanVersion).toBe(1);
    expect(read.carePlan).toMatchObject({ version: 1 });
    // The sample plan's one section lists a risk; it has no behaviour support section.
    expect(read.carePlan!.sections.map((s) => s.about)).toEqual(['risk']);
  });
});
