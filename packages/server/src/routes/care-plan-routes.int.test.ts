import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let careHomeSenior: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  careHomeSenior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId }));
});
afterAll(() => t.close());

const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };

async function newPerson(): Promise<string> {
  return (await senior.post('/api/people', personBody(org.homecareId))).json().id as string;
}

describe('writing a plan with the person', () => {
  test('draft → agreed → in use, with every version kept', async () => {
    const id = await newPerson();
    expect((await senior.get(`/api/people/${id}/care-plan`)).json()).toEqual({ personId: id, versions: [], current: null, draft: null });

    const draft = await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: 'First plan', content: samplePlanContent() });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({ version: 1, status: 'draft', revision: 1 });

    const saved = await senior.put(`/api/people/${id}/care-plan/draft`, { revision: 1, reason: 'First plan', content: samplePlanContent({ stepTime: '08:30' }) });
    expect(saved.json()).toMatchObject({ version: 1, revision: 2 });

    const agreed = await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 2, agreement });
    expect(agreed.statusCode).toBe(200);
    expect(agreed.json()).toMatchObject({ status: 'agreed', agreement: { method: 'signed_on_screen' } });

    expect((await senior.post(`/api/people/${id}/care-plan/versions/1/start-use`)).json().status).toBe('in_use');

    // A change is a new version; putting it into use supersedes the old one.
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: 'Dressing later now', content: samplePlanContent({ stepTime: '09:00' }) });
    const plan = (await carer.get(`/api/people/${id}/care-plan`)).json();
    expect(plan.current).toMatchObject({ version: 1, status: 'in_use' });
    expect(plan.draft).toMatchObject({ version: 2, status: 'draft', reason: 'Dressing later now' });
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    await senior.post(`/api/people/${id}/care-plan/versions/2/start-use`);
    const after = (await carer.get(`/api/people/${id}/care-plan`)).json();
    expect(after.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'in_use'], [1, 'superseded']]);

    const v1 = (await carer.get(`/api/people/${id}/care-plan/versions/1`)).json();
    expect(v1.content.sections[0].steps[0].time).toBe('08:30');
  });

  test('the difference between two versions, side by side', async () => {
    const id = await newPerson();
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: 'Later mornings', content: samplePlanContent({ stepTime: '09:15' }) });
    const diff = (await senior.get(`/api/people/${id}/care-plan/diff?from=1&to=2`)).json();
    expect(diff.sections).toHaveLength(1);
    expect(diff.sections[0].changes).toEqual([
      { field: 'steps.s1', from: expect.objectContaining({ time: '08:00' }), to: expect.objectContaining({ time: '09:15' }) },
    ]);
  });

  test('a plan with no recorded involvement of the person cannot be agreed', async () => {
    const id = await newPerson();
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent({ involvePerson: false }) });
    const res = await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'involvement', message: 'Record how the person took part before the plan is agreed' }]);
  });

  test('a stale draft save is refused with 409 and changes nothing', async () => {
    const id = await newPerson();
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: 1, reason: null, content: samplePlanContent({ stepTime: '10:00' }) });
    const stale = await senior.put(`/api/people/${id}/care-plan/draft`, { revision: 1, reason: null, content: samplePlanContent({ stepTime: '11:00' }) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict_stale_version');
    expect((await senior.get(`/api/people/${id}/care-plan`)).json().draft.content.sections[0].steps[0].time).toBe('10:00');
  });

  test('content that does not follow the sections is refused, naming each path', async () => {
    const id = await newPerson();
    const content = samplePlanContent() as { sections: Record<string, unknown>[] };
    content.sections[0] = { ...content.sections[0], checklist: [{ checklistKey: 'nope', itemKey: 'nope', level: 'some_support' }] };
    content.sections.push({ sectionKey: 'gardening' });
    const res = await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['content.sections.0.checklist.0.checklistKey', 'content.sections.1.sectionKey']);
    const bad = await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: { sections: [{ sectionKey: 'x', steps: [{ id: 's', when: '', what: '', who: '' }] }] } });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['content.sections.0.steps.0.when', 'content.sections.0.steps.0.what']));
  });

  test('an agreed version cannot be changed, even by a query that tries', async () => {
    const id = await newPerson();
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    await expect(asOwner(t.db, (c) => c.query(
      `UPDATE care_plan_versions SET content = '{"sections":[]}' WHERE plan_id = (SELECT id FROM care_plans WHERE person_id = $1)`, [id],
    ))).rejects.toThrow(/kept as it was/);
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM care_plan_versions'))).rejects.toThrow(/not allowed/);
  });

  test('only staff of the person\u2019s service read or change the plan; every read is audited', async () => {
    const id = await newPerson();
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    expect((await careHomeSenior.get(`/api/people/${id}/care-plan`)).statusCode).toBe(403);
    expect((await careHomeSenior.put(`/api/people/${id}/care-plan/draft`, { revision: 1, reason: null, content: samplePlanContent() })).statusCode).toBe(403);
    expect((await carer.put(`/api/people/${id}/care-plan/draft`, { revision: 1, reason: null, content: samplePlanContent() })).statusCode).toBe(403);
    await carer.get(`/api/people/${id}/care-plan`);
    const audit = await asOwner(t.db, (c) => c.query("SELECT action, outcome FROM audit_log WHERE resource_id = $1 AND action LIKE 'care_plan.%' ORDER BY id", [id]));
    expect(audit.rows).toEqual([
      { action: 'care_plan.save_draft', outcome: 'success' },
      { action: 'care_plan.read', outcome: 'refused' },
      { action: 'care_plan.save_draft', outcome: 'refused' },
      { action: 'care_plan.save_draft', outcome: 'refused' },
      { action: 'care_plan.read', outcome: 'success' },
    ]);
  });

  test('review: a version in use is put under review with its trigger', async () => {
    const id = await newPerson();
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    expect((await senior.post(`/api/people/${id}/care-plan/versions/1/start-review`, { trigger: 'fall', note: null })).statusCode).toBe(409);
    await senior.post(`/api/people/${id}/care-plan/versions/1/start-use`);
    const review = await senior.post(`/api/people/${id}/care-plan/versions/1/start-review`, { trigger: 'fall', note: 'Fell in the bathroom on Monday night' });
    expect(review.json()).toMatchObject({ status: 'under_review', reviewTrigger: 'fall', reviewNote: 'Fell in the bathroom on Monday night' });
    expect((await senior.get(`/api/people/${id}/care-plan`)).json().current).toMatchObject({ version: 1, status: 'under_review' });
  });
});

