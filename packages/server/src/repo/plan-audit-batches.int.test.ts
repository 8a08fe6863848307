// A bulk plan audit reads plans a batch at a time, so a large organisation's plans never sit in memory at once: every
// plan is still audited exactly once, in name order, including people who share a name across a batch's edge.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { inTransaction } from '../db/transaction.js';
import { buildOrganisation, buildStaff, signInAs, type TestOrganisation } from '../test/factories.js';
import { personWithPlan } from '../test/plan-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { auditInBatches, loadAuditTargets, type AuditContext } from './plan-audit-input.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let people: string[];

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  // Three people share a name, so the order within it (by id) decides where a batch ends.
  const names = ['Ada Brown', 'Mary Jones', 'Mary Jones', 'Mary Jones', 'Zoe Clark'];
  people = [];
  for (const legalName of names) people.push(await personWithPlan(senior, org.homecareId, { stage: 'in_use', legalName }));
  await personWithPlan(senior, org.homecareId, { stage: 'draft', legalName: 'Bea Draft' });
});
afterAll(() => t.close());

const inOrganisation = <T>(work: (ctx: AuditContext) => Promise<T>) =>
  inTransaction(t.db.pool, org.id, (tx) => work({ tx, organisationId: org.id, now: new Date('2026-12-03T10:00:00Z') }));

const runCount = async () =>
  asOwner(t.db, async (c) => Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM plan_audit_runs')).rows[0]!.n));

test.each([1, 2, 3, 5, 200])('in batches of %i: every current plan audited once, in name order', async (batchSize) => {
  const before = await runCount();
  const { all, result } = await inOrganisation(async (ctx) => ({
    all: await loadAuditTargets(ctx, { currentPeopleOnly: true }),
    result: await auditInBatches(ctx, { currentPeopleOnly: true }, 'on_demand', null, { batchSize }),
  }));
  expect(new Set(all.map((a) => a.personId))).toEqual(new Set(people));
  expect(result.runs.map((r) => r.personId)).toEqual(all.map((a) => a.personId));
  expect(result.considered).toBe(5);
  expect((await runCount()) - before).toBe(5);
});

test('targets left out by skip are counted as considered but not audited', async () => {
  const skipped = new Set([people[1], people[3]]);
  const result = await inOrganisation((ctx) =>
    auditInBatches(ctx, { currentPeopleOnly: true }, 'on_demand', null, { batchSize: 2, skip: (target) => skipped.has(target.personId) }),
  );
  expect(result.considered).toBe(5);
  expect(result.runs.map((r) => r.personId).sort()).toEqual(people.filter((p) => !skipped.has(p)).sort());
});
