import type { PalAssessmentsResponse, PalAssessmentView, PalCurrentStatementsResponse, PalStatementSetView } from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { inventedStatementsCsv, palAssessmentBody, palChecklistOf } from '../test/pal-fixtures.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
const agents = new Map<Who, Agent>();

type Who = 'carer' | 'senior' | 'manager' | 'quality' | 'admin' | 'home_senior' | 'outsider' | 'outside_manager';

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  const sign = async (who: Who, staff: Parameters<typeof signInAs>[1]) => agents.set(who, await signInAs(t.app, staff, t.clock.now));
  await sign('carer', await buildStaff(t.db, org, { role: 'care_worker' }));
  await sign('senior', await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' }));
  await sign('manager', await buildStaff(t.db, org, { role: 'registered_manager', name: 'Maya Manager' }));
  await sign('quality', await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await sign('admin', await buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await sign('home_senior', await buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId }));
  await sign('outsider', await buildStaff(t.db, other, { role: 'senior_care_worker' }));
  await sign('outside_manager', await buildStaff(t.db, other, { role: 'registered_manager' }));
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const today = () => londonDate(t.clock.now());
const dayFrom = (days: number) => londonDate(new Date(t.clock.now().getTime() + days * 86_400_000));
const assessmentsUrl = (id: string) => `/api/people/${id}/pal-assessments`;
const currentUrl = '/api/pal/statement-sets/current';
const importUrl = '/api/pal/statement-sets';
const errorsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string; message: string }[] }>().errors ?? [];
const fieldsOf = (res: LightMyRequestResponse) => errorsOf(res).map((e) => e.field);

