// Actions raised from a manual audit answer or in a care home's personalisation action plan: the source is checked,
// kept, shown with the action, and filters the list.
import { addDays, type QualityAction, type QualityActionList } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let managerStaff: TestStaff;
let homeManagerStaff: TestStaff;
let manager: Agent;
let homeManager: Agent;
let quality: Agent;

const today = () => londonDate(t.clock.now());

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  managerStaff = await buildStaff(t.db, org, { role: 'registered_manager', name: 'Mo Manager' });
  homeManagerStaff = await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId, name: 'Hana Home' });
  manager = await signInAs(t.app, managerStaff);
  homeManager = await signInAs(t.app, homeManagerStaff);
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
});
afterAll(() => t.close());

const questions = [
  { id: 'voice', text: 'Is the plan written in the person’s own words?' },
  { id: 'risks', text: 'Are risks described with what the person wants?' },
];

/** A manual audit of a person's plan, written straight to the table as the manual audit feature stores one. */
async function manualAudit(personId: string): Promise<string> {
  return asOwner(t.db, async (c) => {
    const planId = (await c.query<{ id: string }>(
      `WITH made AS (INSERT INTO care_plans (organisation_id, person_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id)
       SELECT id FROM made UNION ALL SELECT id FROM care_plans WHERE person_id = $2`, [org.id, personId],
    )).rows[0]!.id;
    return (await c.query<{ id: string }>(
      `INSERT INTO manual_audits (organisation_id, service_id, person_id, plan_id, plan_version, template_key, template_version, template, answers, score, auditor_id)
       VALUES ($1, $2, $3, $4, 1, 'toolkit', 1, $5, $6, 50, $7) RETURNING id`,
      [org.id, org.homecareId, personId, planId, JSON.stringify({ title: 'Toolkit', description: '', questions }),
        JSON.stringify([{ questionId: 'voice', answer: 'no', evidence: 'Written as "Edith is to be..." throughout' }, { questionId: 'risks', answer: 'yes', evidence: null }]),
        managerStaff.id],
    )).rows[0]!.id;
  });
}

/** A care home's self-assessment with two areas. */
async function selfAssessment(serviceId: string): Promise<string> {
  return asOwner(t.db, async (c) => (await c.query<{ id: string }>(
    `INSERT INTO personalisation_assessments (organisation_id, service_id, area_set_version, areas, ratings, priorities, participants, agreed_on, assessed_by)
     VALUES ($1, $2, 0, $3, '[]', '[]', 'Residents’ meeting and staff', $4, $5) RETURNING id`,
    [org.id, serviceId, JSON.stringify([{ id: 'mealtimes', title: 'Food and mealtimes' }, { id: 'activity', title: 'Meaningful activity' }]), today(), homeManagerStaff.id],
  )).rows[0]!.id);
}

const raise = (agent: Agent, body: Record<string, unknown>, owner = managerStaff) =>
  agent.post('/api/quality-actions', { title: 'Rewrite in Edith’s words', ownerId: owner.id, dueDate: addDays(today(), 14), ...body });

describe('an action from a manual audit answer', () => {
  test('keeps the audit and question, shows the answer with its evidence, and filters the list', async () => {
    const personId = (await manager.post('/api/people', personBody(org.homecareId, { legalName: 'Edith Answer' }))).json().id as string;
    const auditId = await manualAudit(personId);
    const res = await raise(manager, { manualAuditId: auditId, questionId: 'voice' });
    expect(res.statusCode, res.body).toBe(201);
    const action = res.json<QualityAction>();
    expect(action.person?.id).toBe(personId);
    expect(action.source).toEqual({ kind: 'manual_audit_answer', manualAuditId: auditId, questionId: 'voice' });
    expect(action.answer).toEqual({ question: questions[0]!.text, answer: 'no', evidence: 'Written as "Edith is to be..." throughout' });
    expect(action.finding).toBeNull();

    const listed = (await manager.get(`/api/quality-actions?manualAuditId=${auditId}`)).json<QualityActionList>();
    expect(listed.actions.map((a) => a.id)).toEqual([action.id]);
    const otherAudit = await manualAudit(personId);
    expect((await manager.get(`/api/quality-actions?manualAuditId=${otherAudit}`)).json<QualityActionList>().actions).toEqual([]);
  });

  test.each([
    ['a question not in the audit', (id: string) => ({ manualAuditId: id, questionId: 'nothing-like-it' }), 'questionId'],
    ['an audit that does not exist', () => ({ manualAuditId: '00000000-0000-4000-8000-000000000000', questionId: 'voice' }), 'manualAuditId'],
    ['a question with no audit', () => ({ questionId: 'voice' }), 'manualAuditId'],
    ['an audit with no question', (id: string) => ({ manualAuditId: id }), 'questionId'],
  ])('refuses %s with a field error', async (_name, body, field) => {
    const personId = (await manager.post('/api/people', personBody(org.homecareId, { legalName: 'Edith Wrong' }))).json().id as string;
    const res = await raise(manager, body(await manualAudit(personId)));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
  });

  test('the audit must be of the person named', async () => {
    const edith = (await manager.post('/api/people', personBody(org.homecareId, { legalName: 'Edith One' }))).json().id as string;
    const fred = (await manager.post('/api/people', personBody(org.homecareId, { legalName: 'Fred Two' }))).json().id as string;
    const res = await raise(manager, { personId: fred, manualAuditId: await manualAudit(edith), questionId: 'voice' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['manualAuditId']);
  });
});

describe('an action in a personalisation action plan', () => {
  test('belongs to the home of the self-assessment and shows the area it is for', async () => {
    const assessmentId = await selfAssessment(org.careHomeId);
    const res = await raise(homeManager, { personalisationAssessmentId: assessmentId, areaId: 'mealtimes', title: 'Let residents choose when to eat' }, homeManagerStaff);
    expect(res.statusCode, res.body).toBe(201);
    const action = res.json<QualityAction>();
    expect(action.serviceId).toBe(org.careHomeId);
    expect(action.person).toBeNull();
    expect(action.source).toEqual({ kind: 'personalisation_area', personalisationAssessmentId: assessmentId, areaId: 'mealtimes' });
    expect(action.area).toEqual({ title: 'Food and mealtimes' });
    const listed = (await quality.get(`/api/quality-actions?personalisationAssessmentId=${assessmentId}`)).json<QualityActionList>();
    expect(listed.actions.map((a) => a.id)).toEqual([action.id]);
  });

  test.each([
    ['an area not in the self-assessment', { areaId: 'gardening' }, 'areaId'],
    ['a person named as well', { areaId: 'mealtimes', personId: '00000000-0000-4000-8000-000000000000' }, 'personId'],
    ['another source named as well', { areaId: 'mealtimes', manualAuditId: '00000000-0000-4000-8000-000000000000', questionId: 'voice' }, 'title'],
  ])('refuses %s with a field error', async (_name, extra, field) => {
    const res = await raise(homeManager, { personalisationAssessmentId: await selfAssessment(org.careHomeId), ...extra }, homeManagerStaff);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
  });

  test('a manager of another service cannot add to the home’s action plan', async () => {
    const res = await raise(manager, { personalisationAssessmentId: await selfAssessment(org.careHomeId), areaId: 'mealtimes' });
    expect(res.statusCode).toBe(403);
  });
});
