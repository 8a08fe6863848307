// The demo's training, competence checks and Oak House audit, read through the API as the demo's users would.
import type {
  BehaviourSupportAuditOverview,
  StaffCompetenceChecksResponse,
  StaffTrainingResponse,
  TrainingOverview,
} from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { agentFor, createTestApp, sessionCookieFrom, type Agent, type TestApp } from '../test/test-app.js';
import { demoPassword } from './demo-data.js';
import { seedDemoIfEmpty } from './seed-demo.js';

let t: TestApp;
let quality: Agent;

async function signIn(email: string): Promise<Agent> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: demoPassword } });
  const body = res.json<{ status: string; csrfToken: string }>();
  if (body.status !== 'signed_in') throw new Error(`${email}: ${body.status}`);
  return agentFor(t.app, sessionCookieFrom(res), body.csrfToken);
}

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoIfEmpty(t.db.adminUrl, t.db.pool, t.clock.now())).toBe(true);
  quality = await signIn('quality@riverside-care.example');
}, 120_000);
afterAll(() => t.close());

const row = (overview: TrainingOverview, name: string) => overview.staff.find((s) => s.name === name);

describe('the demo training', () => {
  test('Olu\u2019s certified training expired last month, so he is flagged for Stan; Grace\u2019s is current', async () => {
    const overview = (await quality.get('/api/training')).json<TrainingOverview>();
    expect(row(overview, 'Olu Adeyemi')?.restrictivePractice.standing).toBe('expired');
    expect(row(overview, 'Grace Mensah')?.restrictivePractice.standing).toBe('current');
    expect(row(overview, 'Carla Reid')?.topics).toMatchObject({
      safeguarding: { status: 'current' },
      mental_capacity: { status: 'no_expiry' },
    });
    const olu = overview.flags.filter((f) => f.staffName === 'Olu Adeyemi');
    expect(olu.map((f) => [f.personName, f.severity, f.standing, f.restrictivePractices.includes('physical')])).toEqual([
      ['Stanley Whitaker', 'flag', 'expired', true],
    ]);
    expect(overview.flags.some((f) => f.staffName === 'Grace Mensah')).toBe(false);
  });

  test('Olu sees his own flag; Grace has a competence checklist and an observation by the manager', async () => {
    const olu = await signIn('oakhouse@riverside-care.example');
    const me = (await olu.get('/api/auth/me')).json<{ staffId: string }>();
    const own = (await olu.get(`/api/staff/${me.staffId}/training`)).json<StaffTrainingResponse>();
    expect(own.flags.map((f) => f.personName)).toEqual(['Stanley Whitaker']);
    const overview = (await quality.get('/api/training')).json<TrainingOverview>();
    const grace = row(overview, 'Grace Mensah')!;
    const checks = (await quality.get(`/api/staff/${grace.staffId}/competence-checks`)).json<StaffCompetenceChecksResponse>();
    expect(checks.checks.map((c) => [c.kind, c.recordedBy.name])).toEqual([
      ['observation', 'Maya Patel'],
      ['competence', 'Maya Patel'],
    ]);
  });

  test('Oak House\u2019s audit was completed last month with two actions', async () => {
    const overview = (await quality.get('/api/behaviour-support-audits')).json<BehaviourSupportAuditOverview>();
    const oak = overview.services.find((s) => s.name === 'Oak House');
    expect(oak?.audits).toBe(1);
    expect(oak?.latest?.standing).toMatchObject({ actions: 2, level: 'established' });
  });
});
