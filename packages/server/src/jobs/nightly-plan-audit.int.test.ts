import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, signInAs, type TestOrganisation } from '../test/factories.js';
import { personWithPlan, type PlanStage } from '../test/plan-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { runNightlyPlanAudits } from './nightly-plan-audit.js';
import { organisationIds } from './organisation-ids.js';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let senior: Agent;
let otherSenior: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  other = await buildOrganisation(t.db, 'Elsewhere Care');
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  otherSenior = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker', serviceId: other.homecareId }));
});
afterAll(() => t.close());

const person = (writer: Agent, serviceId: string, stage: PlanStage) => personWithPlan(writer, serviceId, { stage });

const nightlyRuns = () =>
  asOwner(t.db, async (c) => (await c.query<{ person_id: string; organisation_id: string; run_by: string | null }>(
    "SELECT person_id, organisation_id, run_by FROM plan_audit_runs WHERE trigger = 'nightly' ORDER BY run_at, id",
  )).rows);

test('audits every current plan once a London day, in each organisation, and a second call that day adds nothing', async () => {
  const inUse = await person(senior, org.homecareId, 'in_use');
  const agreed = await person(senior, org.homecareId, 'agreed');
  const draftOnly = await person(senior, org.homecareId, 'draft');
  const ended = await person(senior, org.homecareId, 'in_use');
  await asOwner(t.db, (c) => c.query("UPDATE people SET status = 'ended', status_date = '2026-11-22' WHERE id = $1", [ended]));
  const elsewhere = await person(otherSenior, other.homecareId, 'in_use');

  // The owner connection lists every organisation; the requests' role sees none without acting for one.
  const ids = await organisationIds(t.db.adminUrl);
  expect(new Set(ids)).toEqual(new Set([org.id, other.id]));
  expect((await t.db.pool.query('SELECT id FROM organisations')).rows).toEqual([]);

  // 01:30 on a winter night in London.
  const night = new Date('2026-12-03T01:30:00Z');
  const first = await runNightlyPlanAudits(t.db.pool, night, ids);
  expect(first.find((o) => o.organisationId === org.id)).toEqual({ organisationId: org.id, audited: 2, alreadyAudited: 0 });
  expect(first.find((o) => o.organisationId === other.id)).toEqual({ organisationId: other.id, audited: 1, alreadyAudited: 0 });
  const runs = await nightlyRuns();
  expect(runs.map((r) => r.person_id).sort()).toEqual([inUse, agreed, elsewhere].sort());
  expect(runs.find((r) => r.person_id === elsewhere)?.organisation_id).toBe(other.id);
  expect(runs.every((r) => r.run_by === null)).toBe(true);
  expect(runs.map((r) => r.person_id)).not.toContain(draftOnly);

  // Later the same London day: nothing new.
  const again = await runNightlyPlanAudits(t.db.pool, new Date('2026-12-03T23:30:00Z'), ids);
  expect(again.map((o) => o.audited)).toEqual([0, 0]);
  expect(again.find((o) => o.organisationId === org.id)?.alreadyAudited).toBe(2);
  expect(await nightlyRuns()).toHaveLength(3);

  // The next London day: each plan again.
  await runNightlyPlanAudits(t.db.pool, new Date('2026-12-04T02:00:00Z'), ids);
  expect(await nightlyRuns()).toHaveLength(6);

  const logged = await asOwner(t.db, async (c) => (await c.query<{ organisation_id: string; actor_id: string | null; detail: { audited: number } }>(
    "SELECT organisation_id, actor_id, detail FROM audit_log WHERE action = 'plan_audit.nightly' ORDER BY chain_seq",
  )).rows);
  expect(logged.filter((l) => l.organisation_id === org.id).map((l) => l.detail.audited)).toEqual([2, 0, 2]);
  expect(logged.every((l) => l.actor_id === null)).toBe(true);
});

test('an organisation that fails does not stop the others', async () => {
  const outcomes = await runNightlyPlanAudits(t.db.pool, new Date('2026-12-10T02:00:00Z'), ['not-a-uuid', other.id]);
  expect(outcomes[0]?.error).toBeDefined();
  expect(outcomes[1]).toMatchObject({ organisationId: other.id, audited: 1 });
});
