import type { PlanAuditHistory, PlanAuditSummary, RunPlanAuditsResult } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { bestInterestsDecisionBody, lacksCapacityBody } from '../test/capacity-fixtures.js';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { personWithPlan, sampleAgreement } from '../test/plan-fixtures.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let senior: Agent;
let carer: Agent;
let homeManager: Agent;
let careHomeManager: Agent;
let quality: Agent;
let admin: Agent;
let otherManager: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  other = await buildOrganisation(t.db, 'Elsewhere Care');
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  homeManager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', name: 'Mo Manager' }));
  careHomeManager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
});
afterAll(() => t.close());

interface StoredRun { trigger: string; plan_version: number; run_by: string | null; organisation_id: string; score: string | null }
const runsOf = (personId: string) =>
  asOwner(t.db, async (c) => (await c.query<StoredRun>('SELECT trigger, plan_version, run_by, organisation_id, score FROM plan_audit_runs WHERE person_id = $1 ORDER BY run_at, id', [personId])).rows);

const run = (agent: Agent, scope: unknown) => agent.post('/api/plan-audits', { scope });

describe('each new plan version is audited', () => {
  test('agreeing audits the new version once; putting it into use does not audit it again; the next version gets its own', async () => {
    const id = (await senior.post('/api/people', personBody(org.homecareId))).json().id as string;
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    expect(await runsOf(id)).toEqual([]);
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement: sampleAgreement });
    expect(await runsOf(id)).toEqual([expect.objectContaining({ trigger: 'new_version', plan_version: 1, run_by: null, organisation_id: org.id })]);
    await senior.post(`/api/people/${id}/care-plan/versions/1/start-use`);
    expect(await runsOf(id)).toHaveLength(1);

    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: 'Review', content: samplePlanContent({ stepTime: '09:00' }) });
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement: sampleAgreement });
    await senior.post(`/api/people/${id}/care-plan/versions/2/start-use`);
    expect((await runsOf(id)).map((r) => [r.trigger, r.plan_version])).toEqual([['new_version', 1], ['new_version', 2]]);

    // The senior may read the history (and its findings), though not run an audit.
    const history = await senior.get(`/api/people/${id}/care-plan/audits`);
    expect(history.statusCode).toBe(200);
    const body = history.json<PlanAuditHistory>();
    expect(body.runs.map((r) => [r.planVersion, r.trigger, r.runBy])).toEqual([[2, 'new_version', null], [1, 'new_version', null]]);
    expect(body.latest?.planVersion).toBe(2);
    expect(body.latest?.findings.length).toBe(body.latest!.failCount + body.latest!.warnCount);
    expect(body.latest?.rules.run.length).toBeGreaterThan(0);
  });
});

