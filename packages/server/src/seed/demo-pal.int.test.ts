// The demo's PAL checklists on their own: demo statement text that says it is not the checklist, Stan at the
// Exploratory level with his profile and plan, and Winifred's tie, read through the API as Oak House's care worker.
import type { PalAssessmentsResponse, PalCurrentStatementsResponse } from '@hearth/core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { londonDate } from '../dates.js';
import { demoPalSource, seedDemoPal } from './demo-pal.js';

let t: TestApp;
let org: TestOrganisation;
let carer: Agent;
const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Care Partnership');
  await buildStaff(t.db, org, { role: 'registered_manager', email: 'manager@riverside-care.example', name: 'Maya Patel' });
  await buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId, email: 'oakhouse.senior@riverside-care.example', name: 'Grace Mensah' });
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId }), t.clock.now);
  const admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }), t.clock.now);
  for (const legalName of ['Stanley Whitaker', 'Winifred Mary Osei']) {
    const res = await admin.post('/api/people', personBody(org.careHomeId, { legalName, accessDetails: undefined }));
    expect(res.statusCode, res.body).toBe(201);
    ids.set(legalName, res.json<{ id: string }>().id);
  }
  await seedDemoPal(t.db.pool, org.id, t.clock.now());
});
afterAll(() => t.close());

const daysFromToday = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${londonDate(t.clock.now())}T00:00:00Z`)) / 86_400_000);

test('the demo statement text says on every statement that it is not the checklist', async () => {
  const { current } = (await carer.get('/api/pal/statement-sets/current')).json<PalCurrentStatementsResponse>();
  expect(current?.source).toBe(demoPalSource);
  expect(current?.importedBy.name).toBe('Maya Patel');
  const statements = Object.values(current?.statements ?? {}).flatMap((levels) => Object.values(levels));
  expect(statements).toHaveLength(36);
  for (const s of statements) expect(s).toMatch(/^Demo text: .* Replace with the statement from your licensed copy\.$/);
});

test('Stan was assessed about a month ago at the Exploratory level, with his profile and plan, reassessed in three months', async () => {
  const read = (await carer.get(`/api/people/${ids.get('Stanley Whitaker') ?? ''}/pal-assessments`)).json<PalAssessmentsResponse>();
  expect(read.assessments).toHaveLength(1);
  const [stan] = read.assessments;
  expect(stan?.score).toMatchObject({ totals: { planned: 1, exploratory: 6, sensory: 2, reflex: 0 }, result: { kind: 'level', level: 'exploratory' } });
  expect(daysFromToday(stan?.assessedOn ?? '')).toBe(-30);
  expect(daysFromToday(stan?.reassessBy ?? '')).toBe(61);
  expect(stan?.recordedBy.name).toBe('Grace Mensah');
  expect(JSON.stringify(stan?.body.profile)).toMatch(/joiner.*[Bb]rass bands.*woodwork magazines.*grandchildren/s);
  expect(stan?.ticked[0]?.statement).toBe('Demo text: Bathing/washing, Exploratory level. Replace with the statement from your licensed copy.');
});

test('Winifred\u2019s checklist ties between Exploratory and Sensory', async () => {
  const read = (await carer.get(`/api/people/${ids.get('Winifred Mary Osei') ?? ''}/pal-assessments`)).json<PalAssessmentsResponse>();
  expect(read.assessments[0]?.score).toMatchObject({ totals: { planned: 0, exploratory: 4, sensory: 4, reflex: 1 }, result: { kind: 'tie', levels: ['exploratory', 'sensory'] } });
});
