// A provider's plan-audit settings: read with the defaults, saved as versions with a reason, checked, and used by
// every audit the server runs from the next one on.
import { defaultAuditConfig, type AuditSettings, type PlanAuditHistory } from '@hearth/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, samplePlanContent, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';
import { asOwner } from '../test/test-database.js';
import type { LightMyRequestResponse } from 'fastify';

let t: TestApp;
let org: TestOrganisation;
let manager: Agent;
let senior: Agent;
let carer: Agent;
let quality: Agent;
let otherManager: Agent;

const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  const other = await buildOrganisation(t.db, 'Elsewhere Care');
  manager = await signInAs(t.app, await buildStaff(t.db, org, { role: 'registered_manager' }));
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
  quality = await signInAs(t.app, await buildStaff(t.db, org, { role: 'quality_lead', serviceId: null }));
  otherManager = await signInAs(t.app, await buildStaff(t.db, other, { role: 'registered_manager', serviceId: other.homecareId }));
});
afterAll(() => t.close());

const read = async (agent: Agent) => {
  const res = await agent.get('/api/plan-audit-settings');
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AuditSettings>();
};
const save = (agent: Agent, overrides: Record<string, unknown>, latestVersion: number, reason = 'Our own words') =>
  agent.put('/api/plan-audit-settings', { overrides, reason, latestVersion });
const fields = (res: Pick<LightMyRequestResponse, 'json'>) => res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);

describe('plan-audit settings', () => {
  test('a provider that changed nothing has the defaults, version 0, and the list of rules', async () => {
    const settings = await read(senior);
    expect(settings).toMatchObject({ version: 0, overrides: {}, history: [] });
    expect(settings.effective).toEqual(defaultAuditConfig);
    expect(settings.rules.map((r) => r.id)).toContain('B12');
  });

  test('a save is a new version with a reason; defaults put back are dropped; a stale save is refused', async () => {
    const first = await save(manager, { minStepWords: 4, templateSimilarity: defaultAuditConfig.templateSimilarity }, 0, 'Steps were too thin');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<AuditSettings>()).toMatchObject({ version: 1, overrides: { minStepWords: 4 } });
    expect(first.json<AuditSettings>().effective.minStepWords).toBe(4);

    const stale = await save(quality, { minStepWords: 6 }, 0);
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ code: string }>().code).toBe('conflict_stale_version');

    const second = await save(quality, {}, 1, 'Back to the defaults');
    expect(second.json<AuditSettings>()).toMatchObject({ version: 2, overrides: {} });
    expect((await read(manager)).history.map((h) => [h.version, h.reason, h.changed])).toEqual([
      [2, 'Back to the defaults', []],
      [1, 'Steps were too thin', ['minStepWords']],
    ]);
    // Another provider's settings are its own.
    expect((await read(otherManager)).version).toBe(0);
  });

  test.each([
    ['an unknown rule', { disabledRules: ['Z99'] }, 'overrides.disabledRules'],
    ['a severity for an unknown rule', { severityOverrides: { Q1: 'warn' } }, 'overrides.severityOverrides.Q1'],
    ['a threshold out of range', { templateSimilarity: 3 }, 'overrides.templateSimilarity'],
    ['an empty phrase', { vaguePhrases: ['as required', ''] }, 'overrides.vaguePhrases.1'],
  ])('refuses %s with a field error', async (_name, overrides, field) => {
    const { version } = await read(manager);
    const res = await save(manager, overrides, version);
    expect(res.statusCode, res.body).toBe(400);
    expect(fields(res)).toContain(field);
  });

  test.each([
    ['a senior', () => senior, 403],
    ['a care worker', () => carer, 403],
  ])('%s may not change them', async (_name, agent, status) => {
    expect((await save(agent(), { minStepWords: 5 }, (await read(manager)).version)).statusCode).toBe(status);
  });

  test('a care worker may not read them (they do not write plans)', async () => {
    expect((await carer.get('/api/plan-audit-settings')).statusCode).toBe(403);
  });

  test('every audit from then on uses them: a provider’s own term is found, a rule switched off is not run', async () => {
    const id = (await manager.post('/api/people', personBody(org.homecareId, { legalName: 'Edith Settings' }))).json().id as string;
    await manager.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content: samplePlanContent() });
    expect((await manager.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement })).statusCode).toBe(200);
    const before = (await manager.get(`/api/people/${id}/care-plan/audits`)).json<PlanAuditHistory>().latest!;
    expect(before.findings.some((f) => f.ruleId === 'B11')).toBe(false);
    const switchedOff = before.findings[0]!.ruleId;

    const { version } = await read(manager);
    const saved = await save(manager, { subjectiveTerms: [...defaultAuditConfig.subjectiveTerms, 'buttons'], disabledRules: [switchedOff] }, version, 'Say fastenings');
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await manager.post('/api/plan-audits', { scope: { kind: 'person', personId: id } })).statusCode).toBe(200);

    const after = (await manager.get(`/api/people/${id}/care-plan/audits`)).json<PlanAuditHistory>().latest!;
    expect(after.trigger).toBe('on_demand');
    expect(after.findings.filter((f) => f.ruleId === 'B11').map((f) => f.explanation).join(' ')).toMatch(/buttons/);
    expect(after.findings.some((f) => f.ruleId === switchedOff)).toBe(false);
  });

  test('saved settings can be neither changed nor deleted, even by the database owner', async () => {
    await expect(asOwner(t.db, (c) => c.query('UPDATE plan_audit_config_sets SET reason = $1', ['rewritten']))).rejects.toThrow();
    await expect(asOwner(t.db, (c) => c.query('DELETE FROM plan_audit_config_sets'))).rejects.toThrow();
  });
});