describe('plans needing attention', () => {
  test('each service sets how often its plans are reviewed', async () => {
    const admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
    const bad = await admin.put(`/api/services/${org.careHomeId}`, { name: 'Care Home', kind: 'care_home', planReviewIntervalDays: 7 });
    expect(bad.json().errors.map((e: { field: string }) => e.field)).toEqual(['planReviewIntervalDays']);
    const updated = await admin.put(`/api/services/${org.careHomeId}`, { name: 'Test Care Ltd Care Home', kind: 'care_home', planReviewIntervalDays: 28 });
    expect(updated.json()).toMatchObject({ planReviewIntervalDays: 28 });
    const id = (await careHomeSenior.post('/api/people', personBody(org.careHomeId, { legalName: 'Monthly Review Person', serviceStartDate: null }))).json().id as string;
    await careHomeSenior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    await careHomeSenior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    await careHomeSenior.post(`/api/people/${id}/care-plan/versions/1/start-use`);
    const kinds = async () => ((await careHomeSenior.get('/api/care-plans/attention')).json().find((r: { personId: string }) => r.personId === id)?.attention ?? []).map((a: { kind: string }) => a.kind);
    expect(await kinds()).toEqual([]);
    // Agreed 20, then 30, days ago (moving the record, not the clock, so sessions stay alive).
    const agreedDaysAgo = (days: number) => asOwner(t.db, (c) => c.query(
      `UPDATE care_plan_versions SET agreed_at = $2::timestamptz - make_interval(days => $3)
       WHERE plan_id = (SELECT id FROM care_plans WHERE person_id = $1)`, [id, t.clock.now(), days],
    ));
    await agreedDaysAgo(20);
    expect(await kinds()).toEqual(['review_due_soon']);
    await agreedDaysAgo(30);
    expect(await kinds()).toEqual(['review_overdue']);
  });

  test('a person whose service started days ago with no agreed plan is overdue; agreeing clears it', async () => {
    const started = new Date(t.clock.now().getTime() - 5 * 86400_000).toISOString().slice(0, 10);
    const id = (await senior.post('/api/people', personBody(org.homecareId, { legalName: 'Overdue Person', serviceStartDate: started }))).json().id as string;
    const before = (await senior.get('/api/care-plans/attention')).json().find((r: { personId: string }) => r.personId === id);
    expect(before.attention.map((a: { kind: string }) => a.kind)).toEqual(['first_plan_overdue']);
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    const after = (await senior.get('/api/care-plans/attention')).json().find((r: { personId: string }) => r.personId === id);
    expect(after.attention.map((a: { kind: string }) => a.kind)).toEqual(['first_plan_late']);
    expect((await careHomeSenior.get('/api/care-plans/attention')).json().map((r: { personId: string }) => r.personId)).not.toContain(id);
  });
});

