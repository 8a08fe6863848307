// The demo's restrictive interventions: Stan Whitaker's two guided escorts at Oak House, the older one fully
// debriefed, the recent one waiting for Stan's debrief; read through the API as Oak House's senior care worker.
import type { RestrictiveInterventionRegister, RestrictiveInterventionTrends } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asOwner } from '../test/test-database.js';
import { agentFor, createTestApp, sessionCookieFrom, type Agent, type TestApp } from '../test/test-app.js';
import { demoPassword } from './demo-data.js';
import { seedDemoIfEmpty } from './seed-demo.js';

let t: TestApp;
let grace: Agent;
let stan: string;

async function signIn(email: string): Promise<Agent> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: demoPassword } });
  const body = res.json<{ status: string; csrfToken: string }>();
  if (body.status !== 'signed_in') throw new Error(`${email}: ${body.status}`);
  return agentFor(t.app, sessionCookieFrom(res), body.csrfToken);
}

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoIfEmpty(t.db.adminUrl, t.db.pool, t.clock.now())).toBe(true);
  grace = await signIn('oakhouse.senior@riverside-care.example');
  const people = (await grace.get('/api/people')).json<{ id: string; legalName: string }[]>();
  stan = people.find((p) => p.legalName === 'Stanley Whitaker')!.id;
}, 180_000);
afterAll(() => t.close());

describe('Stan Whitaker’s restrictive interventions', () => {
  test('two guided escorts that followed his plan; the recent one is waiting for his debrief', async () => {
    const register = (await grace.get(`/api/people/${stan}/restrictive-interventions`)).json<RestrictiveInterventionRegister>();
    expect(register.interventions.map((i) => [i.kind, i.followedPlan, i.current])).toEqual([
      ['physical', 'yes', true],
      ['physical', 'yes', true],
    ]);
    const [recent, older] = register.interventions;
    const daysAgo = (iso: string) => (t.clock.now().getTime() - Date.parse(iso)) / 86_400_000;
    expect(daysAgo(older!.startedAt)).toBeGreaterThan(60);
    expect(daysAgo(recent!.startedAt)).toBeLessThan(30);
    expect(older!.debriefStatus).toEqual({ person: 'held', staff: 'held' });
    expect(recent!.debriefStatus).toEqual({ person: 'overdue', staff: 'held' });
    expect(register.attention).toEqual([
      expect.objectContaining({ kind: 'debrief_overdue', withWhom: 'person', interventionId: recent!.id }),
    ]);
    expect(register.trend.months.reduce((n, m) => n + m.count, 0)).toBe(2);
  });

  test('the recent one is linked to Stan’s ABC record of the incident when the ABC demo has one', async () => {
    const flagged = await asOwner(t.db, async (c) =>
      (
        await c.query<{ id: string }>(
          `SELECT a.id FROM abc_records a JOIN people p ON p.id = a.person_id
         WHERE p.legal_name = 'Stanley Whitaker' AND a.restrictive_intervention_used
           AND a.occurred_at BETWEEN now() - interval '28 days' AND now() - interval '4 days'`,
        )
      ).rows.map((r) => r.id),
    );
    const register = (await grace.get(`/api/people/${stan}/restrictive-interventions`)).json<RestrictiveInterventionRegister>();
    const linked = register.interventions[0]!.abcRecordId;
    if (flagged.length === 0) expect(linked).toBeNull();
    else expect(flagged).toContain(linked);
  });

  test('Oak House’s trend counts them', async () => {
    const trends = (await grace.get('/api/restrictive-interventions/trends')).json<RestrictiveInterventionTrends>();
    expect(trends.services.map((s) => s.serviceName)).toEqual(['Oak House']);
    const months = trends.services[0]!.trend.months;
    expect(months.reduce((n, m) => n + m.byKind.physical.count, 0)).toBe(2);
  });
});
