// The dashboard's arithmetic over runs written directly, so every score and rule outcome is known.
import type { PlanAuditSummary, StoredAuditRules } from '@hearth/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let manager: Agent;
let quality: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager' }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
});
afterAll(() => t.close());

/** A person with a draft only: a plan row to hang runs on, and no automatic run of its own. */
async function personWithDraft(writer: Agent, serviceId: string, legalName: string): Promise<{ personId: string; planId: string }> {
  const personId = (await writer.post('/api/people', personBody(serviceId, { legalName }))).json().id as string;
  expect((await writer.put(`/api/people/${personId}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() })).statusCode).toBe(200);
  const planId = await asOwner(t.db, async (c) => (await c.query<{ id: string }>('SELECT id FROM care_plans WHERE person_id = $1', [personId])).rows[0]!.id);
  return { personId, planId };
}

const rules = (outcomes: Record<string, 'pass' | 'warn' | 'fail'>): StoredAuditRules => ({
  run: Object.entries(outcomes).map(([id, outcome]) => ({ id, title: `Rule ${id}`, severity: 'fail', outcome, items: 1, itemsFound: outcome === 'pass' ? 0 : 1 })),
  notApplicable: [],
  disabled: [],
});

async function insertRun(plan: { personId: string; planId: string }, at: Date, score: number | null, outcomes: Record<string, 'pass' | 'warn' | 'fail'>) {
  await asOwner(t.db, (c) => c.query(
    `INSERT INTO plan_audit_runs (organisation_id, person_id, plan_id, plan_version, trigger, score, fail_count, warn_count, findings, rules, run_at)
     VALUES ($1, $2, $3, 1, 'nightly', $4, $5, $6, '[]', $7, $8)`,
    [org.id, plan.personId, plan.planId, score, Object.values(outcomes).filter((o) => o === 'fail').length,
      Object.values(outcomes).filter((o) => o === 'warn').length, JSON.stringify(rules(outcomes)), at],
  ));
}

test('means of each plan’s latest score per service and overall, the rules most plans fail, and the weekly trend', async () => {
  const careHomeManager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  const ann = await personWithDraft(manager, org.homecareId, 'Ann Ash');
  const bob = await personWithDraft(manager, org.homecareId, 'Bob Birch');
  const cat = await personWithDraft(careHomeManager, org.careHomeId, 'Cat Cedar');
  const now = t.clock.now().getTime();
  const lastWeek = new Date(now - 8 * 86_400_000);
  await insertRun(ann, lastWeek, 50, { B16: 'fail' });
  await insertRun(ann, new Date(now - 3), 40, { B16: 'fail', B12: 'fail' }); // not the latest this week: left out
  await insertRun(ann, new Date(now - 2), 70, { B16: 'fail', B12: 'warn', A1: 'pass' });
  await insertRun(bob, new Date(now - 2), 95, { B16: 'fail', C21: 'warn' });
  await insertRun(cat, new Date(now - 1), 80, { B12: 'fail', A1: 'pass' });
  await insertRun(cat, new Date(now - 100 * 86_400_000), 10, { B12: 'fail' }); // before the trend's 12 weeks

  const all = await quality.get('/api/plan-audits/summary');
  expect(all.statusCode, all.body).toBe(200);
  const summary = all.json<PlanAuditSummary>();
  expect(summary.plans.map((p) => [p.legalName, p.score, p.failCount, p.warnCount])).toEqual([
    ['Ann Ash', 70, 1, 1], ['Cat Cedar', 80, 1, 0], ['Bob Birch', 95, 1, 1],
  ]);
  expect(summary.meanScore).toBe(81.7);
  expect(summary.services).toEqual([
    { serviceId: org.careHomeId, name: 'Test Care Ltd Care Home', meanScore: 80, plansAudited: 1 },
    { serviceId: org.homecareId, name: 'Test Care Ltd Homecare', meanScore: 82.5, plansAudited: 2 },
  ]);
  expect(summary.failingRules).toEqual([
    { ruleId: 'B16', title: 'Rule B16', plansFailing: 2, plansWarning: 0 },
    { ruleId: 'B12', title: 'Rule B12', plansFailing: 1, plansWarning: 1 },
    { ruleId: 'C21', title: 'Rule C21', plansFailing: 0, plansWarning: 1 },
  ]);
  expect(summary.trend.map((w) => [w.meanScore, w.plansAudited])).toEqual([[50, 1], [81.7, 3]]);
  for (const w of summary.trend) expect(new Date(`${w.weekStarting}T12:00:00Z`).getUTCDay()).toBe(1);
  expect(summary.plansNotAudited).toBe(0);

  // The homecare manager's dashboard is their service's alone.
  const mine = (await manager.get('/api/plan-audits/summary')).json<PlanAuditSummary>();
  expect(mine.meanScore).toBe(82.5);
  expect(mine.plans.map((p) => p.legalName)).toEqual(['Ann Ash', 'Bob Birch']);
  expect(mine.failingRules.map((r) => [r.ruleId, r.plansFailing, r.plansWarning])).toEqual([['B16', 2, 0], ['B12', 0, 1], ['C21', 0, 1]]);
  expect(mine.trend.map((w) => w.meanScore)).toEqual([50, 82.5]);
  const careHome = (await quality.get(`/api/plan-audits/summary?serviceId=${org.careHomeId}`)).json<PlanAuditSummary>();
  expect([careHome.serviceId, careHome.meanScore, careHome.plans.length]).toEqual([org.careHomeId, 80, 1]);

  // Agreeing a plan audits the new version at once, and that run becomes the plan's latest.
  await manager.post(`/api/people/${ann.personId}/care-plan/draft/agree`, { revision: 1, agreement: { method: 'signed_on_screen', agreedBy: 'Ann Ash', date: '2026-11-21' } });
  const after = (await manager.get('/api/plan-audits/summary')).json<PlanAuditSummary>();
  expect(after.plans.find((p) => p.legalName === 'Ann Ash')?.trigger).toBe('new_version');
  expect(after.plansNotAudited).toBe(0);
});