describe('running the audit on demand', () => {
  test('for one plan: one on-demand run by the manager, answered with the service’s dashboard', async () => {
    const id = await personWithPlan(homeManager, org.homecareId, { legalName: 'Alma Audit' });
    const res = await run(homeManager, { kind: 'person', personId: id });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<RunPlanAuditsResult>();
    expect(body.audited).toBe(1);
    expect(body.summary.serviceId).toBe(org.homecareId);
    expect(body.summary.plans.find((p) => p.personId === id)).toMatchObject({ legalName: 'Alma Audit', trigger: 'on_demand', planVersion: 1 });
    const runs = await runsOf(id);
    expect(runs.at(-1)).toMatchObject({ trigger: 'on_demand', plan_version: 1 });
    expect(runs.at(-1)?.run_by).not.toBeNull();
    const history = (await homeManager.get(`/api/people/${id}/care-plan/audits`)).json<PlanAuditHistory>();
    expect(history.runs[0]?.runBy).toMatchObject({ name: 'Mo Manager', role: 'registered_manager' });
  });

  test('for a service, and for everything the actor may audit: the manager’s own service only, the quality lead every service', async () => {
    const home = await personWithPlan(homeManager, org.homecareId);
    const careHome = await personWithPlan(careHomeManager, org.careHomeId);
    const draftOnly = (await homeManager.post('/api/people', personBody(org.homecareId))).json().id as string;
    await homeManager.put(`/api/people/${draftOnly}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    const ended = await personWithPlan(homeManager, org.homecareId);
    await asOwner(t.db, (c) => c.query("UPDATE people SET status = 'ended', status_date = '2026-11-22' WHERE id = $1", [ended]));

    const count = async (id: string) => (await runsOf(id)).filter((r) => r.trigger === 'on_demand').length;
    const service = await run(homeManager, { kind: 'service', serviceId: org.homecareId });
    expect(service.statusCode, service.body).toBe(200);
    expect([await count(home), await count(careHome), await count(draftOnly), await count(ended)]).toEqual([1, 0, 0, 0]);

    const mine = await run(homeManager, { kind: 'organisation' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json<RunPlanAuditsResult>().summary.services.map((s) => s.serviceId)).toEqual([org.homecareId]);
    expect([await count(home), await count(careHome)]).toEqual([2, 0]);

    const everything = await run(quality, { kind: 'organisation' });
    expect(everything.statusCode).toBe(200);
    const body = everything.json<RunPlanAuditsResult>();
    expect(new Set(body.summary.services.map((s) => s.serviceId))).toEqual(new Set([org.homecareId, org.careHomeId]));
    expect([await count(home), await count(careHome), await count(draftOnly), await count(ended)]).toEqual([3, 1, 0, 0]);
    expect(body.summary.plans.map((p) => p.personId)).toEqual(expect.arrayContaining([home, careHome]));
    expect(body.summary.plans.map((p) => p.personId)).not.toContain(ended);

    const log = await asOwner(t.db, async (c) => (await c.query<{ detail: { audited: number; people: string[] } }>(
      "SELECT detail FROM audit_log WHERE action = 'plan_audit.run' AND resource_type = 'organisation' AND outcome = 'success' ORDER BY chain_seq DESC LIMIT 1",
    )).rows[0]);
    expect(log?.detail.audited).toBe(body.audited);
    expect(log?.detail.people).toEqual(expect.arrayContaining([home, careHome]));
  });

  test('a person with no agreed plan cannot be audited, and a scope that is not one gets field errors', async () => {
    const id = (await homeManager.post('/api/people', personBody(org.homecareId))).json().id as string;
    const res = await run(homeManager, { kind: 'person', personId: id });
    expect(res.statusCode).toBe(409);
    const bad = await run(homeManager, { kind: 'team' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ field: 'scope.kind' })]);
    expect((await run(homeManager, { kind: 'service', serviceId: 'nope' })).json().errors).toEqual([expect.objectContaining({ field: 'scope.serviceId' })]);
  });
});

describe('who may run and see audits', () => {
  test('a manager of one service can neither run nor see another service’s audits; another organisation’s are not found', async () => {
    const careHomePerson = await personWithPlan(careHomeManager, org.careHomeId);
    expect((await run(homeManager, { kind: 'service', serviceId: org.careHomeId })).statusCode).toBe(403);
    expect((await run(homeManager, { kind: 'person', personId: careHomePerson })).statusCode).toBe(403);
    expect((await homeManager.get(`/api/plan-audits/summary?serviceId=${org.careHomeId}`)).statusCode).toBe(403);
    expect((await homeManager.get(`/api/people/${careHomePerson}/care-plan/audits`)).statusCode).toBe(403);

    expect((await run(otherManager, { kind: 'service', serviceId: org.homecareId })).statusCode).toBe(404);
    expect((await run(otherManager, { kind: 'person', personId: careHomePerson })).statusCode).toBe(404);
    expect((await otherManager.get(`/api/plan-audits/summary?serviceId=${org.homecareId}`)).statusCode).toBe(404);
    expect((await otherManager.get(`/api/people/${careHomePerson}/care-plan/audits`)).statusCode).toBe(404);
    // Their own dashboard holds nothing of this organisation.
    const theirs = (await otherManager.get('/api/plan-audits/summary')).json<PlanAuditSummary>();
    expect(theirs.plans).toEqual([]);
    expect(theirs.services.map((s) => s.serviceId)).toEqual([other.homecareId]);
  });

  test('the quality lead sees every service; care workers and administrators see none; seniors read but do not run', async () => {
    const careHomePerson = await personWithPlan(careHomeManager, org.careHomeId);
    expect((await quality.get(`/api/plan-audits/summary?serviceId=${org.careHomeId}`)).statusCode).toBe(200);
    expect((await quality.get(`/api/people/${careHomePerson}/care-plan/audits`)).statusCode).toBe(200);
    expect((await run(quality, { kind: 'person', personId: careHomePerson })).statusCode).toBe(200);
    for (const agent of [carer, admin]) {
      expect((await run(agent, { kind: 'organisation' })).statusCode).toBe(403);
      expect((await agent.get('/api/plan-audits/summary')).statusCode).toBe(403);
    }
    expect((await carer.get(`/api/people/${careHomePerson}/care-plan/audits`)).statusCode).toBe(403);
    expect((await run(senior, { kind: 'service', serviceId: org.homecareId })).statusCode).toBe(403);
    expect((await senior.get('/api/plan-audits/summary')).statusCode).toBe(200);
    const refused = await asOwner(t.db, async (c) => (await c.query(
      "SELECT 1 FROM audit_log WHERE action = 'plan_audit.run' AND outcome = 'refused'",
    )).rowCount);
    expect(refused).toBeGreaterThan(0);
  });
});

describe('the audit reads the person\u2019s capacity records', () => {
  /** A plan whose only section says the person has capacity for some decisions, naming no assessment. */
  const someDecisionsPlan = {
    sections: [{
      sectionKey: 'mental_capacity_and_consent',
      answers: [
        { promptKey: 'capacity_status', text: 'I have capacity for some decisions, not for managing my medicines.' },
        { promptKey: 'sharing_preferences', text: 'My son Ray may see it.' },
      ],
    }],
    involvement: [{ kind: 'person', name: 'Cora Capacity', how: 'in_person', date: '2026-11-20' }],
    writtenInFirstPerson: true,
  };

  const latestAudit = async (id: string) => {
    expect((await run(homeManager, { kind: 'person', personId: id })).statusCode).toBe(200);
    const latest = (await homeManager.get(`/api/people/${id}/care-plan/audits`)).json<PlanAuditHistory>().latest;
    const outcome = (ruleId: string) => latest?.rules.run.find((r) => r.id === ruleId)?.outcome ?? 'n/a';
    const fields = (ruleId: string) => (latest?.findings ?? []).filter((f) => f.ruleId === ruleId).map((f) => f.field);
    return { outcome, fields };
  };

  test('a signed assessment, a best-interests decision and a liberty safeguards record each change what F39 and F41 find', async () => {
    const id = (await senior.post('/api/people', personBody(org.homecareId, { legalName: 'Cora Capacity' }))).json().id as string;
    expect((await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: someDecisionsPlan })).statusCode).toBe(200);
    expect((await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement: sampleAgreement })).statusCode).toBe(200);
    const today = londonDate(t.clock.now());

    const before = await latestAudit(id);
    expect(before.outcome('F39')).toBe('fail');
    expect(before.fields('F41')).toEqual([expect.stringMatching(/answers$/), expect.stringMatching(/answers$/)]);

    const assessment = await senior.post(`/api/people/${id}/capacity-assessments`, lacksCapacityBody(today));
    expect(assessment.statusCode, assessment.body).toBe(201);
    const assessmentId = assessment.json<{ id: string }>().id;
    const assessed = await latestAudit(id);
    expect(assessed.outcome('F39')).toBe('pass');
    // The best-interests finding now names the assessment it is missing for; DoLS is still not stated anywhere.
    expect(assessed.fields('F41')).toEqual([`capacity.assessments.${assessmentId}`, expect.stringMatching(/answers$/)]);

    const decided = await senior.post(`/api/people/${id}/best-interests-decisions`, bestInterestsDecisionBody(assessmentId, today));
    expect(decided.statusCode, decided.body).toBe(201);
    expect((await latestAudit(id)).fields('F41')).toEqual([expect.stringMatching(/answers$/)]);

    const liberty = await senior.post(`/api/people/${id}/liberty-safeguards`, { scheme: 'dols', status: 'not_needed' });
    expect(liberty.statusCode, liberty.body).toBe(201);
    expect((await latestAudit(id)).outcome('F41')).toBe('pass');
  });
});
