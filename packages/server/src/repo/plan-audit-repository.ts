// Plan-quality audits for requests: run them on demand for one plan, a service or every plan the actor may audit,
// read the dashboard and one plan's history, and audit each new plan version. Checked and audited like every read.
import type { PlanAuditHistory, PlanAuditSummary, RunPlanAuditsBody, RunPlanAuditsResult, StaffRole } from '@hearth/core';
import { storedAuditRulesSchema } from '@hearth/core';
import { HttpError } from '../http/http-error.js';
import { loadPerson } from './care-plan-repository.js';
import { auditAndStore, auditInBatches, loadAuditTargets, type AuditContext } from './plan-audit-input.js';
import { contributorRoleSql } from './plan-notes-context.js';
import { readPlanAuditSummary } from './plan-audit-summary.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const auditResource = (uow: UnitOfWork, serviceId: string) => ({ kind: 'plan_audit' as const, organisationId: uow.actor.organisationId, serviceId });
const contextOf = (uow: UnitOfWork): AuditContext => ({ tx: uow.tx, organisationId: uow.actor.organisationId, now: uow.now });

/** A service of the actor's organisation, or 404 (audited) when it holds none by that id. */
async function requireService(uow: UnitOfWork, serviceId: string, action: string): Promise<void> {
  const { rows } = await uow.tx.query('SELECT 1 FROM services WHERE id = $1', [serviceId]);
  if (rows.length === 0) uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
}

/**
 * Audits now and answers with the dashboard for what was run. A service or the organisation gets one audit-log
 * entry naming every person whose plan was read, not one entry per plan.
 */
export function runPlanAudits(repo: RequestRepository, body: RunPlanAuditsBody): Promise<RunPlanAuditsResult> {
  const action = 'plan_audit.run';
  return repo.run(async (uow) => {
    const ctx = contextOf(uow);
    const runBy = uow.actor.staffId;
    switch (body.scope.kind) {
      case 'person': {
        const person = await loadPerson(uow, body.scope.personId, action);
        uow.require('create', auditResource(uow, person.service_id), { action, resourceId: person.id });
        const targets = await loadAuditTargets(ctx, { personId: person.id });
        if (targets.length === 0) throw new HttpError('conflict', 'This person has no agreed plan to audit yet');
        const [run] = await auditAndStore(ctx, targets, 'on_demand', runBy);
        await uow.audit({ action, resourceType: 'person', resourceId: person.id, detail: { scope: 'person', version: run?.planVersion, score: run?.score } });
        return { audited: 1, summary: await readPlanAuditSummary(uow.tx, uow.now, [person.service_id], person.service_id) };
      }
      case 'service': {
        const serviceId = body.scope.serviceId;
        await requireService(uow, serviceId, action);
        uow.require('create', auditResource(uow, serviceId), { action, resourceId: serviceId });
        const { runs } = await auditInBatches(ctx, { serviceIds: [serviceId], currentPeopleOnly: true }, 'on_demand', runBy);
        await uow.audit({ action, resourceType: 'service', resourceId: serviceId, detail: { scope: 'service', audited: runs.length, people: runs.map((r) => r.personId) } });
        return { audited: runs.length, summary: await readPlanAuditSummary(uow.tx, uow.now, [serviceId], serviceId) };
      }
      case 'organisation': {
        const scope = uow.scope('create', 'plan_audit', { action });
        const serviceIds = scope.kind === 'services' ? scope.serviceIds : null;
        const { runs } = await auditInBatches(ctx, { serviceIds, currentPeopleOnly: true }, 'on_demand', runBy);
        await uow.audit({ action, resourceType: 'organisation', resourceId: uow.actor.organisationId, detail: { scope: 'organisation', services: serviceIds, audited: runs.length, people: runs.map((r) => r.personId) } });
        return { audited: runs.length, summary: await readPlanAuditSummary(uow.tx, uow.now, readableServices(uow), null) };
      }
    }
  });
}

/** The services whose audits the actor may read; null for all of them. */
function readableServices(uow: UnitOfWork): string[] | null {
  const scope = uow.scope('read', 'plan_audit', { action: 'plan_audit.summary' });
  return scope.kind === 'services' ? scope.serviceIds : null;
}

/** The dashboard for one service, or for every service the actor may read. */
export function getPlanAuditSummary(repo: RequestRepository, serviceId: string | undefined): Promise<PlanAuditSummary> {
  const action = 'plan_audit.summary';
  return repo.run(async (uow) => {
    let serviceIds: string[] | null;
    if (serviceId === undefined) {
      serviceIds = readableServices(uow);
    } else {
      await requireService(uow, serviceId, action);
      uow.require('read', auditResource(uow, serviceId), { action, resourceId: serviceId });
      serviceIds = [serviceId];
    }
    const summary = await readPlanAuditSummary(uow.tx, uow.now, serviceIds, serviceId ?? null);
    await uow.audit({ action, resourceType: serviceId ? 'service' : 'organisation', resourceId: serviceId ?? uow.actor.organisationId, detail: { plans: summary.plans.length } });
    return summary;
  });
}

interface RunRow {
  id: string;
  plan_version: number;
  trigger: PlanAuditHistory['runs'][number]['trigger'];
  score: number | null;
  fail_count: number;
  warn_count: number;
  run_at: Date;
  run_by: string | null;
  run_by_name: string | null;
  run_by_role: StaffRole | null;
  findings: unknown;
  rules: unknown;
}

/** One plan's audit runs, newest first (the latest 100), with the findings of the latest. */
export function getPlanAuditHistory(repo: RequestRepository, personId: string): Promise<PlanAuditHistory> {
  const action = 'plan_audit.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', auditResource(uow, person.service_id), { action, resourceId: personId });
    const { rows } = await uow.tx.query<RunRow>(
      `SELECT r.id, r.plan_version, r.trigger, r.score::float8 AS score, r.fail_count, r.warn_count, r.run_at,
              r.run_by, s.name AS run_by_name,
              ${contributorRoleSql('r.run_by', '$2')} AS run_by_role,
              CASE WHEN row_number() OVER (ORDER BY r.run_at DESC, r.id) = 1 THEN r.findings END AS findings,
              CASE WHEN row_number() OVER (ORDER BY r.run_at DESC, r.id) = 1 THEN r.rules END AS rules
       FROM plan_audit_runs r LEFT JOIN staff s ON s.id = r.run_by
       WHERE r.person_id = $1 ORDER BY r.run_at DESC, r.id LIMIT 100`,
      [personId, person.service_id],
    );
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { runs: rows.length } });
    const runs = rows.map((r) => ({
      id: r.id,
      planVersion: r.plan_version,
      trigger: r.trigger,
      score: r.score,
      failCount: r.fail_count,
      warnCount: r.warn_count,
      runAt: r.run_at.toISOString(),
      runBy: r.run_by && r.run_by_name ? { id: r.run_by, name: r.run_by_name, role: r.run_by_role } : null,
    }));
    const first = rows[0];
    const latest = first && runs[0]
      ? { ...runs[0], findings: first.findings as NonNullable<PlanAuditHistory['latest']>['findings'], rules: storedAuditRulesSchema.parse(first.rules) }
      : null;
    return { personId, runs, latest };
  });
}
