// After a stale draft save, the plan says who saved the draft last and when, so the form can name them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';

let t: TestApp;
let org: TestOrganisation;
let first: Agent;
let second: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  first = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Fola Adebayo' }));
  second = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Gwen Tully' }));
});
afterAll(() => t.close());

describe('who saved the draft last', () => {
  test('the draft names who saved it last, and a stale save leaves it as they saved it', async () => {
    const id = (await first.post('/api/people', personBody(org.homecareId))).json().id as string;
    const started = await first.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    expect(started.json().updatedBy).toMatchObject({ name: 'Fola Adebayo' });

    const saved = await second.put(`/api/people/${id}/care-plan/draft`, { revision: 1, reason: null, content: samplePlanContent({ stepTime: '09:15' }) });
    expect(saved.statusCode).toBe(200);
    const stale = await first.put(`/api/people/${id}/care-plan/draft`, { revision: 1, reason: null, content: samplePlanContent({ stepTime: '10:00' }) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict_stale_version');

    const plan = (await first.get(`/api/people/${id}/care-plan`)).json();
    expect(plan.draft).toMatchObject({ revision: 2, createdBy: { name: 'Fola Adebayo' }, updatedBy: { name: 'Gwen Tully' } });
    expect(plan.draft.updatedAt).toEqual(saved.json().updatedAt);
    expect(plan.draft.content.sections[0].steps[0].time).toBe('09:15');
  });
});
