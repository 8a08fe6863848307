import { addDays, defaultPersonalisationAreas, type AreaSetResponse, type PersonalisationAssessment, type ServicePersonalisation } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import type { LightMyRequestResponse } from 'fastify';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let homeSeniorStaff: TestStaff;
let homeManagerStaff: TestStaff;
let qualityStaff: TestStaff;
let homeCarer: Agent;
let homeSenior: Agent;
let homeManager: Agent;
let homecareManager: Agent;
let quality: Agent;
let otherManager: Agent;
let otherQuality: Agent;

const today = () => londonDate(t.clock.now());

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  other = await buildOrganisation(t.db, 'Elsewhere Care');
  homeSeniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId, name: 'Grace Senior' });
  homeManagerStaff = await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId, name: 'Hana Manager' });
  qualityStaff = await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null, name: 'Quinn Quality' });
  homeCarer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId }));
  homeSenior = await signInAs(t.app, homeSeniorStaff);
  homeManager = await signInAs(t.app, homeManagerStaff);
  homecareManager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.homecareId }));
  quality = await signInAs(t.app, qualityStaff);
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.careHomeId }));
  otherQuality = await signInAs(t.app, await buildStaff(t.db, other, { role: 'quality_lead', serviceId: null }));
});
afterAll(() => t.close());

const areasOf = async (agent: Agent) => {
  const res = await agent.get('/api/personalisation/areas');
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AreaSetResponse>();
};

/** A valid self-assessment of the current areas: every area rated, the first a priority with its why. */
async function assessmentBody(agent: Agent, overrides: { rating?: (areaId: string, i: number) => string; agreedOn?: string } & Record<string, unknown> = {}) {
  const set = await areasOf(agent);
  const areas = set.areas.filter((a) => !a.retired);
  const { rating = () => 'starting', ...rest } = overrides;
  return {
    areaSetVersion: set.version,
    ratings: areas.map((a, i) => ({ areaId: a.id, rating: rating(a.id, i), evidence: i === 0 ? 'Residents said mealtimes feel rushed' : '' })),
    priorities: [{ areaId: areas[0]!.id, why: 'It came up in every conversation' }],
    participants: 'Five residents, two relatives, the cook and three care staff',
    agreedOn: addDays(today(), -2),
    note: null,
    ...rest,
  };
}
const create = (agent: Agent, body: unknown, serviceId = org.careHomeId) => agent.post(`/api/services/${serviceId}/personalisation/assessments`, body);
const home = async (agent: Agent, serviceId = org.careHomeId) => {
  const res = await agent.get(`/api/services/${serviceId}/personalisation`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ServicePersonalisation>();
};
const errorsOf = (res: Pick<LightMyRequestResponse, 'json'>) => res.json<{ errors?: { field: string; message: string }[] }>().errors ?? [];

describe('the areas of personalised care', () => {
  test('until the provider saves its own, the defaults are version 0; each save is a new version kept with its reason', async () => {
    const defaults = await areasOf(otherQuality);
    expect(defaults).toMatchObject({ version: 0, reason: null, createdBy: null });
    expect(defaults.areas.map((a) => a.id)).toEqual(defaultPersonalisationAreas.map((a) => a.id));

    const [first, second, ...rest] = defaults.areas;
    const renamed = { ...first!, title: 'Knowing each resident', description: 'Reworded' };
    const added = { id: 'faith_and_belief', title: 'Faith and belief', description: 'People can practise their faith', whatGoodLooksLike: ['Is there a quiet room?'], retired: false };
    const saved = await otherQuality.post('/api/personalisation/areas', { areas: [renamed, { ...second!, retired: true }, ...rest, added], reason: 'Our residents asked for faith', latestVersion: 0 });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json<AreaSetResponse>()).toMatchObject({ version: 1, reason: 'Our residents asked for faith', createdBy: { name: expect.any(String) } });

    const now = await areasOf(otherManager);
    expect(now.version).toBe(1);
    expect(now.areas.find((a) => a.id === first!.id)?.title).toBe('Knowing each resident');
    expect(now.areas.find((a) => a.id === second!.id)?.retired).toBe(true);
    expect(now.areas.at(-1)?.id).toBe('faith_and_belief');
    // Another organisation still has the defaults.
    expect((await areasOf(quality)).version).toBe(0);

    // Saved from version 0 again: someone else's save is not overwritten.
    const stale = await otherManager.post('/api/personalisation/areas', { areas: now.areas, reason: 'Late', latestVersion: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ code: string }>().code).toBe('conflict_stale_version');
  });

  test('an area cannot be removed, only retired; bad details get field errors; only managers and the quality lead save', async () => {
    const current = await areasOf(otherQuality);
    const removed = await otherQuality.post('/api/personalisation/areas', { areas: current.areas.slice(1), reason: 'Tidy up', latestVersion: current.version });
    expect(removed.statusCode).toBe(400);
    expect(errorsOf(removed)).toEqual([{ field: 'areas', message: `\u201c${current.areas[0]!.title}\u201d cannot be removed because past self-assessments name it: retire it instead` }]);
    const bad = await otherQuality.post('/api/personalisation/areas', { areas: [{ ...current.areas[0]!, title: ' ' }, ...current.areas.slice(1)], reason: '', latestVersion: current.version });
    expect(bad.statusCode).toBe(400);
    expect(errorsOf(bad).map((e) => e.field).sort()).toEqual(['areas.0.title', 'reason']);

    expect((await homeSenior.post('/api/personalisation/areas', { areas: current.areas, reason: 'x', latestVersion: 0 })).statusCode).toBe(403);
    expect((await homeCarer.get('/api/personalisation/areas')).statusCode).toBe(403);
    expect((await homeSenior.get('/api/personalisation/areas')).statusCode).toBe(200);
  });
});

