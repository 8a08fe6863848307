import type { SectionDefinition } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let manager: Agent;
let quality: Agent;
let senior: Agent;
let carer: Agent;

const url = '/api/section-definitions/extension';

const gardenSteps = { key: 'using_the_garden_steps', label: 'Using the garden steps' };
const nightChecks = {
  key: 'night_checks',
  title: 'My night checks',
  purpose: 'How I would like to be checked at night.',
  guidance: ['Agree with the person how often, and how quietly.'],
  goodExample: 'Please look in at 2am without turning on the big light.',
  checklists: [{ key: 'checks', title: 'How to check on me', items: [{ key: 'door_ajar', label: 'Leave the door ajar' }] }],
  prompts: [{ key: 'how_often', label: 'How often I want to be checked' }],
};
const firstContent = {
  sections: [nightChecks],
  additions: [{ sectionKey: 'mobility_and_falls', items: [{ checklistKey: 'activities', item: gardenSteps }] }],
};

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager' }), t.clock.now);
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
});
afterAll(() => t.close());

function draftBody(sections: unknown[]) {
  return { revision: null, reason: null, content: { sections, involvement: [], writtenInFirstPerson: true } };
}

describe('a provider extending the plan sections', () => {
  test('before any change the provider has version 0 and the sections are the toolkit’s', async () => {
    const res = await senior.get(url);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ version: 0, content: { sections: [], additions: [] }, reason: null, createdAt: null, createdBy: null });
    const sections = (await senior.get('/api/care-plan-sections')).json<SectionDefinition[]>();
    expect(sections.map((s) => s.key)).not.toContain('night_checks');
  });

  test('a manager adds an item and a section; a senior sees them and a draft answering them is accepted', async () => {
    const saved = await manager.put(url, { baseVersion: 0, content: firstContent, reason: 'Our garden flats have steps' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, reason: 'Our garden flats have steps', createdBy: { name: 'Test registered_manager' } });

    const sections = (await senior.get('/api/care-plan-sections')).json<SectionDefinition[]>();
    expect(sections.at(-1)).toMatchObject({ key: 'night_checks', title: 'My night checks', source: 'Added by Riverside Test Care' });
    const activities = sections.find((s) => s.key === 'mobility_and_falls')!.checklists.find((c) => c.key === 'activities')!;
    expect(activities.items.at(-1)).toEqual(gardenSteps);

    const person = (await senior.post('/api/people', personBody(org.homecareId))).json<{ id: string }>().id;
    const answered = await senior.put(`/api/people/${person}/care-plan/draft`, draftBody([
      { sectionKey: 'mobility_and_falls', checklist: [{ checklistKey: 'activities', itemKey: gardenSteps.key, level: 'some_support', note: 'Hold the rail' }] },
      { sectionKey: 'night_checks', checklist: [{ checklistKey: 'checks', itemKey: 'door_ajar', level: 'no_support' }], answers: [{ promptKey: 'how_often', text: 'Once, at 2am' }] },
    ]));
    expect(answered.statusCode, answered.body).toBe(200);

    const unknown = await senior.put(`/api/people/${person}/care-plan/draft`, {
      ...draftBody([{ sectionKey: 'mobility_and_falls', checklist: [{ checklistKey: 'activities', itemKey: 'using_the_lift', level: 'some_support' }] }]),
      revision: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([{ field: 'content.sections.0.checklist.0.itemKey', message: 'Activities has no item "using_the_lift"' }]);
  });

  test('a later version keeps everything: removing an item is refused with the field and the reason', async () => {
    const res = await quality.put(url, { baseVersion: 1, content: { ...firstContent, additions: [] }, reason: 'Tidying up' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{
      field: 'content.additions',
      message: 'The item "Using the garden steps" in Activities (My mobility and staying safe from falls) cannot be removed, because plans may already use it. You can change its wording instead',
    }]);
  });

  test('new wording and another question are accepted as version 2 by the quality lead; the history lists both', async () => {
    const content = {
      sections: [{ ...nightChecks, title: 'Night-time checks' }],
      additions: [
        ...firstContent.additions,
        { sectionKey: 'finances', prompts: [{ key: 'who_holds_my_bank_card', label: 'Who holds my bank card', hint: '' }] },
      ],
    };
    const res = await quality.put(url, { baseVersion: 1, content, reason: 'Asked at the quality meeting' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().version).toBe(2);
    const versions = (await carer.get(`${url}/versions`)).json<{ version: number; reason: string; added: unknown }[]>();
    expect(versions.map((v) => [v.version, v.reason])).toEqual([[2, 'Asked at the quality meeting'], [1, 'Our garden flats have steps']]);
    expect(versions[0]!.added).toEqual({ sections: 1, checklists: 1, items: 2, prompts: 2 });
  });

  test('a save from an older version is refused with 409, and nothing is saved', async () => {
    const res = await manager.put(url, { baseVersion: 1, content: firstContent, reason: 'Stale' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict_stale_version');
    expect((await manager.get(url)).json().version).toBe(2);
  });

  test('problems are named by field: a clash with a toolkit key, a missing reason, an empty title', async () => {
    const clash = await manager.put(url, {
      baseVersion: 2,
      content: { sections: [{ ...nightChecks, key: 'medication' }, nightChecks], additions: [] },
      reason: 'Clash',
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().errors).toContainEqual({ field: 'content.sections.0.key', message: 'The toolkit already has a section with the key "medication"' });
    const blank = await manager.put(url, { baseVersion: 2, content: { sections: [{ ...nightChecks, title: '  ' }], additions: [] }, reason: '' });
    expect(blank.statusCode).toBe(400);
    const fields = blank.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['reason', 'content.sections.0.title']));
  });

  test('care workers and seniors read but cannot change the sections; an administrator cannot read them', async () => {
    expect((await carer.put(url, { baseVersion: 2, content: firstContent, reason: 'No' })).statusCode).toBe(403);
    expect((await senior.put(url, { baseVersion: 2, content: firstContent, reason: 'No' })).statusCode).toBe(403);
    const admin = await signInAs(t.app, await buildStaff(t.db, org, { role: 'administrator', serviceId: null }), t.clock.now);
    expect((await admin.get(url)).statusCode).toBe(403);
  });

  test('each read and change is audited, refusals too', async () => {
    const audit = await asOwner(t.db, (c) => c.query<{ action: string; outcome: string }>(
      "SELECT action, outcome FROM audit_log WHERE organisation_id = $1 AND action LIKE 'section_definitions.%' ORDER BY id",
      [org.id],
    ));
    const rows = audit.rows.map((r) => `${r.action}:${r.outcome}`);
    expect(rows.filter((r) => r === 'section_definitions.update:success')).toHaveLength(2);
    expect(rows).toContain('section_definitions.read:success');
    expect(rows).toContain('section_definitions.versions:success');
    expect(rows.filter((r) => r === 'section_definitions.update:refused')).toHaveLength(2);
    expect(rows).toContain('section_definitions.read:refused');
  });

  test('another organisation sees only the toolkit and its own version 0', async () => {
    const other = await buildOrganisation(t.db, 'Elsewhere Care');
    const otherSenior = await signInAs(t.app, await buildStaff(t.db, other, { role: 'senior_care_worker' }));
    expect((await otherSenior.get(url)).json().version).toBe(0);
    const sections = (await otherSenior.get('/api/care-plan-sections')).json<SectionDefinition[]>();
    expect(sections.map((s) => s.key)).not.toContain('night_checks');
    const activities = sections.find((s) => s.key === 'mobility_and_falls')!.checklists.find((c) => c.key === 'activities')!;
    expect(activities.items.map((i) => i.key)).not.toContain(gardenSteps.key);
    const person = (await otherSenior.post('/api/people', personBody(other.homecareId))).json<{ id: string }>().id;
    const refused = await otherSenior.put(`/api/people/${person}/care-plan/draft`, draftBody([{ sectionKey: 'night_checks' }]));
    expect(refused.statusCode).toBe(400);
  });
});