describe('the exchange format', () => {
  test('export, then import into a new draft: the content arrives whole and the agreement elsewhere is noted', async () => {
    const id = await newPerson();
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: 'First plan', content: samplePlanContent() });
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    const doc = (await carer.get(`/api/people/${id}/care-plan/export`)).json();
    expect(doc).toMatchObject({ format: 'hearth.care-plan', formatVersion: 1, versions: [{ version: 1, status: 'agreed' }] });

    const imported = await senior.post(`/api/people/${id}/care-plan/import`, { ...doc, source: 'Another provider' });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ version: 2, status: 'draft', content: doc.versions[0].content });
    expect(imported.json().reason).toBe('Imported from Another provider, version 1 (agreed there on 2026-11-21 by Edith Clarke): First plan');
    expect((await senior.post(`/api/people/${id}/care-plan/import`, doc)).statusCode).toBe(409);
  });

  test('a document for someone else, or with any problem, imports nothing and names every path', async () => {
    const id = await newPerson();
    const other = await newPerson();
    await senior.put(`/api/people/${other}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    await senior.post(`/api/people/${other}/care-plan/draft/agree`, { revision: 1, agreement });
    const doc = (await senior.get(`/api/people/${other}/care-plan/export`)).json();
    const wrongPerson = await senior.post(`/api/people/${id}/care-plan/import`, doc);
    expect(wrongPerson.statusCode).toBe(409);
    expect(wrongPerson.json().errors.map((e: { field: string }) => e.field)).toContain('person.nhsNumber');

    const self = (await senior.get(`/api/people/${id}`)).json();
    const broken = {
      ...doc,
      person: { ...doc.person, nhsNumber: self.nhsNumber, dateOfBirth: self.dateOfBirth },
      versions: [{ ...doc.versions[0], content: { ...doc.versions[0].content, sections: [{ sectionKey: 'gardening' }] } }, { ...doc.versions[0], version: 2, createdAt: 'not a date' }],
    };
    const res = await senior.post(`/api/people/${id}/care-plan/import`, broken);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['versions.1.createdAt']);
    const fixed = { ...broken, versions: [broken.versions[0]] };
    const res2 = await senior.post(`/api/people/${id}/care-plan/import`, fixed);
    expect(res2.json().errors.map((e: { field: string }) => e.field)).toEqual(['versions.0.content.sections.0.sectionKey']);
    expect((await senior.get(`/api/people/${id}/care-plan`)).json().versions).toEqual([]);
  });
});