async function newPerson(name: string): Promise<string> {
  const res = await as('senior').post('/api/people', personBody(org.homecareId, { legalName: name, preferredName: null }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function record(personId: string, overrides: Record<string, unknown> = {}): Promise<PalAssessmentView> {
  const res = await as('senior').post(assessmentsUrl(personId), palAssessmentBody(dayFrom(-3), dayFrom(87), overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<PalAssessmentView>();
}

async function importText(who: Who, text: string, source = 'Our licensed copy, bought 2026') {
  return as(who).post(importUrl, { source, text });
}

const assessments = async (personId: string, who: Who = 'senior') => (await as(who).get(assessmentsUrl(personId))).json<PalAssessmentsResponse>();

async function auditFor(resourceId: string) {
  return asOwner(
    t.db,
    async (c) =>
      (
        await c.query<{ action: string; outcome: string; detail: Record<string, unknown> }>(
          'SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq',
          [resourceId],
        )
      ).rows,
  );
}

describe('who may read and complete PAL checklists, and read and import the statement text', () => {
  test.each<[Who, number, number, number, number]>([
    // who, read checklists, record one, read the text, import text
    ['carer', 200, 403, 200, 403],
    ['senior', 200, 201, 200, 403],
    ['manager', 200, 201, 200, 201],
    ['quality', 200, 403, 200, 201],
    ['admin', 403, 403, 403, 403],
    ['home_senior', 403, 403, 200, 403],
    ['outsider', 404, 404, 200, 403],
  ])('%s: read %i, record %i, read text %i, import %i', async (who, read, write, readText, importStatus) => {
    const personId = await newPerson(`Access ${who}`);
    expect((await as(who).get(assessmentsUrl(personId))).statusCode).toBe(read);
    const res = await as(who).post(assessmentsUrl(personId), palAssessmentBody(today(), dayFrom(90)));
    expect(res.statusCode, res.body).toBe(write);
    expect((await as(who).get(currentUrl)).statusCode).toBe(readText);
    expect((await importText(who, inventedStatementsCsv(`by ${who}`))).statusCode).toBe(importStatus);
    const audited = await auditFor(personId);
    const outcome = (status: number) => (status < 400 ? 'success' : 'refused');
    expect(audited.filter((a) => a.action === 'pal_assessments.read').map((a) => a.outcome)).toEqual([outcome(read)]);
    expect(audited.filter((a) => a.action === 'pal_assessment.record').map((a) => a.outcome)).toEqual([outcome(write)]);
  });
});

describe('importing the statement text', () => {
  test('bad text is refused line by line and nothing is stored', async () => {
    const before = (await as('manager').get(currentUrl)).json<PalCurrentStatementsResponse>();
    const broken = inventedStatementsCsv('broken').replace('eating,S,', 'eating,Q,').replace('use_of_objects,P,Invented broken text for use_of_objects at planned', 'use_of_objects,P,  ');
    const res = await importText('manager', broken);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(errorsOf(res)).toEqual([
      { field: 'text', message: expect.stringMatching(/^Line 12 \(level\): "Q" is not one of the levels P \(Planned\)/) },
      { field: 'text', message: 'Line 30 (statement): The statement is empty' },
      { field: 'text', message: 'Eating has no statement at the Sensory level' },
      { field: 'text', message: 'Use of objects has no statement at the Planned level' },
    ]);
    const noSource = await importText('manager', inventedStatementsCsv(), '  ');
    expect(fieldsOf(noSource)).toEqual(['source']);
    expect((await as('manager').get(currentUrl)).json()).toEqual(before);
  });

  test('the newest import is in use; the earlier one is kept, and checklists completed against it read as written', async () => {
    const first = (await importText('manager', inventedStatementsCsv('older'))).json<PalStatementSetView>();
    expect(first).toMatchObject({ source: 'Our licensed copy, bought 2026', importedBy: { name: 'Maya Manager' } });
    expect(first.statements.eating.sensory).toBe('Invented older text for eating at sensory');
    const personId = await newPerson('Read As Written');
    await record(personId, { statementSetId: first.id, checklist: palChecklistOf('SSSSSSSSS') });

    const json = JSON.stringify(
      Object.fromEntries(Object.entries(first.statements).map(([a, levels]) => [a, Object.fromEntries(Object.entries(levels).map(([l, s]) => [l, s.replace('older', 'newer')]))])),
    );
    t.clock.advance(1000);
    const second = await importText('quality', json, 'Digital licence, 2026');
    expect(second.statusCode, second.body).toBe(201);
    const current = (await as('carer').get(currentUrl)).json<PalCurrentStatementsResponse>();
    expect(current.current).toMatchObject({ id: second.json<{ id: string }>().id, source: 'Digital licence, 2026' });
    expect(current.current?.statements.eating.sensory).toBe('Invented newer text for eating at sensory');
    expect(current.earlierImports).toBeGreaterThanOrEqual(1);

    const [read] = (await assessments(personId, 'carer')).assessments;
    expect(read?.ticked.find((x) => x.activity === 'eating')).toEqual({ activity: 'eating', level: 'sensory', statement: 'Invented older text for eating at sensory', note: null });
    const audit = await auditFor(first.id);
    expect(audit).toMatchObject([{ action: 'pal_statements.import', outcome: 'success', detail: { format: 'csv' } }]);
  });

  test('another organisation sees none of it', async () => {
    const theirs = (await as('outsider').get(currentUrl)).json<PalCurrentStatementsResponse>();
    expect(theirs).toEqual({ current: null, earlierImports: 0 });
  });
});

describe('recording and reading checklists', () => {
  test('the answer carries all four totals and the level, or the levels that tie, with the reassessment date', async () => {
    const personId = await newPerson('Stan Scores');
    const clear = await record(personId, { checklist: palChecklistOf('EEEEEPSSS', { eating: 'Needs his food cut up' }) });
    expect(clear.score).toEqual({ totals: { planned: 1, exploratory: 5, sensory: 3, reflex: 0 }, answered: 9, complete: true, result: { kind: 'level', level: 'exploratory' } });
    expect(clear).toMatchObject({ current: true, reassessment: 'not_due', recordedBy: { name: 'Sam Senior' }, statementSetId: null });
    expect(clear.ticked.find((x) => x.activity === 'eating')).toEqual({ activity: 'eating', level: 'exploratory', statement: null, note: 'Needs his food cut up' });

    const tie = await record(personId, { assessedOn: dayFrom(-1), reassessBy: dayFrom(10), checklist: palChecklistOf('EEEESSSSR') });
    expect(tie.score.result).toEqual({ kind: 'tie', levels: ['exploratory', 'sensory'] });
    expect(tie.score.totals).toEqual({ planned: 0, exploratory: 4, sensory: 4, reflex: 1 });
    expect(tie.reassessment).toBe('due_soon');

    const read = await assessments(personId, 'quality');
    expect(read.assessments.map((a) => a.id)).toEqual([tie.id, clear.id]);
    expect(read.latestId).toBe(tie.id);
    const audit = await auditFor(personId);
    expect(audit.filter((a) => a.action === 'pal_assessment.record').map((a) => a.detail.result)).toEqual(['exploratory', 'tie:exploratory+sensory']);
    expect(audit.find((a) => a.action === 'pal_assessments.read')?.detail).toMatchObject({ assessments: 2, latest: 'tie:exploratory+sensory', reassessment: 'due_soon' });
    expect(JSON.stringify(audit)).not.toMatch(/joiner|Brass|Woodwork|food cut up|key worker/i);
  });

  test('an overdue reassessment is said so', async () => {
    const personId = await newPerson('Overdue Reassessment');
    await record(personId, { assessedOn: dayFrom(-100), reassessBy: dayFrom(-10) });
    expect((await assessments(personId)).assessments[0]?.reassessment).toBe('overdue');
  });
});

describe('bad input answers field errors per activity', () => {
  let personId: string;
  beforeAll(async () => {
    personId = await newPerson('Bad Input');
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    [
      'two activities not ticked',
      { checklist: (({ eating: _e, groupwork_skills: _g, ...rest }) => rest)(palChecklistOf('EEEEEPSSS')) },
      ['checklist.eating.level', 'checklist.groupwork_skills.level'],
    ],
    ['a level that is not one of the four', { checklist: { ...palChecklistOf('EEEEEPSSS'), eating: { level: 'X' } } }, ['checklist.eating.level']],
    ['no action plan', { actionPlan: { goals: ' ' } }, ['actionPlan.goals', 'actionPlan.activities', 'actionPlan.howToSupport', 'actionPlan.who']],
    ['a checklist in the future', { assessedOn: '2099-01-01', reassessBy: '2099-06-01' }, ['assessedOn']],
    ['reassessed before it was done', { reassessBy: '2020-01-01' }, ['reassessBy']],
    ['a date that does not exist', { assessedOn: '2026-02-30' }, ['assessedOn']],
    ['statement text that is not ours', { statementSetId: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }, ['statementSetId']],
    ['a correction without a reason', { supersedes: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }, ['supersedeReason']],
    ['a correction of a checklist not of this person', { supersedes: '7c9e6679-7425-40de-944b-e07fc1f90ae7', supersedeReason: 'Wrong' }, ['supersedes']],
  ])('%s', async (_name, overrides, fields) => {
    const res = await as('senior').post(assessmentsUrl(personId), palAssessmentBody(dayFrom(-3), dayFrom(87), overrides));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(fieldsOf(res)).toEqual(fields);
  });

  test('nothing bad was stored', async () => {
    expect((await assessments(personId)).assessments).toEqual([]);
  });

  test('statement text from another organisation is refused like text that does not exist', async () => {
    const theirs = (await importText('outside_manager', inventedStatementsCsv('theirs'))).json<{ id: string }>();
    const res = await as('senior').post(assessmentsUrl(personId), palAssessmentBody(dayFrom(-3), dayFrom(87), { statementSetId: theirs.id }));
    expect(fieldsOf(res)).toEqual(['statementSetId']);
  });
});

describe('correcting a checklist', () => {
  test('a correction replaces it with a reason; the first is kept, marked replaced, and cannot be replaced twice', async () => {
    const personId = await newPerson('Corrected');
    const first = await record(personId);
    const second = await record(personId, { checklist: palChecklistOf('PPPPPEEEE'), supersedes: first.id, supersedeReason: 'Ticked the wrong column for five activities' });
    expect(second).toMatchObject({ supersedes: first.id, supersedeReason: 'Ticked the wrong column for five activities', current: true, score: { result: { kind: 'level', level: 'planned' } } });
    const read = await assessments(personId);
    expect(read.assessments.map((a) => [a.id, a.current, a.supersededBy, a.reassessment === null])).toEqual([
      [second.id, true, null, false],
      [first.id, false, second.id, true],
    ]);
    expect(read.latestId).toBe(second.id);
    const twice = await as('senior').post(assessmentsUrl(personId), palAssessmentBody(dayFrom(-3), dayFrom(87), { supersedes: first.id, supersedeReason: 'Again' }));
    expect(errorsOf(twice)).toEqual([{ field: 'supersedes', message: 'That PAL checklist has already been replaced by a newer one' }]);
    expect((await auditFor(personId)).filter((a) => a.action === 'pal_assessment.record').map((a) => a.detail.supersedes)).toEqual([null, first.id]);
  });
});

describe('records kept as they were', () => {
  test('nobody changes or removes a checklist or statement text, even the database owner', async () => {
    await record(await newPerson('Append Only'));
    await expect(inTransaction(t.db.pool, org.id, (tx) => tx.query("UPDATE pal_assessments SET reassess_by = '2099-01-01'"))).rejects.toThrow(/permission denied/);
    await expect(asOwner(t.db, (c) => c.query("UPDATE pal_assessments SET body = '{}'"))).rejects.toThrow(/UPDATE on pal_assessments is not allowed/);
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM pal_statement_sets'))).rejects.toThrow(/DELETE on pal_statement_sets is not allowed/);
  });

  test('once their support has ended, checklists are read but not added', async () => {
    const personId = await newPerson('Ended Support');
    const person = (await as('senior').get(`/api/people/${personId}`)).json<Record<string, unknown>>();
    const { id: _i, createdAt: _c, updatedAt: _u, isReadOnly: _r, ...fields } = person;
    const ended = await as('senior').put(`/api/people/${personId}`, { ...fields, status: 'ended', statusDate: today(), reason: 'Moved away' });
    expect(ended.statusCode, ended.body).toBe(200);
    const res = await as('senior').post(assessmentsUrl(personId), palAssessmentBody(dayFrom(-3), dayFrom(87)));
    expect(res.json()).toMatchObject({ code: 'record_read_only' });
    expect((await as('senior').get(assessmentsUrl(personId))).statusCode).toBe(200);
  });
});
