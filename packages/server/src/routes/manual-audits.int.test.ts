import { toolkitTemplate, type AuditAnswerValue, type AuditTemplate, type ManualAudit, type ManualAuditHistory } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { personWithPlan } from '../test/plan-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let managerStaff: TestStaff;
let seniorStaff: TestStaff;
let manager: Agent;
let senior: Agent;
let carer: Agent;
let careHomeManager: Agent;
let quality: Agent;
let otherManager: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  managerStaff = await buildStaff(t.db, org, { role: 'registered_manager', name: 'Mo Manager' });
  seniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' });
  manager = await signInAs(t.app, managerStaff);
  senior = await signInAs(t.app, seniorStaff);
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  careHomeManager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
});
afterAll(() => t.close());

const toolkitIds = toolkitTemplate().questions.map((q) => q.id);

/** Answers to every question: "yes" unless given, with evidence where a shortfall needs it. */
function answers(ids: readonly string[], overrides: Record<string, AuditAnswerValue> = {}) {
  return ids.map((questionId) => {
    const answer = overrides[questionId] ?? 'yes';
    return { questionId, answer, evidence: answer === 'no' || answer === 'partly' ? `Seen in ${questionId}` : null };
  });
}

const audit = (agent: Agent, personId: string, body: Record<string, unknown>) =>
  agent.post(`/api/people/${personId}/manual-audits`, { templateKey: 'toolkit', answers: answers(toolkitIds), summary: null, ...body });

