// The demo's behaviour support plan: Stan at Oak House has version 1 (agreed months ago, then reviewed) replaced by
// version 2 (agreed recently, with the reason), which allows a two-person guided escort only as a last resort. Read
// through the API as the Oak House care worker, who supports him.
import type { BspPlanResponse } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays } from '@hearth/core';
import { londonDate } from '../dates.js';
import { agentFor, createTestApp, sessionCookieFrom, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { stanBspSecondVersionReason } from './demo-behaviour-support-plan.js';
import { demoPassword } from './demo-data.js';
import { seedDemoIfEmpty } from './seed-demo.js';

let t: TestApp;
let carer: Agent;
let stan: string;

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoIfEmpty(t.db.adminUrl, t.db.pool, t.clock.now())).toBe(true);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: 'oakhouse@riverside-care.example', password: demoPassword },
  });
  carer = agentFor(t.app, sessionCookieFrom(res), res.json<{ csrfToken: string }>().csrfToken);
  const list = (await carer.get('/api/people')).json<{ id: string; legalName: string }[]>();
  stan = list.find((p) => p.legalName === 'Stanley Whitaker')!.id;
}, 180_000);
afterAll(() => t.close());

describe('Stan\u2019s behaviour support plan in the demo', () => {
  test('version 2 in use since a recent agreement, version 1 agreed months ago and reviewed before it was replaced', async () => {
    const today = londonDate(t.clock.now());
    const plan = (await carer.get(`/api/people/${stan}/behaviour-support-plan`)).json<BspPlanResponse>();
    expect(plan.versions.map((v) => [v.version, v.status, v.restrictivePractices])).toEqual([
      [2, 'in_use', ['physical']],
      [1, 'replaced', []],
    ]);
    expect(plan.versions[0]?.changeReason).toBe(stanBspSecondVersionReason);
    expect(plan.versions[0]?.agreedOn).toBe(addDays(today, -12));
    expect(plan.versions[1]?.agreedOn).toBe(addDays(today, -148));
    expect(plan.proposed).toBeNull();
    expect(plan.review?.status).toBe('not_due');
    expect(plan.inUse?.body.profile.aboutMe).toMatch(/^I\u2019m Stan\. I served my time as a joiner/);
    expect(plan.inUse?.body.reactiveStrategies.restrictivePractices.map((p) => p.kind)).toEqual(['physical']);
    expect(plan.inUse?.body.carePlanVersion).toBe(2);
    expect(plan.carePlan?.version).toBe(2);
    const stored = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM behaviour_support_plan_reviews r JOIN behaviour_support_plan_versions v ON v.id = r.plan_version_id
         WHERE v.person_id = $1 AND v.version = 1`,
            [stan],
          )
        ).rows[0]!.n,
    );
    expect(stored).toBe(1);
  });
});
