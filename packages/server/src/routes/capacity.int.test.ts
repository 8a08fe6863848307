import { addDays, type CapacityAssessmentView, type CapacityAttentionRow, type CapacityResponse } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { bestInterestsDecisionBody, hasCapacityBody, lacksCapacityBody } from '../test/capacity-fixtures.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { sampleAgreement } from '../test/plan-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
const agents = new Map<Who, Agent>();

type Who = 'carer' | 'senior' | 'manager' | 'quality' | 'admin' | 'home_manager' | 'outsider';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  other = await buildOrganisation(t.db, 'Elsewhere Care');
  const sign = async (who: Who, staff: Parameters<typeof signInAs>[1]) =>
    agents.set(who, await signInAs(t.app, staff, t.clock.now));
  await sign('carer', await buildStaff(t.db, org, { role: 'care_worker' }));
  await sign('senior', await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  await sign('manager', await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Manager' }));
  await sign('quality', await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await sign('admin', await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await sign('home_manager', await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  await sign('outsider', await buildStaff(t.db, other, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const today = () => londonDate(t.clock.now());
const capacityUrl = (id: string) => `/api/people/${id}/capacity`;
const assessmentsUrl = (id: string) => `/api/people/${id}/capacity-assessments`;
const decisionsUrl = (id: string) => `/api/people/${id}/best-interests-decisions`;

async function newPerson(name: string): Promise<string> {
  const res = await as('senior').post('/api/people', personBody(org.homecareId, { legalName: name, preferredName: null }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function signAssessment(personId: string, body: Record<string, unknown>): Promise<CapacityAssessmentView> {
  const res = await as('senior').post(assessmentsUrl(personId), body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<CapacityAssessmentView>();
}

const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field);

async function auditFor(personId: string) {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; resource_type: string; detail: Record<string, unknown> }>(
          `SELECT action, outcome, resource_type, detail FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq`,
          [personId],
        )
      ).rows,
  );
}

describe('who may read and record capacity', () => {
  let personId: string;
  let assessmentId: string;
  beforeAll(async () => {
    personId = await newPerson('Access Check');
    assessmentId = (await signAssessment(personId, lacksCapacityBody(today()))).id;
  });

  test.each<[Who, number, number, number]>([
    // who, read, sign an assessment, record a best-interests decision
    ['carer', 200, 403, 403],
    ['senior', 200, 201, 201],
    ['manager', 200, 201, 201],
    ['quality', 200, 403, 403],
    ['admin', 403, 403, 403],
    ['home_manager', 403, 403, 403],
    ['outsider', 404, 404, 404],
  ])('%s: read %i, assess %i, best interests %i', async (who, read, assess, decide) => {
    const agent = as(who);
    expect((await agent.get(capacityUrl(personId))).statusCode).toBe(read);
    const signed = await agent.post(
      assessmentsUrl(personId),
      lacksCapacityBody(today(), { decision: `Decision for ${who}`, decisionKey: null }),
    );
    expect(signed.statusCode, signed.body).toBe(assess);
    const decided = await agent.post(decisionsUrl(personId), bestInterestsDecisionBody(assessmentId, today()));
    expect(decided.statusCode, decided.body).toBe(decide);
  });

  test('refusals are audited', async () => {
    const refused = (await auditFor(personId)).filter((a) => a.outcome === 'refused').map((a) => a.action);
    // Reads: the administrator, another service's manager and another organisation (audited there as not found);
    // writes: those three, the care worker and the quality lead.
    expect(refused.filter((a) => a === 'capacity.read')).toHaveLength(3);
    expect(refused.filter((a) => a === 'capacity_assessment.record')).toHaveLength(5);
    expect(refused.filter((a) => a === 'best_interests_decision.record')).toHaveLength(5);
  });
});

describe('signing an assessment', () => {
  test('stored signed, with who signed it; read back with the status; every read and write audited', async () => {
    const personId = await newPerson('Peggy Signed');
    const empty = (await as('carer').get(capacityUrl(personId))).json<CapacityResponse>();
    expect(empty).toMatchObject({
      status: { kind: 'assumed' },
      assessments: [],
      reassessmentsDue: [],
      bestInterestsDecisions: [],
    });

    const stored = await signAssessment(personId, lacksCapacityBody(today()));
    expect(stored).toMatchObject({
      outcome: 'lacks_capacity',
      decisionKey: 'medication',
      stageTwo: { retain: { answer: 'cannot' }, understand: { answer: 'can' } },
      causalLink: { answer: 'yes' },
      supersedes: null,
      supersededBy: null,
      inForce: true,
      signedBy: { name: 'Sam Senior' },
      personsWords: 'I just want to keep my routine',
    });

    const read = (await as('quality').get(capacityUrl(personId))).json<CapacityResponse>();
    expect(read.status).toMatchObject({ kind: 'lacks', lacksCapacityFor: [stored.id] });
    expect(read.assessments).toEqual([stored]);

    const audit = await auditFor(personId);
    expect(audit.filter((a) => a.action.startsWith('capacity')).map((a) => [a.action, a.outcome, a.resource_type])).toEqual([
      ['capacity.read', 'success', 'person'],
      ['capacity_assessment.record', 'success', 'person'],
      ['capacity.read', 'success', 'person'],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/Alzheimer|routine|locked cupboard/);
  });

  test.each<[string, (today: string) => Record<string, unknown>, string[]]>([
    ['"lacks capacity" with no stage 2 at all', (d) => lacksCapacityBody(d, { stageTwo: undefined }), ['stageTwo']],
    [
      '"lacks capacity" with a "cannot" given no evidence',
      (d) =>
        lacksCapacityBody(d, {
          stageTwo: { understand: null, retain: { answer: 'cannot', evidence: '' }, useOrWeigh: null, communicate: null },
        }),
      ['stageTwo.retain.evidence'],
    ],
    ['"lacks capacity" without the causal link', (d) => lacksCapacityBody(d, { causalLink: undefined }), ['causalLink.answer']],
    [
      '"lacks capacity" without an impairment',
      (d) => lacksCapacityBody(d, { stageOne: { impairment: 'no' } }),
      ['stageOne.impairment'],
    ],
    ['an assessment still to come', () => lacksCapacityBody('2099-01-01'), ['assessedOn']],
    ['fluctuating with no date to assess again', (d) => lacksCapacityBody(d, { fluctuates: true }), ['reassessOn']],
    [
      'replacing an assessment not on this person\u2019s record',
      (d) => lacksCapacityBody(d, { supersedes: '7c9e6679-7425-40de-944b-e07fc1f90ae7', supersedeReason: 'Changed' }),
      ['supersedes'],
    ],
  ])('400 naming the field: %s', async (_name, body, fields) => {
    const personId = await newPerson('Field Errors');
    const res = await as('senior').post(assessmentsUrl(personId), body(today()));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
    expect((await as('senior').get(capacityUrl(personId))).json<CapacityResponse>().assessments).toEqual([]);
  });

  test('superseding: the new one is in force, the old one stays readable; it cannot be replaced twice', async () => {
    const personId = await newPerson('Arthur Superseded');
    const first = await signAssessment(personId, lacksCapacityBody(today()));
    const replacement = await signAssessment(
      personId,
      hasCapacityBody(today(), { supersedes: first.id, supersedeReason: 'Her infection has cleared and she is herself again' }),
    );
    expect(replacement).toMatchObject({ supersedes: first.id, inForce: true, outcome: 'has_capacity' });

    const read = (await as('carer').get(capacityUrl(personId))).json<CapacityResponse>();
    expect(read.assessments.map((a) => [a.id, a.inForce, a.supersededBy])).toEqual([
      [replacement.id, true, null],
      [first.id, false, replacement.id],
    ]);
    expect(read.assessments[1]).toMatchObject({ outcome: 'lacks_capacity', stageTwo: { retain: { answer: 'cannot' } } });
    expect(read.status).toMatchObject({ kind: 'all', basis: 'assessed', hasCapacityFor: [replacement.id] });

    const again = await as('senior').post(
      assessmentsUrl(personId),
      lacksCapacityBody(today(), { supersedes: first.id, supersedeReason: 'Try again' }),
    );
    expect(again.statusCode).toBe(400);
    expect(fieldsOf(again)).toEqual(['supersedes']);
    const otherDecision = await as('senior').post(
      assessmentsUrl(personId),
      lacksCapacityBody(today(), {
        decision: 'Moving home',
        decisionKey: null,
        supersedes: replacement.id,
        supersedeReason: 'x',
      }),
    );
    expect(fieldsOf(otherDecision)).toEqual(['decision']);
  });

  test('an assessment whose date to assess again has come is listed as due, or overdue once past', async () => {
    const personId = await newPerson('Fluctuating');
    const daysAgo = (n: number) => new Date(Date.parse(`${today()}T12:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    const overdue = await signAssessment(personId, lacksCapacityBody(daysAgo(10), { fluctuates: true, reassessOn: daysAgo(1) }));
    const due = await signAssessment(
      personId,
      lacksCapacityBody(daysAgo(10), { decision: 'Going out alone', decisionKey: null, reassessOn: today() }),
    );
    await signAssessment(personId, lacksCapacityBody(daysAgo(10), { decision: 'Moving home', decisionKey: null }));
    expect((await as('senior').get(capacityUrl(personId))).json<CapacityResponse>().reassessmentsDue).toEqual([
      { assessmentId: overdue.id, decision: overdue.decision, reassessOn: daysAgo(1), overdue: true },
      { assessmentId: due.id, decision: 'Going out alone', reassessOn: today(), overdue: false },
    ]);
  });

  test('assessments are kept as signed: no change or removal, even by the database owner; other organisations see none', async () => {
    const personId = await newPerson('Append Only');
    await signAssessment(personId, lacksCapacityBody(today()));
    const count = (orgId: string) =>
      inTransaction(
        t.db.pool,
        orgId,
        async (tx) =>
          (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM capacity_assessments WHERE person_id = $1', [personId]))
            .rows[0]!.n,
      );
    expect(await count(org.id)).toBe(1);
    expect(await count(other.id)).toBe(0);
    await expect(
      inTransaction(t.db.pool, org.id, (tx) => tx.query("UPDATE capacity_assessments SET outcome = 'has_capacity'")),
    ).rejects.toThrow(/permission denied/);
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM capacity_assessments'))).rejects.toThrow(
      /DELETE on capacity_assessments is not allowed/,
    );
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM best_interests_decisions'))).rejects.toThrow(
      /DELETE on best_interests_decisions is not allowed/,
    );
  });
});

describe('best-interests decisions', () => {
  test('recorded on the assessment in force that found a lack of capacity, and listed newest first', async () => {
    const personId = await newPerson('Best Interests');
    const assessment = await signAssessment(personId, lacksCapacityBody(today()));
    const res = await as('manager').post(decisionsUrl(personId), bestInterestsDecisionBody(assessment.id, today()));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      assessmentId: assessment.id,
      decidedOn: today(),
      consulted: [{ relationship: 'family' }],
      recordedBy: { name: 'Maya Manager' },
    });
    const read = (await as('carer').get(capacityUrl(personId))).json<CapacityResponse>();
    expect(read.bestInterestsDecisions.map((d) => d.assessmentId)).toEqual([assessment.id]);
    const audit = (await auditFor(personId)).filter((a) => a.action === 'best_interests_decision.record');
    expect(audit).toMatchObject([{ outcome: 'success', resource_type: 'person', detail: { assessmentId: assessment.id } }]);
    expect(JSON.stringify(audit)).not.toMatch(/Ray Clarke|dosette/);
  });

  test.each<[string, (personId: string) => Promise<string>, string]>([
    ['no assessment for that decision', () => Promise.resolve('7c9e6679-7425-40de-944b-e07fc1f90ae7'), 'no_assessment'],
    [
      'the assessment in force found capacity',
      async (personId) => (await signAssessment(personId, hasCapacityBody(today()))).id,
      'has_capacity',
    ],
    [
      'an assessment since replaced',
      async (personId) => {
        const old = await signAssessment(personId, lacksCapacityBody(today()));
        await signAssessment(personId, lacksCapacityBody(today(), { supersedes: old.id, supersedeReason: 'Assessed again' }));
        return old.id;
      },
      'not_current_assessment',
    ],
    [
      'an assessment about another decision',
      async (personId) => {
        await signAssessment(personId, lacksCapacityBody(today()));
        return (await signAssessment(personId, lacksCapacityBody(today(), { decision: 'Moving home', decisionKey: null }))).id;
      },
      'not_current_assessment',
    ],
  ])('refused, naming assessmentId: %s', async (_name, setUp, reason) => {
    const personId = await newPerson('Refused Decision');
    const assessmentId = await setUp(personId);
    const res = await as('senior').post(decisionsUrl(personId), bestInterestsDecisionBody(assessmentId, today()));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(['assessmentId']);
    expect((await as('senior').get(capacityUrl(personId))).json<CapacityResponse>().bestInterestsDecisions).toEqual([]);
    const refusal = (await auditFor(personId)).filter((a) => a.action === 'best_interests_decision.record');
    expect(refusal).toMatchObject([{ outcome: 'refused', resource_type: 'person', detail: { reason } }]);
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a decision still to come', { decidedOn: '2099-01-01' }, ['decidedOn']],
    ['made before the assessment', { decidedOn: '2020-01-01' }, ['decidedOn']],
    ['nobody consulted', { consulted: [] }, ['consulted']],
    ['a reason not to wait missing', { whyNotWait: null }, ['whyNotWait']],
  ])('400 naming the field: %s', async (_name, overrides, fields) => {
    const personId = await newPerson('Decision Fields');
    const assessment = await signAssessment(personId, lacksCapacityBody(today()));
    const res = await as('senior').post(decisionsUrl(personId), bestInterestsDecisionBody(assessment.id, today(), overrides));
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual(fields);
  });
});

describe('the impairment the plan states', () => {
  const planSaying = (capacityStatus: string) => ({
    sections: [
      { sectionKey: 'mental_capacity_and_consent', answers: [{ promptKey: 'capacity_status', text: capacityStatus }] },
    ],
    involvement: [{ kind: 'person', name: 'Iris Impairment', how: 'in_person', date: '2026-11-20' }],
    writtenInFirstPerson: true,
  });

  async function withAgreedPlan(capacityStatus: string): Promise<string> {
    const personId = await newPerson('Iris Impairment');
    const draft = await as('senior').put(`/api/people/${personId}/care-plan/draft`, { revision: null, reason: null, content: planSaying(capacityStatus) });
    expect(draft.statusCode, draft.body).toBe(200);
    const agreed = await as('senior').post(`/api/people/${personId}/care-plan/draft/agree`, { revision: 1, agreement: sampleAgreement });
    expect(agreed.statusCode, agreed.body).toBe(200);
    return personId;
  }

  test.each([
    ['No impairment: I have capacity for all decisions about my care.', { kind: 'all', basis: 'no_impairment' }],
    ['I have a learning disability that does not affect my decisions.', { kind: 'all', basis: 'impairment_not_affecting' }],
    ['My dementia affects my decisions about money.', { kind: 'assumed', assessmentNeeded: true }],
    ['I have capacity to make all decisions about my care.', { kind: 'assumed', assessmentNeeded: false }],
  ])('the plan in force saying %j gives %j until an assessment is signed', async (text, status) => {
    const personId = await withAgreedPlan(text);
    expect((await as('carer').get(capacityUrl(personId))).json<CapacityResponse>().status).toMatchObject(status);
  });

  test('a signed assessment outranks what the plan states', async () => {
    const personId = await withAgreedPlan('No impairment: I have capacity for all decisions about my care.');
    await signAssessment(personId, lacksCapacityBody(today()));
    expect((await as('carer').get(capacityUrl(personId))).json<CapacityResponse>().status).toMatchObject({ kind: 'lacks' });
  });
});

describe('capacity work due, for the managers\u2019 attention list', () => {
  const attentionUrl = '/api/capacity/attention';
  let overdue: string;
  let expired: string;
  let careHome: string;
  let notYet: string;
  let overdueAssessment: string;

  beforeAll(async () => {
    const ago = (days: number) => addDays(today(), -days);
    overdue = await newPerson('Olive Overdue');
    overdueAssessment = (
      await signAssessment(overdue, lacksCapacityBody(ago(60), { fluctuates: true, reassessOn: ago(1) }))
    ).id;
    notYet = await newPerson('Nina Notyet');
    await signAssessment(notYet, lacksCapacityBody(ago(60), { fluctuates: true, reassessOn: addDays(today(), 10) }));
    expired = await newPerson('Edna Expired');
    const dols = await as('senior').post(`/api/people/${expired}/liberty-safeguards`, {
      scheme: 'dols',
      status: 'authorised',
      appliedOn: ago(400),
      authorisedOn: ago(380),
      expiresOn: ago(15),
      authorisedBy: 'Test County Council',
    });
    expect(dols.statusCode, dols.body).toBe(201);
    const created = await as('home_manager').post('/api/people', personBody(org.careHomeId, { legalName: 'Hattie Home', preferredName: null }));
    expect(created.statusCode, created.body).toBe(201);
    careHome = created.json<{ id: string }>().id;
    const signed = await as('home_manager').post(
      assessmentsUrl(careHome),
      lacksCapacityBody(ago(30), { fluctuates: true, reassessOn: today() }),
    );
    expect(signed.statusCode, signed.body).toBe(201);
  });

  const listFor = async (who: Who) => {
    const res = await as(who).get(attentionUrl);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CapacityAttentionRow[]>();
  };
  const ids = (rows: CapacityAttentionRow[]) => rows.map((r) => r.personId).filter((id) => [overdue, expired, careHome, notYet].includes(id));

  test.each<[Who, () => string[]]>([
    ['carer', () => [expired, overdue]],
    ['senior', () => [expired, overdue]],
    ['manager', () => [expired, overdue]],
    ['home_manager', () => [careHome]],
    ['quality', () => [expired, careHome, overdue]],
  ])('%s sees the people of their own services (or all, for the quality lead), by name', async (who, expected) => {
    expect(ids(await listFor(who))).toEqual(expected());
  });

  test('each row says what is due: an overdue reassessment, an expired authorisation, one due today', async () => {
    const rows = await listFor('quality');
    expect(rows.find((r) => r.personId === overdue)).toMatchObject({
      legalName: 'Olive Overdue',
      reassessmentsDue: [{ assessmentId: overdueAssessment, reassessOn: addDays(today(), -1), overdue: true }],
      libertyAttention: [],
    });
    expect(rows.find((r) => r.personId === expired)).toMatchObject({
      reassessmentsDue: [],
      libertyAttention: [{ attention: 'expired', status: 'authorised', expiresOn: addDays(today(), -15) }],
    });
    expect(rows.find((r) => r.personId === careHome)?.reassessmentsDue).toEqual([
      expect.objectContaining({ reassessOn: today(), overdue: false }),
    ]);
  });

  test('a reassessment done drops the person from the list', async () => {
    const replacement = await as('senior').post(
      assessmentsUrl(overdue),
      lacksCapacityBody(today(), { supersedes: overdueAssessment, supersedeReason: 'Assessed again as planned' }),
    );
    expect(replacement.statusCode, replacement.body).toBe(201);
    expect(ids(await listFor('senior'))).toEqual([expired]);
  });

  test('administrators are refused, and the reading is audited in counts only', async () => {
    expect((await as('admin').get(attentionUrl)).statusCode).toBe(403);
    const entries = await asOwner(t.db, async (c) => (await c.query<{ outcome: string; detail: Record<string, unknown> }>(
      `SELECT outcome, detail FROM audit_log WHERE action = 'capacity.attention' AND organisation_id = $1 ORDER BY chain_seq`,
      [org.id],
    )).rows);
    expect(entries.map((e) => e.outcome)).toContain('refused');
    const read = entries.find((e) => e.outcome === 'success');
    expect(Object.keys(read?.detail ?? {}).sort()).toEqual(['libertyAttention', 'people', 'reassessmentsDue']);
  });
});

describe('an attorney or deputy agreeing the plan', () => {
  const ago = (days: number) => addDays(today(), -days);
  const lpa = (scope: string, extra: Record<string, unknown> = {}) => ({
    kind: 'lasting_power_of_attorney',
    holderName: 'Ray Clarke',
    scope,
    reference: '7000-1234-5678',
    registeredOn: ago(700),
    seenOn: ago(30),
    ...(scope === 'health_and_welfare' ? { coversLifeSustainingTreatment: false } : {}),
    ...extra,
  });
  const byAttorney = (authorityId?: string) => ({
    revision: 1,
    agreement: { method: 'attorney_or_deputy', agreedBy: 'Ray Clarke', date: today(), ...(authorityId ? { authorityId } : {}) },
  });

  test('refused with a field error until a recorded authority covers it, then agreed under that record', async () => {
    const personId = await newPerson('Agnes Attorney');
    const draft = await as('senior').put(`/api/people/${personId}/care-plan/draft`, {
      revision: null,
      reason: null,
      content: {
        sections: [{ sectionKey: 'mental_capacity_and_consent', answers: [{ promptKey: 'capacity_status', text: 'I lack capacity to agree my care plan.' }] }],
        involvement: [
          { kind: 'person', name: 'Agnes Attorney', how: 'in_person', date: today() },
          { kind: 'attorney', name: 'Ray Clarke', relationship: 'Son', how: 'in_person', date: today() },
        ],
        writtenInFirstPerson: true,
      },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const agreeUrl = `/api/people/${personId}/care-plan/draft/agree`;
    const refusal = async (authorityId?: string) => {
      const res = await as('senior').post(agreeUrl, byAttorney(authorityId));
      expect(res.statusCode, res.body).toBe(400);
      const errors = res.json<{ errors: { field: string; message: string }[] }>().errors;
      expect(errors.map((e) => e.field)).toEqual(['agreement.authorityId']);
      return errors[0]?.message;
    };
    const record = async (body: Record<string, unknown>) => {
      const res = await as('senior').post(`/api/people/${personId}/legal-authorities`, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };

    expect(await refusal()).toMatch(/Choose the lasting power of attorney/);
    expect(await refusal('77777777-7777-4777-8777-777777777777')).toMatch(/recorded for this person/);
    const finance = await record(lpa('property_and_financial_affairs'));
    expect(await refusal(finance)).toMatch(/outside what the authority covers/);
    const welfare = await record(lpa('health_and_welfare'));
    const replacement = await record(lpa('health_and_welfare', { supersedes: welfare, supersedeReason: 'Reference corrected' }));
    expect(await refusal(welfare)).toMatch(/not replaced/);
    expect(await refusal(replacement)).toMatch(/theirs to make/);

    await signAssessment(
      personId,
      lacksCapacityBody(today(), { decision: 'Agreeing her care and support plan', decisionKey: 'plan_agreement', sectionKeys: [] }),
    );
    const agreed = await as('senior').post(agreeUrl, byAttorney(replacement));
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json<{ agreement: Record<string, unknown> }>().agreement).toMatchObject({
      method: 'attorney_or_deputy',
      authorityId: replacement,
      authority: 'Lasting power of attorney (health and welfare) held by Ray Clarke, reference 7000-1234-5678',
    });
  });
});
