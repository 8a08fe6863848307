import { addDays, type PlanAuditHistory, type QualityAction, type QualityActionList } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation, type TestStaff } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
let other: TestOrganisation;
let seniorStaff: TestStaff;
let managerStaff: TestStaff;
let carerStaff: TestStaff;
let careHomeManagerStaff: TestStaff;
let senior: Agent;
let carer: Agent;
let manager: Agent;
let careHomeManager: Agent;
let quality: Agent;
let otherManager: Agent;

const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };
const today = () => londonDate(t.clock.now());

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  other = await buildOrganisation(t.db, 'Elsewhere Care');
  seniorStaff = await buildStaff(t.db, org, { role: 'senior_care_worker', name: 'Sam Senior' });
  managerStaff = await buildStaff(t.db, org, { role: 'registered_manager', name: 'Mo Manager' });
  carerStaff = await buildStaff(t.db, org, { role: 'care_worker' });
  careHomeManagerStaff = await buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId });
  senior = await signInAs(t.app, seniorStaff);
  carer = await signInAs(t.app, carerStaff);
  manager = await signInAs(t.app, managerStaff);
  careHomeManager = await signInAs(t.app, careHomeManagerStaff);
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null, name: 'Quinn Quality' }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
});
afterAll(() => t.close());