describe('recording a self-assessment', () => {
  test('the home manager records one: the areas are kept with it, priorities named, and the home shows it as latest', async () => {
    const body = await assessmentBody(homeManager, { note: 'Held over two residents\u2019 meetings' });
    const res = await create(homeManager, body);
    expect(res.statusCode, res.body).toBe(201);
    const assessment = res.json<PersonalisationAssessment>();
    const firstArea = defaultPersonalisationAreas[0]!;
    expect(assessment).toMatchObject({
      serviceId: org.careHomeId, areaSetVersion: 0, agreedOn: body.agreedOn, participants: body.participants,
      note: 'Held over two residents\u2019 meetings', assessedBy: { id: homeManagerStaff.id, name: 'Hana Manager' },
      priorities: [{ areaId: firstArea.id, title: firstArea.title, why: 'It came up in every conversation' }],
      comparison: null,
      actionPlan: { total: 0, prioritiesWithoutActions: [firstArea.id], areas: [{ areaId: firstArea.id, isPriority: true, actions: [] }] },
    });
    expect(assessment.areas.map((a) => a.id)).toEqual(defaultPersonalisationAreas.map((a) => a.id));
    expect(assessment.ratings).toHaveLength(defaultPersonalisationAreas.length);

    const seen = await home(homeSenior);
    expect(seen.service).toEqual({ id: org.careHomeId, name: 'Test Care Ltd Care Home', kind: 'care_home' });
    expect(seen.latest?.id).toBe(assessment.id);
    expect(seen.assessments.map((a) => a.id)).toContain(assessment.id);
    expect((await homeSenior.get(`/api/personalisation/assessments/${assessment.id}`)).json<PersonalisationAssessment>().id).toBe(assessment.id);

    const audit = await asOwner(t.db, (c) => c.query<{ action: string }>("SELECT action FROM audit_log WHERE actor_id = $1 AND action LIKE 'personalisation%' AND outcome = 'success' ORDER BY id", [homeManagerStaff.id]));
    expect(audit.rows.map((r) => r.action)).toContain('personalisation_plan.create');
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ['a priority without its why', { priorities: [{ areaId: defaultPersonalisationAreas[0]!.id, why: ' ' }] }, 'priorities.0.why', `Say why ${defaultPersonalisationAreas[0]!.title} is a priority`],
    ['a priority area with no evidence', { priorities: [{ areaId: defaultPersonalisationAreas[1]!.id, why: 'Rooms feel bare' }] }, 'ratings.1.evidence', `Say what people said about ${defaultPersonalisationAreas[1]!.title}: it is a priority`],
    ['no priorities', { priorities: [] }, 'priorities', 'Choose at least one area as a priority for improvement'],
    ['no one named as taking part', { participants: '' }, 'participants', 'Say who took part: residents, relatives and staff'],
    ['a date in the future', { agreedOn: '2099-01-01' }, 'agreedOn', 'The date it was agreed must be today or in the past'],
    ['a date that does not exist', { agreedOn: '2026-02-30' }, 'agreedOn', 'Enter a real date for when it was agreed'],
    ['a rating off the scale', { ratings: [{ areaId: defaultPersonalisationAreas[0]!.id, rating: 'brilliant' }] }, 'ratings.0.rating', 'Choose a rating'],
    ['an area left out', { ratings: [] }, 'ratings', `Rate every area: ${defaultPersonalisationAreas[0]!.title} is not rated`],
  ])('%s is refused with a field error', async (_name, change, field, message) => {
    const res = await create(quality, { ...(await assessmentBody(quality)), ...change });
    expect(res.statusCode, res.body).toBe(400);
    expect(errorsOf(res)).toContainEqual({ field, message });
  });

  test('a form built from an older list of areas is refused as stale', async () => {
    const res = await create(quality, { ...(await assessmentBody(quality)), areaSetVersion: 7 });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('conflict_stale_version');
  });

  test('a homecare service has no personalisation action plan: a clear refusal', async () => {
    const res = await create(quality, await assessmentBody(quality), org.homecareId);
    expect(res.statusCode).toBe(400);
    expect(errorsOf(res)).toEqual([{ field: 'serviceId', message: 'Test Care Ltd Homecare is a homecare service: the personalisation action plan is for care homes' }]);
  });
});