async function created(agent: Agent, personId: string, body: Record<string, unknown> = {}): Promise<ManualAudit> {
  const res = await audit(agent, personId, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ManualAudit>();
}

describe('completing a toolkit audit', () => {
  test('stores the answers, the template as answered, the plan version and the score; the history and the audit read it back', async () => {
    const personId = await personWithPlan(manager, org.homecareId, { legalName: 'Ada Audit' });
    const [first, second, third] = toolkitIds;
    const body = { answers: answers(toolkitIds, { [first!]: 'no', [second!]: 'partly', [third!]: 'not_applicable' }), summary: 'Good overall' };
    const stored = await created(manager, personId, body);
    const applicable = toolkitIds.length - 1;
    expect(stored).toMatchObject({
      personId, serviceId: org.homecareId, planVersion: 1, templateKey: 'toolkit', templateVersion: 1,
      templateTitle: toolkitTemplate().title, summary: 'Good overall', comparison: null, actions: [],
      score: Math.round((1000 * (applicable - 1.5)) / applicable) / 10,
      counts: { yes: toolkitIds.length - 3, partly: 1, no: 1, not_applicable: 1 },
      auditor: { id: managerStaff.id, name: 'Mo Manager' },
    });
    expect(stored.template.questions).toEqual(toolkitTemplate().questions);
    expect(stored.answers[0]).toEqual({ questionId: first, answer: 'no', evidence: `Seen in ${first}` });

    const history = (await senior.get(`/api/people/${personId}/manual-audits`)).json<ManualAuditHistory>();
    expect(history.audits).toEqual([expect.objectContaining({ id: stored.id, score: stored.score, auditor: { id: managerStaff.id, name: 'Mo Manager' } })]);
    const read = await senior.get(`/api/manual-audits/${stored.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<ManualAudit>()).toEqual(stored);

    const storedScore = await asOwner(t.db, async (c) => (await c.query('SELECT score::text AS s FROM manual_audits WHERE id = $1', [stored.id])).rows[0]);
    expect(storedScore).toEqual({ s: stored.score!.toFixed(1) });
  });

  test('the next audit compares with the previous one: answers improved and worsened, and the score’s movement', async () => {
    const personId = await personWithPlan(manager, org.homecareId);
    const [a, b] = toolkitIds;
    const before = await created(manager, personId, { answers: answers(toolkitIds, { [a!]: 'no' }) });
    const after = await created(quality, personId, { answers: answers(toolkitIds, { [b!]: 'partly' }) });
    expect(after.comparison).toMatchObject({ previous: { id: before.id, score: before.score }, scoreChange: Math.round((after.score! - before.score!) * 10) / 10, droppedQuestions: [] });
    const changes = Object.fromEntries(after.comparison!.answers.map((c) => [c.questionId, c.change]));
    expect(changes[a!]).toBe('improved');
    expect(changes[b!]).toBe('worsened');
    expect(changes[toolkitIds[2]!]).toBe('same');
    const history = (await manager.get(`/api/people/${personId}/manual-audits`)).json<ManualAuditHistory>();
    expect(history.audits.map((x) => x.id)).toEqual([after.id, before.id]);
  });

  test('a named plan version is audited; a draft or a missing version is refused', async () => {
    const personId = await personWithPlan(manager, org.homecareId, { stage: 'agreed' });
    expect((await created(manager, personId, { planVersion: 1 })).planVersion).toBe(1);
    const errorsOf = async (id: string, body: Record<string, unknown>) => (await audit(manager, id, body)).json<{ errors: unknown[] }>().errors;
    expect(await errorsOf(personId, { planVersion: 7 })).toEqual([{ field: 'planVersion', message: 'There is no version 7 of this plan' }]);
    const drafted = await personWithPlan(manager, org.homecareId, { stage: 'draft' });
    expect(await errorsOf(drafted, { planVersion: 1 })).toEqual([{ field: 'planVersion', message: 'This version is a draft: audit it once it is agreed' }]);
    expect(await errorsOf(drafted, {})).toEqual([{ field: 'planVersion', message: 'This person has no agreed plan to audit yet' }]);
  });
});

describe('validation', () => {
  test.each([
    ['a "no" without evidence', (ids: string[]) => ({ answers: [{ questionId: ids[0], answer: 'no', evidence: '  ' }, ...answers(ids.slice(1))] }),
      (ids: string[]) => [{ field: `answers.${ids[0]}.evidence`, message: 'Say what you found in the plan that led you to answer “no”' }]],
    ['a question left unanswered', (ids: string[]) => ({ answers: answers(ids.slice(1)) }),
      (ids: string[]) => [{ field: `answers.${ids[0]}.answer`, message: 'Choose yes, partly, no or not applicable' }]],
    ['a question the template does not have', (ids: string[]) => ({ answers: [...answers(ids), { questionId: 'made_up', answer: 'yes' }] }),
      () => [{ field: 'answers.made_up', message: 'This question is not in the template' }]],
    ['a template that does not exist', () => ({ templateKey: 'no-such-template' }),
      () => [{ field: 'templateKey', message: 'Choose a template from the list' }]],
    ['a summary too long', () => ({ summary: 'x'.repeat(4001) }),
      () => [{ field: 'summary', message: 'The summary must be 4000 characters or fewer' }]],
  ])('%s is a 400 naming the field', async (_case, body, errors) => {
    const personId = await personWithPlan(manager, org.homecareId);
    const res = await audit(manager, personId, body(toolkitIds));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'validation', errors: errors(toolkitIds) });
    expect((await manager.get(`/api/people/${personId}/manual-audits`)).json<ManualAuditHistory>().audits).toEqual([]);
  });
});

describe('access', () => {
  let personId: string;
  let auditId: string;
  beforeAll(async () => {
    personId = await personWithPlan(manager, org.homecareId);
    auditId = (await created(manager, personId)).id;
  });

  test.each([
    ['registered manager of the service', 201, 200, () => manager],
    ['quality lead', 201, 200, () => quality],
    ['senior care worker (reads, does not audit)', 403, 200, () => senior],
    ['care worker', 403, 403, () => carer],
    ['manager of another service', 403, 403, () => careHomeManager],
    ['manager in another organisation', 404, 404, () => otherManager],
  ])('%s: create → %i, read → %i', async (_who, createStatus, readStatus, agent) => {
    expect((await audit(agent(), personId, {})).statusCode).toBe(createStatus);
    expect((await agent().get(`/api/people/${personId}/manual-audits`)).statusCode).toBe(readStatus);
    const read = await agent().get(`/api/manual-audits/${auditId}`);
    expect(read.statusCode).toBe(readStatus);
    if (readStatus !== 200) expect(read.headers['content-type']).toContain('application/problem+json');
  });

  test('each read and write is in the audit log, and so is a refusal', async () => {
    await senior.get(`/api/manual-audits/${auditId}`);
    await carer.get(`/api/manual-audits/${auditId}`);
    const log = await asOwner(t.db, async (c) => (await c.query<{ action: string; outcome: string }>(
      "SELECT action, outcome FROM audit_log WHERE resource_type = 'manual_audit' AND resource_id = $1 ORDER BY chain_seq", [auditId],
    )).rows);
    expect(log).toEqual(expect.arrayContaining([
      { action: 'manual_audit.create', outcome: 'success' },
      { action: 'manual_audit.read', outcome: 'success' },
      { action: 'manual_audit.read', outcome: 'refused' },
    ]));
  });

  test('an unknown audit is not found', async () => {
    expect((await manager.get('/api/manual-audits/0b9a4a7e-2f57-4c55-9d1e-4c1f0e8f6a11')).statusCode).toBe(404);
  });
});

describe('templates of the provider’s own', () => {
  test('an audit keeps the template as it answered it after the template changes; a retired template takes no new audits', async () => {
    const template = (await manager.post('/api/audit-templates', {
      title: 'Night visits spot check', description: null, reason: 'Night visit concerns',
      questions: [{ id: 'times', text: 'Are the night visit times written?' }, { id: 'checks', text: 'Are the checks listed?' }],
    })).json<AuditTemplate>();
    const personId = await personWithPlan(manager, org.homecareId);
    const first = await created(manager, personId, { templateKey: template.key, answers: answers(['times', 'checks'], { checks: 'no' }) });
    expect(first).toMatchObject({ templateKey: template.key, templateVersion: 1, score: 50 });

    const v2 = await manager.post(`/api/audit-templates/${template.key}/versions`, {
      latestVersion: 1, title: 'Night visits spot check', description: null, reason: 'Checks covered elsewhere', removedQuestionIds: ['checks'],
      questions: [{ id: 'times', text: 'Are the night visit times and who visits written?' }, { id: 'call', text: 'Is the on-call number there?' }],
    });
    expect(v2.statusCode, v2.body).toBe(201);

    const again = await created(manager, personId, { templateKey: template.key, answers: answers(['times', 'call']) });
    expect(again).toMatchObject({ templateVersion: 2, score: 100 });
    expect(again.comparison).toMatchObject({
      droppedQuestions: [{ questionId: 'checks', text: 'Are the checks listed?', previous: 'no' }],
      answers: [{ questionId: 'times', change: 'same' }, { questionId: 'call', previous: null, change: 'new_question' }],
    });
    const old = (await manager.get(`/api/manual-audits/${first.id}`)).json<ManualAudit>();
    expect(old.template.questions.map((q) => [q.id, q.text])).toEqual([['times', 'Are the night visit times written?'], ['checks', 'Are the checks listed?']]);

    // Answering the old questions after the change is refused by question.
    const stale = await audit(manager, personId, { templateKey: template.key, answers: answers(['times', 'checks']) });
    expect(stale.json().errors).toEqual([
      { field: 'answers.checks', message: 'This question is not in the template' },
      { field: 'answers.call.answer', message: 'Choose yes, partly, no or not applicable' },
    ]);

    expect((await manager.post(`/api/audit-templates/${template.key}/versions`, {
      latestVersion: 2, title: 'Night visits spot check', description: null, reason: 'No longer used', retired: true,
      questions: [{ id: 'times', text: 'Are the night visit times and who visits written?' }, { id: 'call', text: 'Is the on-call number there?' }],
    })).statusCode).toBe(201);
    const retired = await audit(manager, personId, { templateKey: template.key, answers: answers(['times', 'call']) });
    expect(retired.json().errors).toEqual([{ field: 'templateKey', message: 'This template has been retired: choose another' }]);
    expect((await manager.get(`/api/manual-audits/${again.id}`)).statusCode).toBe(200);
  });
});

describe('actions and permanence', () => {
  test('actions raised from an answer are listed with the audit, for those who may see actions', async () => {
    const personId = await personWithPlan(manager, org.homecareId);
    const [q] = toolkitIds;
    const stored = await created(manager, personId, { answers: answers(toolkitIds, { [q!]: 'no' }) });
    const raised = await manager.post('/api/quality-actions', {
      manualAuditId: stored.id, questionId: q, title: 'Write the profile with Edith', ownerId: seniorStaff.id, dueDate: '2099-01-01',
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const actionId = raised.json<{ id: string }>().id;
    const read = (await senior.get(`/api/manual-audits/${stored.id}`)).json<ManualAudit>();
    expect(read.actions).toEqual([{ id: actionId, questionId: q, title: 'Write the profile with Edith', status: 'open', dueDate: '2099-01-01', owner: { id: seniorStaff.id, name: 'Sam Senior' } }]);
  });

  test('there is no way to change or remove an audit, over HTTP or in the database', async () => {
    const personId = await personWithPlan(manager, org.homecareId);
    const stored = await created(manager, personId);
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: `/api/manual-audits/${stored.id}`, headers: { cookie: manager.cookie, 'x-csrf-token': manager.csrfToken }, payload: { summary: 'changed' } });
      expect(res.statusCode).toBe(404);
    }
    const attempt = (sql: string) => asOwner(t.db, (c) => c.query(sql, [stored.id]));
    await expect(attempt("UPDATE manual_audits SET summary = 'changed' WHERE id = $1")).rejects.toThrow();
    await expect(attempt('DELETE FROM manual_audits WHERE id = $1')).rejects.toThrow();
    expect((await manager.get(`/api/manual-audits/${stored.id}`)).json<ManualAudit>().summary).toBeNull();
  });
});