/** A person in the home care service with an agreed plan (so audited once), and the latest run's findings. */
async function personWithFindings(legalName = 'Edith Clarke'): Promise<{ personId: string; history: PlanAuditHistory }> {
  const personId = (await manager.post('/api/people', personBody(org.homecareId, { legalName }))).json().id as string;
  await manager.put(`/api/people/${personId}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
  expect((await manager.post(`/api/people/${personId}/care-plan/draft/agree`, { revision: 1, agreement })).statusCode).toBe(200);
  const history = (await manager.get(`/api/people/${personId}/care-plan/audits`)).json<PlanAuditHistory>();
  expect(history.latest?.findings.length).toBeGreaterThan(0);
  return { personId, history };
}

const raise = (agent: Agent, body: Record<string, unknown>) =>
  agent.post('/api/quality-actions', { title: 'Write down how Edith was involved', ownerId: seniorStaff.id, dueDate: addDays(today(), 7), ...body });
const update = (agent: Agent, id: string, body: Record<string, unknown>) => agent.post(`/api/quality-actions/${id}/updates`, body);
const list = async (agent: Agent, query = '') => {
  const res = await agent.get(`/api/quality-actions${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<QualityActionList>();
};

/** An action with a due date already past, written straight to the tables as if raised weeks ago. */
async function backdatedAction(title: string, dueDate: string, status = 'open'): Promise<string> {
  return asOwner(t.db, async (c) => {
    const id = (await c.query<{ id: string }>(
      `INSERT INTO quality_actions (organisation_id, service_id, title, owner_id, due_date, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $4, now() - interval '30 days') RETURNING id`,
      [org.id, org.homecareId, title, managerStaff.id, dueDate],
    )).rows[0]!.id;
    await c.query(
      `INSERT INTO quality_action_updates (organisation_id, action_id, status, note, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, now() - interval '30 days')`,
      [org.id, id, status, status === 'open' ? null : 'Sorted', managerStaff.id],
    );
    return id;
  });
}

describe('raising an action', () => {
  test('from an audit finding: the person, the run and the finding are kept, and it starts open with the owner and due date', async () => {
    const { personId, history } = await personWithFindings('Alma Action');
    const finding = history.latest!.findings[0]!;
    const res = await raise(manager, { personId, planAuditRunId: history.latest!.id, ruleId: finding.ruleId, field: finding.field, detail: 'Ask Ray too' });
    expect(res.statusCode, res.body).toBe(201);
    const action = res.json<QualityAction>();
    expect(action).toMatchObject({
      serviceId: org.homecareId,
      person: { id: personId, legalName: 'Alma Action' },
      source: { kind: 'audit_finding', planAuditRunId: history.latest!.id, ruleId: finding.ruleId, field: finding.field },
      owner: { id: seniorStaff.id, name: 'Sam Senior' },
      createdBy: { id: managerStaff.id, name: 'Mo Manager' },
      status: 'open', overdue: false, detail: 'Ask Ray too', latestNote: null,
      finding: { explanation: finding.explanation, howToFix: finding.howToFix },
    });
    expect(action.history).toEqual([expect.objectContaining({ id: action.latestUpdateId, status: 'open', note: null })]);

    // The person is taken from the run when the body leaves it out.
    const fromRun = await raise(quality, { planAuditRunId: history.latest!.id, ruleId: finding.ruleId, field: finding.field });
    expect(fromRun.statusCode, fromRun.body).toBe(201);
    expect(fromRun.json<QualityAction>().person?.id).toBe(personId);
  });

  test('bad details get field errors: a finding not in the run, a past due date, an owner who cannot work on it, no service', async () => {
    const { personId, history } = await personWithFindings();
    const runId = history.latest!.id;
    const errorsOf = async (body: Record<string, unknown>) => {
      const res = await raise(manager, body);
      expect(res.statusCode, res.body).toBe(400);
      return res.json<{ errors: { field: string; message: string }[] }>().errors;
    };
    expect(await errorsOf({ personId, planAuditRunId: runId, ruleId: 'NO-SUCH-RULE', field: null })).toEqual([{ field: 'ruleId', message: 'This finding is not in that audit' }]);
    const elsewhere = (await manager.post('/api/people', personBody(org.homecareId))).json().id as string;
    expect(await errorsOf({ personId: elsewhere, planAuditRunId: runId, ruleId: history.latest!.findings[0]!.ruleId })).toEqual([
      { field: 'planAuditRunId', message: 'This audit was not found for this person' },
    ]);
    expect(await errorsOf({ personId, dueDate: addDays(today(), -1) })).toEqual([{ field: 'dueDate', message: 'The due date must be today or in the future' }]);
    const ownerError = [{ field: 'ownerId', message: 'Choose someone who works in this service and can update actions' }];
    expect(await errorsOf({ personId, ownerId: carerStaff.id })).toEqual(ownerError);
    expect(await errorsOf({ personId, ownerId: careHomeManagerStaff.id })).toEqual(ownerError);
    expect(await errorsOf({ title: 'No service' })).toEqual([{ field: 'serviceId', message: 'Choose a service' }]);
    expect((await errorsOf({ personId, title: ' ', dueDate: '2026-02-30' })).map((e) => e.field).sort()).toEqual(['dueDate', 'title']);

    // Due today is allowed; an action about no one person names its service.
    const standalone = await raise(manager, { serviceId: org.homecareId, title: 'Refresh the night-visit checklist', dueDate: today() });
    expect(standalone.statusCode, standalone.body).toBe(201);
    expect(standalone.json<QualityAction>()).toMatchObject({ person: null, source: null, overdue: false, dueDate: today() });
  });

  test('the owner list holds active staff of the service who can update actions', async () => {
    const { personId } = await personWithFindings();
    const res = await manager.get(`/api/quality-actions/owners?personId=${personId}`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json<{ owners: { id: string }[] }>().owners.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([seniorStaff.id, managerStaff.id]));
    expect(ids).not.toContain(carerStaff.id);
    expect(ids).not.toContain(careHomeManagerStaff.id);
  });
});

describe('progressing and closing an action', () => {
  test('the owner progresses it, closing needs what was done, a stale update is refused, and a closed action takes no more', async () => {
    const { personId } = await personWithFindings();
    const action = (await raise(manager, { personId })).json<QualityAction>();
    const started = await update(senior, action.id, { status: 'in_progress', latestUpdateId: action.latestUpdateId });
    expect(started.statusCode, started.body).toBe(201);
    const afterStart = started.json<QualityAction>();
    expect(afterStart.status).toBe('in_progress');

    // Written against the first state, which someone else has since moved on from.
    const stale = await update(manager, action.id, { status: 'cancelled', note: 'Not needed', latestUpdateId: action.latestUpdateId });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('conflict_stale_version');

    const noNote = await update(senior, action.id, { status: 'done', latestUpdateId: afterStart.latestUpdateId });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors).toEqual([{ field: 'note', message: 'Say what was done' }]);

    const done = await update(senior, action.id, { status: 'done', note: 'Added how Edith was involved to the plan', latestUpdateId: afterStart.latestUpdateId });
    expect(done.statusCode, done.body).toBe(201);
    const closed = done.json<QualityAction>();
    expect(closed).toMatchObject({ status: 'done', latestNote: 'Added how Edith was involved to the plan', overdue: false });
    expect(closed.history.map((h) => [h.status, h.note, h.updatedBy.name])).toEqual([
      ['done', 'Added how Edith was involved to the plan', 'Sam Senior'],
      ['in_progress', null, 'Sam Senior'],
      ['open', null, 'Mo Manager'],
    ]);

    const reopen = await update(manager, action.id, { status: 'open', note: 'It came back', latestUpdateId: closed.latestUpdateId });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json()).toMatchObject({ code: 'record_read_only', detail: 'This action is done and cannot be changed; raise a new action if more is needed' });
    expect((await manager.get(`/api/quality-actions/${action.id}`)).json<QualityAction>().history).toHaveLength(3);
  });

  test('every read and change is in the audit log', async () => {
    const { personId } = await personWithFindings();
    const action = (await raise(manager, { personId })).json<QualityAction>();
    await senior.get(`/api/quality-actions/${action.id}`);
    await update(senior, action.id, { status: 'cancelled', note: 'Raised twice', latestUpdateId: action.latestUpdateId });
    const log = await asOwner(t.db, async (c) => (await c.query<{ action: string; detail: { personId?: string } }>(
      "SELECT action, detail FROM audit_log WHERE resource_type = 'quality_action' AND resource_id = $1 AND outcome = 'success' ORDER BY chain_seq",
      [action.id],
    )).rows);
    expect(log.map((l) => l.action)).toEqual(['quality_action.create', 'quality_action.read', 'quality_action.update']);
    expect(log.every((l) => l.detail.personId === personId)).toBe(true);
  });
});

