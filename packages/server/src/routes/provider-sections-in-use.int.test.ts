// A provider's own sections and checklist items where plans are used beyond the editor: the printed pack, the
// exchange import and comments all follow the organisation's definitions, and another organisation's do not hold them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let elsewhere: TestOrganisation;
let elsewhereSenior: Agent;

const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };

const nightChecks = {
  key: 'night_checks',
  title: 'My night checks',
  purpose: 'How I would like to be checked at night.',
  guidance: ['Agree with the person how often, and how quietly.'],
  goodExample: 'Please look in at 2am without turning on the big light.',
  checklists: [{ key: 'checks', title: 'How to check on me', items: [{ key: 'door_ajar', label: 'Leave the bedroom door ajar' }] }],
  prompts: [{ key: 'how_often', label: 'How often I want to be checked' }],
};
const gardenSteps = { key: 'using_the_garden_steps', label: 'Using the garden steps' };

/** The sample plan, a toolkit section answering the provider's added item, and the provider's own section. */
function contentAnsweringProviderSections(): Record<string, unknown> {
  const sample = samplePlanContent() as { sections: unknown[] };
  return {
    ...sample,
    sections: [
      ...sample.sections,
      { sectionKey: 'mobility_and_falls', checklist: [{ checklistKey: 'activities', itemKey: gardenSteps.key, level: 'verbal_prompt', note: 'Hold the rail' }] },
      {
        sectionKey: nightChecks.key,
        checklist: [{ checklistKey: 'checks', itemKey: 'door_ajar', level: 'full_support' }],
        answers: [{ promptKey: 'how_often', text: 'Once, at two in the morning' }],
      },
    ],
  };
}

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  const manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager' }), t.clock.now);
  const saved = await manager.put('/api/section-definitions/extension', {
    baseVersion: 0,
    content: { sections: [nightChecks], additions: [{ sectionKey: 'mobility_and_falls', items: [{ checklistKey: 'activities', item: gardenSteps }] }] },
    reason: 'Our night-time service and garden flats',
  });
  expect(saved.statusCode, saved.body).toBe(200);
  elsewhere = await buildOrganisation(t.db, 'Elsewhere Care');
  elsewhereSenior = await signInAs(t.app, await buildStaff(t.db, elsewhere, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

async function newPerson(agent: Agent, serviceId: string, legalName = 'Edith Clarke'): Promise<string> {
  const res = await agent.post('/api/people', personBody(serviceId, { legalName }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function planInUse(agent: Agent, personId: string, content: Record<string, unknown>): Promise<void> {
  const draft = await agent.put(`/api/people/${personId}/care-plan/draft`, { revision: null, reason: null, content });
  expect(draft.statusCode, draft.body).toBe(200);
  expect((await agent.post(`/api/people/${personId}/care-plan/draft/agree`, { revision: 1, agreement })).statusCode).toBe(200);
  expect((await agent.post(`/api/people/${personId}/care-plan/versions/1/start-use`)).statusCode).toBe(200);
}

function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-pack-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('a provider’s own sections in use', () => {
  test('the printed pack shows the provider’s section by its title and its added item by its label, with the answers', async () => {
    const id = await newPerson(senior, org.homecareId, 'Norah Nightingale');
    await planInUse(senior, id, contentAnsweringProviderSections());
    const res = await senior.get(`/api/people/${id}/pack.pdf`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('My night checks');
    expect(text).toContain('How often I want to be checked: Once, at two in the morning');
    expect(text).toContain('Leave the bedroom door ajar: I need full support');
    expect(text).toContain('Using the garden steps: I need a verbal prompt (Hold the rail)');
    // Keys print only when a definition is missing.
    for (const key of ['night_checks', 'door_ajar', 'how_often', gardenSteps.key]) expect(text).not.toContain(key);
  });

  test('an exchange document answering them imports in this organisation, and is refused with each path in one without them', async () => {
    const source = await newPerson(senior, org.homecareId);
    await planInUse(senior, source, contentAnsweringProviderSections());
    const doc = (await senior.get(`/api/people/${source}/care-plan/export`)).json();
    const sectionKeys = (doc.versions[0].content.sections as { sectionKey: string }[]).map((s) => s.sectionKey);
    const sameFor = async (agent: Agent, personId: string) => {
      const person = (await agent.get(`/api/people/${personId}`)).json();
      return { ...doc, source: 'Another Hearth', person: { ...doc.person, legalName: person.legalName, nhsNumber: person.nhsNumber, dateOfBirth: person.dateOfBirth } };
    };

    const here = await newPerson(senior, org.homecareId);
    const imported = await senior.post(`/api/people/${here}/care-plan/import`, await sameFor(senior, here));
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().content.sections.map((s: { sectionKey: string }) => s.sectionKey)).toContain('night_checks');

    const there = await newPerson(elsewhereSenior, elsewhere.homecareId);
    const refused = await elsewhereSenior.post(`/api/people/${there}/care-plan/import`, await sameFor(elsewhereSenior, there));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { field: string }) => e.field).sort()).toEqual([
      `versions.0.content.sections.${sectionKeys.indexOf('mobility_and_falls')}.checklist.0.itemKey`,
      `versions.0.content.sections.${sectionKeys.indexOf('night_checks')}.sectionKey`,
    ].sort());
    expect((await elsewhereSenior.get(`/api/people/${there}/care-plan`)).json().versions).toEqual([]);
  });

  test('a comment on the provider’s section is accepted even before the plan answers it; one organisation’s section is not another’s', async () => {
    const id = await newPerson(senior, org.homecareId);
    await planInUse(senior, id, samplePlanContent());
    const comment = await senior.post(`/api/people/${id}/care-plan/comments`, { sectionKey: 'night_checks', body: 'Asked for the landing light to stay on.' });
    expect(comment.statusCode, comment.body).toBe(201);
    expect(comment.json()).toMatchObject({ sectionKey: 'night_checks', planVersion: 1 });

    const there = await newPerson(elsewhereSenior, elsewhere.homecareId);
    await planInUse(elsewhereSenior, there, samplePlanContent());
    const refused = await elsewhereSenior.post(`/api/people/${there}/care-plan/comments`, { sectionKey: 'night_checks', body: 'Asked for the landing light to stay on.' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'sectionKey', message: 'Choose a section from the list' }]);
  });
});