describe('who may see and record a self-assessment', () => {
  test('care worker refused; senior reads only; a manager of another service refused; the quality lead may; another organisation gets 404', async () => {
    const id = (await create(quality, await assessmentBody(quality))).json<PersonalisationAssessment>().id;
    expect((await homeCarer.get(`/api/services/${org.careHomeId}/personalisation`)).statusCode).toBe(403);
    expect((await homeCarer.get(`/api/personalisation/assessments/${id}`)).statusCode).toBe(403);
    expect((await homeSenior.get(`/api/services/${org.careHomeId}/personalisation`)).statusCode).toBe(200);
    expect((await create(homeSenior, await assessmentBody(quality))).statusCode).toBe(403);
    expect((await homecareManager.get(`/api/services/${org.careHomeId}/personalisation`)).statusCode).toBe(403);
    expect((await homecareManager.get(`/api/personalisation/assessments/${id}`)).statusCode).toBe(403);
    expect((await create(homecareManager, await assessmentBody(quality))).statusCode).toBe(403);
    expect((await quality.get(`/api/personalisation/assessments/${id}`)).statusCode).toBe(200);
    expect((await otherManager.get(`/api/services/${org.careHomeId}/personalisation`)).statusCode).toBe(404);
    expect((await otherManager.get(`/api/personalisation/assessments/${id}`)).statusCode).toBe(404);
    expect((await create(otherQuality, await assessmentBody(otherQuality))).statusCode).toBe(404);
    expect((await quality.get('/api/personalisation/assessments/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await quality.get('/api/services/not-a-uuid/personalisation')).statusCode).toBe(400);

    const refused = await asOwner(t.db, (c) => c.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'personalisation%' AND outcome = 'refused' AND organisation_id = $1", [org.id]));
    expect(refused.rows[0]!.n).toBeGreaterThan(0);
  });
});

describe('history and the action plan', () => {
  test('a second self-assessment shows what improved, stayed the same or got worse since the one before', async () => {
    const org2 = await buildOrganisation(t.db, 'Progress Care');
    const lead = await signInAs(t.app, await buildStaff(t.db, org2, { role: 'quality_lead', serviceId: null }));
    const ids = defaultPersonalisationAreas.map((a) => a.id);
    const earlier = await create(lead, await assessmentBody(lead, { agreedOn: addDays(today(), -200) }), org2.careHomeId);
    expect(earlier.statusCode, earlier.body).toBe(201);
    const later = await create(lead, await assessmentBody(lead, { rating: (_id, i) => (i === 0 ? 'developing' : i === 1 ? 'not_yet' : 'starting') }), org2.careHomeId);
    expect(later.statusCode, later.body).toBe(201);

    const seen = await home(lead, org2.careHomeId);
    expect(seen.assessments.map((a) => a.id)).toEqual([later.json<PersonalisationAssessment>().id, earlier.json<PersonalisationAssessment>().id]);
    expect(seen.latest?.comparison).toMatchObject({ previousId: earlier.json<PersonalisationAssessment>().id, improved: 1, worse: 1, same: ids.length - 2, new: 0 });
    expect(seen.latest?.comparison?.areas.slice(0, 2)).toEqual([
      { areaId: ids[0], title: defaultPersonalisationAreas[0]!.title, from: 'starting', to: 'developing', change: 'improved' },
      { areaId: ids[1], title: defaultPersonalisationAreas[1]!.title, from: 'starting', to: 'not_yet', change: 'worse' },
    ]);
  });

  test('actions raised in the action plan show under their area with status and overdue, across the home\u2019s self-assessments', async () => {
    const org3 = await buildOrganisation(t.db, 'Action Care');
    const leadStaff = await buildStaff(t.db, org3, { role: 'quality_lead', serviceId: null, name: 'Lee Lead' });
    const lead = await signInAs(t.app, leadStaff);
    const first = (await create(lead, await assessmentBody(lead, { agreedOn: addDays(today(), -100) }), org3.careHomeId)).json<PersonalisationAssessment>();
    const priority = first.priorities[0]!.areaId;
    const raise = (assessmentId: string, areaId: string, title: string) =>
      lead.post('/api/quality-actions', { personalisationAssessmentId: assessmentId, areaId, title, ownerId: leadStaff.id, dueDate: addDays(today(), 14) });

    const raised = await raise(first.id, priority, 'Ask each resident how they like mealtimes');
    expect(raised.statusCode, raised.body).toBe(201);
    const actionId = raised.json<{ id: string; latestUpdateId: string }>().id;
    expect(raised.json()).toMatchObject({ serviceId: org3.careHomeId, source: { kind: 'personalisation_area', personalisationAssessmentId: first.id, areaId: priority } });
    const done = await lead.post(`/api/quality-actions/${actionId}/updates`, { status: 'done', note: 'Asked all twelve', latestUpdateId: raised.json<{ latestUpdateId: string }>().latestUpdateId });
    expect(done.statusCode, done.body).toBe(201);
    const otherArea = first.areas[3]!.id;
    expect((await raise(first.id, otherArea, 'Visit the library together')).statusCode).toBe(201);
    // An action whose due date has passed, written as if raised weeks ago.
    await asOwner(t.db, async (c) => {
      const id = (await c.query<{ id: string }>(
        `INSERT INTO quality_actions (organisation_id, service_id, personalisation_assessment_id, area_id, title, owner_id, due_date, created_by, created_at)
         VALUES ($1, $2, $3, $4, 'Move the menu board', $5, $6, $5, now() - interval '30 days') RETURNING id`,
        [org3.id, org3.careHomeId, first.id, priority, leadStaff.id, addDays(today(), -3)],
      )).rows[0]!.id;
      await c.query(`INSERT INTO quality_action_updates (organisation_id, action_id, status, updated_by, updated_at) VALUES ($1, $2, 'in_progress', $3, now() - interval '30 days')`, [org3.id, id, leadStaff.id]);
    });

    const own = (await lead.get(`/api/personalisation/assessments/${first.id}`)).json<PersonalisationAssessment>().actionPlan;
    expect(own).toMatchObject({ total: 3, closed: 1, overdue: 1, prioritiesWithoutActions: [] });
    expect(own.areas.map((a) => [a.areaId, a.isPriority, a.total, a.done, a.inProgress, a.open, a.overdue])).toEqual([
      [priority, true, 2, 1, 1, 0, 1],
      [otherArea, false, 1, 0, 0, 1, 0],
    ]);
    expect(own.areas[0]!.actions.map((a) => [a.title, a.status, a.overdue, a.latestNote])).toEqual([
      ['Move the menu board', 'in_progress', true, null],
      ['Ask each resident how they like mealtimes', 'done', false, 'Asked all twelve'],
    ]);

    // A newer self-assessment with another priority: the home's plan still carries the earlier actions.
    const second = (await create(lead, { ...(await assessmentBody(lead)), priorities: [{ areaId: first.areas[0]!.id, why: 'Still' }] }, org3.careHomeId)).json<PersonalisationAssessment>();
    expect(second.actionPlan.total).toBe(0);
    const latest = (await home(lead, org3.careHomeId)).latest!;
    expect(latest.id).toBe(second.id);
    expect(latest.actionPlan).toMatchObject({ total: 3, overdue: 1 });
    // Only areas the self-assessment held may be named.
    const wrong = await raise(first.id, 'no_such_area', 'Nowhere');
    expect(wrong.statusCode).toBe(400);
  });
});
