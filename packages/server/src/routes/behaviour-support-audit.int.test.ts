import {
  addDays,
  behaviourSupportAuditQuestionIds,
  type BehaviourSupportAuditOverview,
  type BehaviourSupportAuditView,
  type ServiceBehaviourSupportAudits,
} from '@hearth/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { londonDate } from '../dates.js';
import { buildOrganisation, buildStaff, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';

let t: TestApp;
let org: TestOrganisation;
type Who = 'carer' | 'home_senior' | 'home_manager' | 'manager' | 'quality' | 'admin' | 'outsider';
const agents = new Map<Who, Agent>();

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Audit Test Care');
  const other = await buildOrganisation(t.db, 'Elsewhere Audit Care');
  const sign = async (who: Who, built: ReturnType<typeof buildStaff>) =>
    agents.set(who, await signInAs(t.app, await built, t.clock.now));
  await sign('carer', buildStaff(t.db, org, { role: 'care_worker', serviceId: org.careHomeId }));
  await sign('home_senior', buildStaff(t.db, org, { role: 'senior_care_worker', serviceId: org.careHomeId }));
  await sign(
    'home_manager',
    buildStaff(t.db, org, { role: 'registered_manager', serviceId: org.careHomeId, name: 'Hannah Home' }),
  );
  await sign('manager', buildStaff(t.db, org, { role: 'registered_manager' }));
  await sign('quality', buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  await sign('admin', buildStaff(t.db, org, { role: 'administrator', serviceId: null }));
  await sign('outsider', buildStaff(t.db, other, { role: 'quality_lead', serviceId: null }));
});
afterAll(() => t.close());

const as = (who: Who) => agents.get(who)!;
const today = () => londonDate(t.clock.now());
const url = () => `/api/services/${org.careHomeId}/behaviour-support-audits`;
const fieldsOf = (res: LightMyRequestResponse) => res.json<{ errors?: { field: string }[] }>().errors?.map((e) => e.field) ?? [];
const [gapOne, gapTwo] = behaviourSupportAuditQuestionIds;

function auditBody(overrides: Record<string, unknown> = {}, answerChanges: Record<string, Record<string, unknown>> = {}) {
  return {
    completedOn: addDays(today(), -2),
    answers: behaviourSupportAuditQuestionIds.map((questionId) => ({
      questionId,
      answer: 'yes',
      evidence: 'Seen in the plans sampled',
      action: null,
      ...(questionId === gapOne
        ? {
            answer: 'partly',
            evidence: 'Two plans without an assessment',
            action: { what: 'Complete ABC analysis', who: 'Grace', dueBy: addDays(today(), 30) },
          }
        : {}),
      ...(questionId === gapTwo
        ? {
            answer: 'no',
            evidence: 'No scatter plots',
            action: { what: 'Start scatter plots', who: 'Olu', dueBy: addDays(today(), 14) },
          }
        : {}),
      ...answerChanges[questionId],
    })),
    summary: 'A good start.',
    ...overrides,
  };
}

