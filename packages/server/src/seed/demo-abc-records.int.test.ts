// The demo's ABC records: Stan Whitaker's last three weeks at Oak House, read through the API as his care worker, and
// what they suggest together.
import { londonMinuteOfDay, type AbcAnalysisResponse, type AbcRecordList } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { agentFor, createTestApp, sessionCookieFrom, type Agent, type TestApp } from '../test/test-app.js';
import { demoPassword } from './demo-data.js';
import { seedDemoIfEmpty } from './seed-demo.js';

let t: TestApp;
let olu: Agent;
let stan: string;

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoIfEmpty(t.db.adminUrl, t.db.pool, t.clock.now())).toBe(true);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: 'oakhouse@riverside-care.example', password: demoPassword },
  });
  const body = res.json<{ status: string; csrfToken: string }>();
  olu = agentFor(t.app, sessionCookieFrom(res), body.csrfToken);
  stan = (await olu.get('/api/people'))
    .json<{ id: string; legalName: string }[]>()
    .find((p) => p.legalName === 'Stanley Whitaker')!.id;
}, 180_000);
afterAll(() => t.close());

describe('Stan Whitaker’s ABC records', () => {
  test('about fourteen over the last three weeks, mostly late in the afternoon, one corrected and one with a restrictive intervention', async () => {
    const list = (await olu.get(`/api/people/${stan}/abc-records`)).json<AbcRecordList>();
    const current = list.records.filter((r) => r.current);
    expect(current).toHaveLength(14);
    expect(list.records.filter((r) => !r.current)).toHaveLength(1);
    const daysAgo = (iso: string) => (t.clock.now().getTime() - Date.parse(iso)) / 86_400_000;
    expect(Math.max(...current.map((r) => daysAgo(r.occurredAt)))).toBeLessThanOrEqual(21);
    const lateAfternoon = current.filter((r) => {
      const minute = londonMinuteOfDay(new Date(r.occurredAt));
      return minute >= 16 * 60 && minute <= 17 * 60 + 30;
    });
    expect(lateAfternoon.length).toBeGreaterThanOrEqual(12);
    expect(current.filter((r) => r.restrictiveInterventionUsed)).toHaveLength(1);
    expect(list.behaviours[0]).toBe('Trying to leave the building');
  });

  test('the analysis suggests attention as the possible function', async () => {
    const analysis = (await olu.get(`/api/people/${stan}/abc-analysis`)).json<AbcAnalysisResponse>();
    expect(analysis).toMatchObject({
      considered: 14,
      replacedLeftOut: 1,
      summary: { status: 'hypothesis', function: 'attention' },
    });
    const top = (list: { category: string; count: number }[]) => [...list].sort((a, b) => b.count - a.count)[0]?.category;
    expect(top(analysis.consequences)).toBe('attention_given');
    expect(['left_alone', 'change_of_routine']).toContain(top(analysis.antecedents));
  });
});
