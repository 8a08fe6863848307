// The demo a first start creates: its people's plans are there with the statuses the demo relies on, every
// version passes the checks real use applies, and the plan-quality dashboard, attention list and pack register
// have something to show. Read through the API as the quality lead, who sees the whole organisation.
import { checkAgainstDefinitions, planContentSchema, toolkitSections, type CapacityRecordsResponse, type CapacityResponse, type CarePlan, type Person, type PlanAuditSummary, type PlanVersion, type ServicePersonalisation, type VisitRecordList } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { agentFor, createTestApp, sessionCookieFrom, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import { londonDate } from '../dates.js';
import { demoPassword } from './demo-data.js';
import { seedDemoIfEmpty } from './seed-demo.js';

let t: TestApp;
let quality: Agent;
let people: Map<string, string>;

async function signIn(email: string): Promise<Agent> {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: demoPassword } });
  const body = res.json<{ status: string; csrfToken: string }>();
  if (body.status !== 'signed_in') throw new Error(`${email}: ${body.status}`);
  return agentFor(t.app, sessionCookieFrom(res), body.csrfToken);
}

const plan = async (agent: Agent, name: string) => (await agent.get(`/api/people/${people.get(name) ?? ''}/care-plan`)).json<CarePlan>();

beforeAll(async () => {
  t = await createTestApp();
  expect(await seedDemoIfEmpty(t.db.adminUrl, t.db.pool, t.clock.now())).toBe(true);
  quality = await signIn('quality@riverside-care.example');
  const list = (await quality.get('/api/people')).json<{ id: string; legalName: string }[]>();
  people = new Map(list.map((p) => [p.legalName, p.id]));
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('the demo plans', () => {
  test('Peggy: version 1 superseded after a fall, version 2 in use, agreed by her on screen and written in the first person', async () => {
    const peggy = await plan(quality, 'Margaret Ellen Thompson');
    expect(peggy.versions.map((v) => [v.version, v.status])).toEqual([[2, 'in_use'], [1, 'superseded']]);
    expect(peggy.draft).toBeNull();
    expect(peggy.current?.agreement).toMatchObject({ method: 'signed_on_screen', agreedBy: 'Peggy Thompson' });
    expect(peggy.current?.content.writtenInFirstPerson).toBe(true);
    expect(peggy.current?.content.involvement.some((i) => i.kind === 'person')).toBe(true);
    expect(peggy.current?.reason).toMatch(/fall/);
    const first = (await quality.get(`/api/people/${people.get('Margaret Ellen Thompson') ?? ''}/care-plan/versions/1`)).json<PlanVersion>();
    expect(first.reviewTrigger).toBe('fall');
    // Most of the toolkit's sections, with the falls and MUST screenings and a positive risk taken.
    const sections = new Map(peggy.current?.content.sections.map((s) => [s.sectionKey, s]));
    expect(sections.size).toBeGreaterThanOrEqual(15);
    expect(sections.get('medication')?.medicationSupportLevel).toBe('level_1');
    expect(sections.get('mobility_and_falls')?.riskAssessments.falls).toHaveLength(1);
    expect(sections.get('nutrition_and_hydration')?.riskAssessments.must).toHaveLength(1);
    expect(sections.get('safety_and_my_home')?.riskAssessments.general[0]?.positiveRiskTaking).not.toBeNull();
    expect([...sections.values()].flatMap((s) => s.steps).map((s) => s.when)).toEqual(expect.arrayContaining(['Morning visit', 'Lunch visit', 'Tea visit', 'Bedtime visit']));
  });

  test('comparing Peggy\u2019s versions shows what changed after her fall', async () => {
    const res = await quality.get(`/api/people/${people.get('Margaret Ellen Thompson') ?? ''}/care-plan/diff?from=1&to=2`);
    expect(res.statusCode).toBe(200);
    const changed = res.json<{ sections: { sectionKey: string }[] }>().sections.map((s) => s.sectionKey);
    expect(changed).toEqual(expect.arrayContaining(['visits_and_support', 'mobility_and_falls', 'safety_and_my_home']));
    expect(changed).not.toContain('skin_integrity');
  });

  test('Peggy has a comment on a section, and her paper pack is of version 1, so it shows as out of date', async () => {
    const comments = (await quality.get(`/api/people/${people.get('Margaret Ellen Thompson') ?? ''}/care-plan/comments`)).json<{ sectionKey: string | null; planVersion: number }[]>();
    expect(comments).toEqual([expect.objectContaining({ sectionKey: 'mobility_and_falls', planVersion: 2 })]);
    const outOfDate = (await quality.get('/api/packs/out-of-date')).json<{ legalName: string; printedVersion: number; currentVersion: number }[]>();
    expect(outOfDate).toEqual([expect.objectContaining({ legalName: 'Margaret Ellen Thompson', printedVersion: 1, currentVersion: 2 })]);
  });

  test('Arthur has a draft first plan with his involvement recorded, not agreed', async () => {
    const arthur = await plan(quality, 'Arthur James Pickering');
    expect(arthur.versions.map((v) => [v.version, v.status])).toEqual([[1, 'draft']]);
    expect(arthur.current).toBeNull();
    expect(arthur.draft?.content.involvement.map((i) => i.kind)).toEqual(['person', 'family']);
    expect(arthur.draft?.content.sections.length).toBeGreaterThanOrEqual(2);
  });

  test('Stan at Oak House has a plan in use that Oak House staff can read, due for review soon', async () => {
    const oakHouse = await signIn('oakhouse@riverside-care.example');
    const stan = await plan(oakHouse, 'Stanley Whitaker');
    expect(stan.versions.map((v) => [v.version, v.status])).toEqual([[2, 'in_use'], [1, 'superseded']]);
    expect(stan.current?.agreement?.method).toBe('verbal_with_witness');
    const attention = (await quality.get('/api/care-plans/attention')).json<{ legalName: string; attention: { kind: string }[] }[]>();
    const kinds = (name: string) => attention.find((a) => a.legalName === name)?.attention.map((a) => a.kind) ?? [];
    expect(kinds('Stanley Whitaker')).toEqual(['review_due_soon']);
    expect(kinds('Margaret Ellen Thompson')).toEqual([]);
  });

  test('every version of every demo plan passes the content schema and the section definitions', async () => {
    let checked = 0;
    for (const name of ['Margaret Ellen Thompson', 'Arthur James Pickering', 'Stanley Whitaker']) {
      const { versions } = await plan(quality, name);
      for (const { version } of versions) {
        const { content } = (await quality.get(`/api/people/${people.get(name) ?? ''}/care-plan/versions/${version}`)).json<PlanVersion>();
        const parsed = planContentSchema.safeParse(content);
        expect(parsed.success, `${name} v${version}`).toBe(true);
        if (parsed.success) expect(checkAgainstDefinitions(parsed.data, toolkitSections), `${name} v${version}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBe(5);
  });

  test('the plan-quality dashboard has a nightly run for each plan in use, and each new version was audited', async () => {
    const summary = (await quality.get('/api/plan-audits/summary')).json<PlanAuditSummary>();
    expect(summary.plans.map((p) => [p.legalName, p.planVersion, p.trigger]).sort()).toEqual([
      ['Margaret Ellen Thompson', 2, 'nightly'],
      ['Stanley Whitaker', 2, 'nightly'],
    ]);
    expect(summary.plansNotAudited).toBe(0);
    expect(summary.trend.length).toBeGreaterThan(0);
    const newVersionRuns = await asOwner(t.db, async (c) =>
      (await c.query<{ n: string }>("SELECT count(*) AS n FROM plan_audit_runs WHERE trigger = 'new_version'")).rows[0]?.n);
    expect(newVersionRuns).toBe('4');
  });

  test('Oak House has last year\u2019s and this year\u2019s self-assessment, two priorities and actions done, in progress and overdue', async () => {
    const services = (await quality.get('/api/services')).json<{ id: string; kind: string }[]>();
    const oakHouse = services.find((s) => s.kind === 'care_home')?.id ?? '';
    const res = await quality.get(`/api/services/${oakHouse}/personalisation`);
    expect(res.statusCode, res.body).toBe(200);
    const home = res.json<ServicePersonalisation>();
    expect(home.assessments).toHaveLength(2);
    expect(home.latest?.priorities.map((p) => p.areaId)).toEqual(['food_and_mealtimes', 'residents_say']);
    expect(home.latest?.comparison?.improved).toBeGreaterThan(0);
    const actions = home.latest?.actionPlan.areas.flatMap((a) => a.actions) ?? [];
    expect(actions.map((a) => [a.status, a.overdue]).sort()).toEqual([['done', false], ['in_progress', false], ['open', true]]);
    expect(actions.find((a) => a.status === 'done')?.latestNote).toMatch(/new dishes/);
  });

  test('Peggy has yesterday\u2019s visits recorded, one task declined, a concern escalated and still open, and a correction', async () => {
    const peggy = people.get('Margaret Ellen Thompson') ?? '';
    const res = await quality.get(`/api/people/${peggy}/visit-records`);
    expect(res.statusCode, res.body).toBe(200);
    const records = res.json<VisitRecordList>().records;
    expect(records.length).toBeGreaterThanOrEqual(4);
    expect(records.flatMap((r) => r.content.tasks.filter((task) => !task.done).map((task) => task.reason))).toEqual(['declined']);
    expect(records.flatMap((r) => r.escalations.map((e) => e.status))).toEqual(['open']);
    expect(records.flatMap((r) => r.addenda)).toHaveLength(1);
  });

  test('Peggy needs large print and contact through her son; Stan needs easy read; Arthur is not yet asked', async () => {
    const flags = new Map((await quality.get('/api/people')).json<{ legalName: string; communicationFlag?: string[] | null }[]>().map((p) => [p.legalName, p.communicationFlag]));
    expect(flags.get('Margaret Ellen Thompson')).toEqual(['Large print', 'Speak on my left side', 'Contact through David Thompson (son)']);
    expect(flags.get('Stanley Whitaker')).toEqual(['Easy read', 'Needs more time', 'Contact in person']);
    expect(flags.get('Arthur James Pickering')).toBeNull();
  });

  test('Peggy\u2019s information choices are discussed (paper in the home, the app for her son); Stan\u2019s review is due; Arthur not discussed', async () => {
    const choices = async (name: string) => (await quality.get(`/api/people/${people.get(name) ?? ''}/information-choices`)).json<{ status: string; current: { decision: { ways: string[] } } | null }>();
    expect(await choices('Margaret Ellen Thompson')).toMatchObject({ status: 'current', current: { decision: { ways: ['paper_in_home', 'app'] } } });
    expect((await choices('Stanley Whitaker')).status).toBe('review_due');
    expect((await choices('Arthur James Pickering')).status).toBe('not_discussed');
  });

  test('Peggy shares her plan and daily records with her son David and everything with herself; Arthur\u2019s advocate is not yet decided', async () => {
    const contacts = async (name: string) => (await quality.get(`/api/people/${people.get(name) ?? ''}/contacts`)).json<{ name: string; relationship: string; sharing: { state: string; parts: string[] } }[]>();
    expect((await contacts('Margaret Ellen Thompson')).map((c) => [c.name, c.relationship, c.sharing.state, c.sharing.parts])).toEqual([
      ['David Thompson', 'family', 'sharing', ['plan', 'daily_records']],
      ['Peggy Thompson', 'self', 'sharing', ['plan', 'daily_records', 'health', 'finances', 'behaviour_support']],
    ]);
    expect((await contacts('Arthur James Pickering')).map((c) => [c.name, c.relationship, c.sharing.state])).toEqual([['Joan Ellis', 'advocate', 'not_decided']]);
  });

  test('Arthur lacks capacity to decide who sees his record: assessed, decided by his daughter as attorney, and his liberty order is due for review', async () => {
    const id = people.get('Arthur James Pickering') ?? '';
    const capacity = (await quality.get(`/api/people/${id}/capacity`)).json<CapacityResponse>();
    expect(capacity.assessments.map((a) => [a.decisionKey, a.outcome, a.inForce])).toEqual([['sharing', 'lacks_capacity', true]]);
    expect(capacity.bestInterestsDecisions).toEqual([expect.objectContaining({ assessmentId: capacity.assessments[0]?.id, decisionMaker: expect.objectContaining({ name: 'Karen Pickering' }) })]);
    const records = (await quality.get(`/api/people/${id}/capacity-records`)).json<CapacityRecordsResponse>();
    expect(records.legalAuthorities.map((r) => [r.body.kind, r.body.holderName, r.body.scope, r.current])).toEqual([['lasting_power_of_attorney', 'Karen Pickering', 'health_and_welfare', true]]);
    const liberty = records.libertySafeguards[0]?.body;
    expect(liberty).toMatchObject({ status: 'authorised' });
    expect(liberty?.reviewOn !== null && liberty?.reviewOn !== undefined && liberty.reviewOn > londonDate(t.clock.now())).toBe(true);
    expect(records.resuscitation).toBeNull();
  });

  test('Peggy\u2019s ReSPECT form replaced her DNACPR form, every screen says where it is, and she has an advance care plan', async () => {
    const id = people.get('Margaret Ellen Thompson') ?? '';
    const records = (await quality.get(`/api/people/${id}/capacity-records`)).json<CapacityRecordsResponse>();
    expect(records.resuscitationRecords.map((r) => [r.body.status, r.current])).toEqual([['respect_form', true], ['dnacpr', false]]);
    expect(records.resuscitation).toMatchObject({ label: 'ReSPECT form: do not attempt CPR', formLocation: 'Red folder by the phone in the hall', reviewDue: false });
    expect(records.advanceCarePlans).toHaveLength(1);
    const person = (await (await signIn('carer@riverside-care.example')).get(`/api/people/${id}`)).json<Person>();
    expect(person.resuscitation?.formLocation).toBe('Red folder by the phone in the hall');
  });

  test('a second start finds the organisation and seeds nothing more', async () => {
    expect(await seedDemoIfEmpty(t.db.adminUrl, t.db.pool, t.clock.now())).toBe(false);
    const count = await asOwner(t.db, async (c) => (await c.query<{ n: string }>('SELECT count(*) AS n FROM care_plan_versions')).rows[0]?.n);
    expect(count).toBe('5');
  });
});
