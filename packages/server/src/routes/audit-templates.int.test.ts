import { toolkitTemplate, type AuditTemplate, type AuditTemplateList } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, signInAs } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let manager: Agent;
let senior: Agent;
let carer: Agent;
let quality: Agent;
let careHomeManager: Agent;
let otherManager: Agent;

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganisation(t.db);
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', name: 'Mo Manager' }));
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  careHomeManager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
});
afterAll(() => t.close());

const questions = [
  { id: 'involved', text: 'Was the person involved in writing the plan?', guidance: 'Look for who took part and how.' },
  { id: 'words', text: 'Is it written in the person’s own words?', sectionKey: 'one_page_profile', cqcStatement: 'Person-centred care' },
];
const createBody = (overrides: Record<string, unknown> = {}) => ({ title: 'Voice and choice', description: 'Our own check', reason: 'Inspection feedback', questions, ...overrides });

async function createTemplate(agent: Agent = manager, overrides: Record<string, unknown> = {}): Promise<AuditTemplate> {
  const res = await agent.post('/api/audit-templates', createBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<AuditTemplate>();
}

const newVersion = (agent: Agent, key: string, body: Record<string, unknown>) =>
  agent.post(`/api/audit-templates/${key}/versions`, { title: 'Voice and choice', description: null, reason: 'Clearer wording', questions, ...body });

describe('the list of templates', () => {
  test('starts with the built-in toolkit checklist, then the provider’s own at their latest version', async () => {
    const made = await createTemplate(manager, { title: 'Aardvark listing check' });
    expect((await newVersion(manager, made.key, { latestVersion: 1, title: 'Aardvark listing check' })).statusCode).toBe(201);
    const res = await senior.get('/api/audit-templates');
    expect(res.statusCode, res.body).toBe(200);
    const { templates } = res.json<AuditTemplateList>();
    expect(templates[0]).toEqual({
      key: 'toolkit', version: 1, title: toolkitTemplate().title, description: toolkitTemplate().description,
      questionCount: toolkitTemplate().questions.length, retired: false, builtIn: true, createdAt: null, createdBy: null,
    });
    expect(templates.filter((x) => x.key === made.key)).toEqual([expect.objectContaining({ version: 2, builtIn: false, questionCount: 2 })]);
  });

  test('the toolkit template reads with its questions and no versions', async () => {
    const res = await manager.get('/api/audit-templates/toolkit');
    expect(res.json<AuditTemplate>()).toMatchObject({ key: 'toolkit', builtIn: true, versions: [], questions: toolkitTemplate().questions });
  });

  test.each([
    ['care worker', 403, () => carer],
    ['senior', 200, () => senior],
    ['manager of another service (templates are organisation-wide)', 200, () => careHomeManager],
  ])('%s reading the list → %i', async (_who, status, agent) => {
    expect((await agent().get('/api/audit-templates')).statusCode).toBe(status);
  });
});

describe('creating a template', () => {
  test('its key comes from its title, it starts at version 1, and questions keep their optional parts', async () => {
    const made = await createTemplate(quality);
    expect(made).toMatchObject({ key: 'voice-and-choice', version: 1, title: 'Voice and choice', description: 'Our own check', reason: 'Inspection feedback', retired: false, builtIn: false });
    expect(made.questions).toEqual([
      { id: 'involved', text: 'Was the person involved in writing the plan?', guidance: 'Look for who took part and how.', sectionKey: null, cqcStatement: null },
      { id: 'words', text: 'Is it written in the person’s own words?', guidance: null, sectionKey: 'one_page_profile', cqcStatement: 'Person-centred care' },
    ]);
    expect(made.versions).toEqual([expect.objectContaining({ version: 1, reason: 'Inspection feedback', questionCount: 2 })]);
    expect((await createTemplate(manager)).key).toBe('voice-and-choice-2');
    expect((await createTemplate(manager, { title: 'Toolkit' })).key).toBe('toolkit-2');
  });

  test.each([
    ['no questions', { questions: [] }, [{ field: 'questions', message: 'Add at least one question' }]],
    ['two questions with one id', { questions: [questions[0], questions[0]] }, [{ field: 'questions.1.id', message: 'Another question already has the id “involved”' }]],
    ['a question id that is not a slug', { questions: [{ id: 'Who?', text: 'x' }] }, [{ field: 'questions.0.id', message: 'Use lower-case letters, digits, hyphens and underscores, starting with a letter' }]],
    ['no reason', { reason: ' ' }, [{ field: 'reason', message: 'Enter why this template is needed' }]],
  ])('%s is a 400 naming the field', async (_case, change, errors) => {
    const res = await manager.post('/api/audit-templates', createBody(change));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual(errors);
  });

  test.each([
    ['senior', 403, () => senior], ['care worker', 403, () => carer],
  ])('a %s may not create one → %i', async (_who, status, agent) => {
    expect((await agent().post('/api/audit-templates', createBody())).statusCode).toBe(status);
  });
});

describe('new versions', () => {
  test('each save is a new version; one made from an old version is refused with 409', async () => {
    const made = await createTemplate();
    const v2 = await newVersion(manager, made.key, { latestVersion: 1, questions: [{ ...questions[0], text: 'Was the person involved, and how?' }, questions[1]] });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json<AuditTemplate>()).toMatchObject({ version: 2, reason: 'Clearer wording', versions: [{ version: 2 }, { version: 1 }] });
    const stale = await newVersion(quality, made.key, { latestVersion: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'conflict_stale_version' });
    const read = (await manager.get(`/api/audit-templates/${made.key}`)).json<AuditTemplate>();
    expect(read.questions[0]!.text).toBe('Was the person involved, and how?');
  });

  test('a question can be removed only when named as removed', async () => {
    const made = await createTemplate();
    const silent = await newVersion(manager, made.key, { latestVersion: 1, questions: [questions[0]] });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().errors).toEqual([{ field: 'removedQuestionIds', message: 'Confirm that these questions are to be removed: “Is it written in the person’s own words?”' }]);
    expect((await newVersion(manager, made.key, { latestVersion: 1, questions: [questions[0]], removedQuestionIds: ['words'] })).statusCode).toBe(201);
  });

  test('a retired template leaves the list for new audits but stays readable, and can be brought back', async () => {
    const made = await createTemplate(manager, { title: 'Retire me' });
    expect((await newVersion(manager, made.key, { latestVersion: 1, retired: true, reason: 'Replaced' })).json<AuditTemplate>().retired).toBe(true);
    const keys = async (query = '') => (await manager.get(`/api/audit-templates${query}`)).json<AuditTemplateList>().templates.map((x) => x.key);
    expect(await keys()).not.toContain(made.key);
    expect(await keys('?includeRetired=true')).toContain(made.key);
    expect((await manager.get(`/api/audit-templates/${made.key}`)).json<AuditTemplate>()).toMatchObject({ retired: true, version: 2 });
    expect((await newVersion(manager, made.key, { latestVersion: 2, retired: false, reason: 'Needed again' })).statusCode).toBe(201);
    expect(await keys()).toContain(made.key);
  });

  test.each([
    ['the toolkit checklist cannot be changed', 'toolkit', 409, () => manager],
    ['an unknown template is not found', 'no-such-template', 404, () => manager],
    ['a senior may not save a version', 'voice-and-choice', 403, () => senior],
  ])('%s', async (_case, key, status, agent) => {
    expect((await newVersion(agent(), key, { latestVersion: 1 })).statusCode).toBe(status);
  });

  test('another organisation cannot see or change the provider’s templates, and nothing can be edited in place', async () => {
    const made = await createTemplate();
    expect((await otherManager.get(`/api/audit-templates/${made.key}`)).statusCode).toBe(404);
    expect((await newVersion(otherManager, made.key, { latestVersion: 1 })).statusCode).toBe(404);
    expect((await otherManager.get('/api/audit-templates')).json<AuditTemplateList>().templates.map((x) => x.key)).toEqual(['toolkit']);
    await expect(asOwner(t.db, (c) => c.query("UPDATE audit_templates SET title = 'x' WHERE template_key = $1", [made.key]))).rejects.toThrow();
  });
});