describe('overdue actions', () => {
  test('past due and not closed is overdue; the list puts overdue first, then the soonest due, and counts them', async () => {
    const late = await backdatedAction('Late action', addDays(today(), -3));
    const lateButDone = await backdatedAction('Late but done', addDays(today(), -5), 'done');
    const dueToday = (await raise(manager, { serviceId: org.homecareId, title: 'Due today', dueDate: today() })).json<QualityAction>().id;
    const dueLater = (await raise(manager, { serviceId: org.homecareId, title: 'Due later', dueDate: addDays(today(), 3) })).json<QualityAction>().id;

    const overdue = await list(manager, '?status=overdue');
    expect(overdue.actions.map((a) => a.id)).toContain(late);
    expect(overdue.actions.map((a) => a.id)).not.toContain(lateButDone);
    expect(overdue.actions.map((a) => a.id)).not.toContain(dueToday);
    expect(overdue.actions.every((a) => a.overdue)).toBe(true);
    expect(overdue.overdueCount).toBe(overdue.actions.length);
    expect(overdue.today).toBe(today());

    const open = await list(manager, '?status=open');
    const ids = open.actions.map((a) => a.id);
    expect(ids.indexOf(late)).toBeLessThan(ids.indexOf(dueToday));
    expect(ids.indexOf(dueToday)).toBeLessThan(ids.indexOf(dueLater));
    expect(ids).not.toContain(lateButDone);
    expect(open.actions.find((a) => a.id === late)).toMatchObject({ overdue: true, status: 'open', owner: { name: 'Mo Manager' } });

    const done = await list(manager, '?status=done');
    expect(done.actions.map((a) => a.id)).toContain(lateButDone);
    expect(done.actions.every((a) => a.status === 'done' || a.status === 'cancelled')).toBe(true);
    expect(done.overdueCount).toBe(overdue.overdueCount);
  });
});

describe('who may see and change actions', () => {
  test('a senior may update but not raise; a manager of another service cannot see or change them; a care worker gets nothing', async () => {
    const { personId } = await personWithFindings();
    expect((await raise(senior, { personId })).statusCode).toBe(403);
    const action = (await raise(manager, { personId })).json<QualityAction>();
    expect((await senior.get(`/api/quality-actions/${action.id}`)).statusCode).toBe(200);
    expect((await list(senior, `?personId=${personId}`)).actions.map((a) => a.id)).toEqual([action.id]);

    expect((await careHomeManager.get(`/api/quality-actions/${action.id}`)).statusCode).toBe(403);
    expect((await update(careHomeManager, action.id, { status: 'in_progress', latestUpdateId: action.latestUpdateId })).statusCode).toBe(403);
    expect((await raise(careHomeManager, { personId, ownerId: careHomeManagerStaff.id })).statusCode).toBe(403);
    expect((await careHomeManager.get(`/api/quality-actions?serviceId=${org.homecareId}`)).statusCode).toBe(403);
    expect((await careHomeManager.get(`/api/quality-actions/owners?serviceId=${org.homecareId}`)).statusCode).toBe(403);
    expect((await list(careHomeManager)).actions.map((a) => a.id)).not.toContain(action.id);
    // The quality lead sees every service's.
    expect((await list(quality)).actions.map((a) => a.id)).toContain(action.id);

    expect((await carer.get('/api/quality-actions')).statusCode).toBe(403);
    expect((await carer.get(`/api/quality-actions/${action.id}`)).statusCode).toBe(403);
  });

  test('another organisation’s actions are not found', async () => {
    const { personId } = await personWithFindings();
    const action = (await raise(manager, { personId })).json<QualityAction>();
    expect((await otherManager.get(`/api/quality-actions/${action.id}`)).statusCode).toBe(404);
    expect((await update(otherManager, action.id, { status: 'in_progress', latestUpdateId: action.latestUpdateId })).statusCode).toBe(404);
    expect((await otherManager.post('/api/quality-actions', { personId, title: 'x', ownerId: seniorStaff.id, dueDate: today() })).statusCode).toBe(404);
    expect((await list(otherManager)).actions).toEqual([]);
  });
});

describe('append-only', () => {
  test('actions and their updates can be neither changed nor deleted, even by the database owner', async () => {
    const id = await backdatedAction('Kept for good', addDays(today(), -1));
    const attempt = (sql: string) => asOwner(t.db, (c) => c.query(sql, [id]));
    await expect(attempt("UPDATE quality_actions SET due_date = '2099-01-01' WHERE id = $1")).rejects.toThrow();
    await expect(attempt('DELETE FROM quality_actions WHERE id = $1')).rejects.toThrow();
    await expect(attempt("UPDATE quality_action_updates SET status = 'done' WHERE action_id = $1")).rejects.toThrow();
    await expect(attempt('DELETE FROM quality_action_updates WHERE action_id = $1')).rejects.toThrow();
    const still = await asOwner(t.db, async (c) => (await c.query("SELECT to_char(due_date, 'YYYY-MM-DD') AS d FROM quality_actions WHERE id = $1", [id])).rows[0]);
    expect(still).toEqual({ d: addDays(today(), -1) });
  });
});