describe('behaviour-support-planning audits of a service', () => {
  test('the care home\u2019s manager records an audit; it is summed up as where the service is now', async () => {
    const res = await as('home_manager').post(url(), auditBody());
    expect(res.statusCode, res.body).toBe(201);
    const audit = res.json<BehaviourSupportAuditView>();
    const total = behaviourSupportAuditQuestionIds.length;
    expect(audit).toMatchObject({
      serviceId: org.careHomeId,
      completedOn: addDays(today(), -2),
      recordedBy: { name: 'Hannah Home' },
      body: { questionnaireVersion: 1, summary: 'A good start.' },
      standing: {
        yes: total - 2,
        partly: 1,
        no: 1,
        actions: 2,
        score: Math.round((100 * (total - 1.5)) / total),
        level: 'established',
      },
    });
    expect(audit.body.answers.find((a) => a.questionId === gapTwo)?.action).toEqual({
      what: 'Start scatter plots',
      who: 'Olu',
      dueBy: addDays(today(), 14),
    });
    const read = (await as('home_senior').get(url())).json<ServiceBehaviourSupportAudits>();
    expect(read.service).toMatchObject({ id: org.careHomeId, kind: 'care_home' });
    expect(read.audits.map((a) => a.id)).toEqual([audit.id]);
  });

  test.each<[Who, number, number]>([
    ['carer', 403, 403],
    ['home_senior', 200, 403],
    ['home_manager', 200, 201],
    ['manager', 403, 403],
    ['quality', 200, 201],
    ['admin', 403, 403],
    ['outsider', 404, 404],
  ])('%s: read %i, record %i', async (who, read, write) => {
    expect((await as(who).get(url())).statusCode).toBe(read);
    expect((await as(who).post(url(), auditBody())).statusCode).toBe(write);
  });

  test('the overview lists the services the reader may see, with each one\u2019s latest audit', async () => {
    const overview = async (who: Who) =>
      (await as(who).get('/api/behaviour-support-audits')).json<BehaviourSupportAuditOverview>();
    const home = await overview('home_senior');
    expect(home.services.map((s) => s.id)).toEqual([org.careHomeId]);
    expect(home.services[0]?.latest?.standing.actions).toBe(2);
    expect((await overview('quality')).services.map((s) => s.id).sort()).toEqual([org.careHomeId, org.homecareId].sort());
    expect((await overview('manager')).services.map((s) => [s.id, s.audits])).toEqual([[org.homecareId, 0]]);
    expect((await as('carer').get('/api/behaviour-support-audits')).statusCode).toBe(403);
  });

  test.each<[string, Record<string, unknown>, Record<string, Record<string, unknown>>, string[]]>([
    [
      'a gap without an action',
      {},
      { [gapOne!]: { action: null } },
      [`answers.${gapOne}.action.what`, `answers.${gapOne}.action.who`, `answers.${gapOne}.action.dueBy`],
    ],
    [
      'an action due before the audit',
      {},
      { [gapTwo!]: { action: { what: 'x', who: 'y', dueBy: '2001-01-01' } } },
      [`answers.${gapTwo}.action.dueBy`],
    ],
    ['a question with no answer', {}, { [gapOne!]: { answer: null } }, [`answers.${gapOne}.answer`]],
    ['no evidence', {}, { [gapOne!]: { evidence: '' } }, [`answers.${gapOne}.evidence`]],
    // Its actions then fall due before it, which is named too.
    [
      'an audit dated in the future',
      { completedOn: '2999-01-01' },
      {},
      ['completedOn', `answers.${gapOne}.action.dueBy`, `answers.${gapTwo}.action.dueBy`],
    ],
    ['a date that does not exist', { completedOn: '2026-02-30' }, {}, ['completedOn']],
  ])('%s answers 400 on its field', async (_case, overrides, answerChanges, fields) => {
    const res = await as('quality').post(url(), auditBody(overrides, answerChanges));
    expect(res.statusCode, res.body).toBe(400);
    expect(fieldsOf(res)).toEqual(fields);
  });

  test('an unknown service is not found; reads and writes are audited without the answers', async () => {
    expect(
      (await as('quality').get('/api/services/00000000-0000-4000-8000-000000000000/behaviour-support-audits')).statusCode,
    ).toBe(404);
    const entries = await asOwner(
      t.db,
      async (c) =>
        (
          await c.query<{ action: string; outcome: string; detail: unknown }>(
            'SELECT action, outcome, detail FROM audit_log WHERE resource_id = $1 ORDER BY chain_seq',
            [org.careHomeId],
          )
        ).rows,
    );
    expect(
      entries.filter((e) => e.action === 'behaviour_support_audit.record' && e.outcome === 'success').length,
    ).toBeGreaterThanOrEqual(2);
    expect(entries.some((e) => e.action === 'behaviour_support_audit.record' && e.outcome === 'refused')).toBe(true);
    expect(entries.some((e) => e.action === 'behaviour_support_audit.read' && e.outcome === 'success')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('scatter plots');
  });
});
