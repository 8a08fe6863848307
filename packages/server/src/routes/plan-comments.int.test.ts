import { toolkitSections } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inTransaction } from '../db/transaction.js';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { personWithPlan } from '../test/plan-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;
let quality: Agent;
let admin: Agent;
let careHomeCarer: Agent;
let otherOrgSenior: Agent;

const sectionKey = (samplePlanContent() as { sections: { sectionKey: string }[] }).sections[0]!.sectionKey;
const unwrittenSection = toolkitSections.find((s) => s.key !== sectionKey)!.key;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', name: 'Cara Carer' }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null, name: 'Quinn Quality' }));
  admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  careHomeCarer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId }));
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  otherOrgSenior = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker', serviceId: other.homecareId }));
});
afterAll(() => t.close());

const personWithPlanInUse = () => personWithPlan(senior, org.homecareId);

const comments = (id: string) => `/api/people/${id}/care-plan/comments`;

describe('comments on a plan and its sections', () => {
  test('added on the plan and on a section, listed newest first with who, their role, the version and the time', async () => {
    const id = await personWithPlanInUse();
    // A newer draft does not move comments off the version care follows.
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: 'Later mornings', content: samplePlanContent({ stepTime: '09:00' }) });
    const onPlan = await senior.post(comments(id), { body: '  Settled well this month.  ' });
    expect(onPlan.statusCode).toBe(201);
    expect(onPlan.json()).toMatchObject({ sectionKey: null, body: 'Settled well this month.', planVersion: 1, author: { name: 'Sam Senior', role: 'senior_care_worker' } });
    t.clock.advance(60_000);
    const onSection = await carer.post(comments(id), { sectionKey, body: 'Chose her own clothes three mornings out of five.' });
    expect(onSection.statusCode).toBe(201);
    expect(onSection.json()).toMatchObject({ sectionKey, planVersion: 1, author: { name: 'Cara Carer', role: 'care_worker' } });
    // A section the definitions hold counts even when this plan has not written it yet.
    expect((await carer.post(comments(id), { sectionKey: unwrittenSection, body: 'Asked about this today.' })).statusCode).toBe(201);

    const list = await quality.get(comments(id));
    expect(list.statusCode).toBe(200);
    const listed = list.json<{ body: string; createdAt: string }[]>();
    expect(listed.map((c) => c.body)).toEqual(['Asked about this today.', 'Chose her own clothes three mornings out of five.', 'Settled well this month.']);
    expect(Date.parse(listed[1]!.createdAt) - Date.parse(listed[2]!.createdAt)).toBeGreaterThanOrEqual(60_000);
  });

  test('a quality lead may comment across the organisation; an administrator may not read or write them', async () => {
    const id = await personWithPlanInUse();
    expect((await quality.post(comments(id), { body: 'Good evidence of progress.' })).json()).toMatchObject({ author: { role: 'quality_lead' } });
    expect((await admin.get(comments(id))).statusCode).toBe(403);
    expect((await admin.post(comments(id), { body: 'Hello' })).statusCode).toBe(403);
  });

  test('staff of another service are refused; another organisation is told there is no such person', async () => {
    const id = await personWithPlanInUse();
    expect((await careHomeCarer.get(comments(id))).statusCode).toBe(403);
    expect((await careHomeCarer.post(comments(id), { body: 'Hello' })).statusCode).toBe(403);
    expect((await otherOrgSenior.get(comments(id))).statusCode).toBe(404);
    expect((await otherOrgSenior.post(comments(id), { body: 'Hello' })).statusCode).toBe(404);
  });

  test('bad input is refused with the field and the reason, and nothing is saved', async () => {
    const id = await personWithPlanInUse();
    const cases: [unknown, { field: string; message: string }[]][] = [
      [{ body: '   ' }, [{ field: 'body', message: 'Enter your comment' }]],
      [{ body: 'x'.repeat(4001) }, [{ field: 'body', message: 'Your comment must be 4,000 characters or fewer' }]],
      [{ body: 'Fine', sectionKey: 'gardening' }, [{ field: 'sectionKey', message: 'Choose a section from the list' }]],
      [{ body: 'Fine', sectionKey: 'Not a key' }, [{ field: 'sectionKey', message: 'Choose a section from the list' }]],
    ];
    for (const [body, errors] of cases) {
      const res = await senior.post(comments(id), body);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors).toEqual(errors);
    }
    expect((await senior.get(comments(id))).json()).toEqual([]);
  });

  test('with no plan yet there is nothing to list and nothing to comment on', async () => {
    const id = (await senior.post('/api/people', personBody(org.homecareId))).json().id as string;
    expect((await carer.get(comments(id))).json()).toEqual([]);
    const res = await carer.post(comments(id), { body: 'Hello' });
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toBe('There is no plan for this person yet: comments can be added once a plan has been started');
  });

  test('a comment on a draft-only plan is recorded against the draft', async () => {
    const id = (await senior.post('/api/people', personBody(org.homecareId))).json().id as string;
    await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    expect((await senior.post(comments(id), { body: 'First visit went well.' })).json().planVersion).toBe(1);
  });

  test('every read and addition is audited without the comment text', async () => {
    const id = await personWithPlanInUse();
    const added = (await carer.post(comments(id), { sectionKey, body: 'Private words about Edith' })).json();
    await carer.get(comments(id));
    await careHomeCarer.get(comments(id));
    const audit = await asOwner(t.db, (c) => c.query(
      "SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 AND action LIKE 'care_plan_comment.%' ORDER BY id", [id],
    ));
    expect(audit.rows).toEqual([
      { action: 'care_plan_comment.create', outcome: 'success', detail: { commentId: added.id, planVersion: 1, sectionKey } },
      { action: 'care_plan_comment.list', outcome: 'success', detail: { count: 1 } },
      { action: 'care_plan_comment.list', outcome: 'refused', detail: { policyAction: 'read' } },
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain('Private words');
  });

  test('a comment cannot be changed or removed, not even by the application\u2019s own database role', async () => {
    const id = await personWithPlanInUse();
    await senior.post(comments(id), { body: 'As written' });
    await expect(inTransaction(t.db.pool, org.id, (tx) => tx.query("UPDATE care_plan_comments SET body = 'Rewritten'"))).rejects.toThrow(/permission denied/);
    await expect(inTransaction(t.db.pool, org.id, (tx) => tx.query('DELETE FROM care_plan_comments'))).rejects.toThrow(/permission denied/);
    await expect(asOwner(t.db, (c) => c.query("UPDATE care_plan_comments SET body = 'Rewritten'"))).rejects.toThrow(/UPDATE on care_plan_comments is not allowed/);
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM care_plan_comments'))).rejects.toThrow(/DELETE on care_plan_comments is not allowed/);
    expect((await senior.get(comments(id))).json()[0].body).toBe('As written');
  });

  test('a closed record takes no new comments', async () => {
    const id = await personWithPlanInUse();
    const person = (await senior.get(`/api/people/${id}`)).json();
    const ended = await senior.put(`/api/people/${id}`, { ...personBody(org.homecareId), nhsNumber: person.nhsNumber, version: person.version, status: 'ended', statusDate: '2026-11-22' });
    expect(ended.statusCode).toBe(200);
    const res = await senior.post(comments(id), { body: 'After the end' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('record_read_only');
  });
});
