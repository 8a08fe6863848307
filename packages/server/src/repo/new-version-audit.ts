// The plan-quality audit of each new plan version, run by the plan's own change (agreeing, putting into use).
import { auditAndStore, loadAuditTargets, type AuditContext } from './plan-audit-input.js';
import type { UnitOfWork } from './request-repository.js';

/**
 * Audits a version just agreed or put into use inside the change's own transaction, so a new version and its audit
 * are kept together or not at all. The run is Hearth's (run_by null), whoever made the change: a senior care worker
 * may agree a plan without holding the right to run audits. Putting into use a version already audited as new is
 * not audited again.
 */
export async function auditNewVersion(uow: UnitOfWork, personId: string, version: number): Promise<void> {
  const ctx: AuditContext = { tx: uow.tx, organisationId: uow.actor.organisationId, now: uow.now };
  const done = await uow.tx.query(
    `SELECT 1 FROM plan_audit_runs r JOIN care_plans cp ON cp.id = r.plan_id
     WHERE cp.person_id = $1 AND r.plan_version = $2 AND r.trigger = 'new_version' LIMIT 1`,
    [personId, version],
  );
  if (done.rows.length > 0) return;
  const [run] = await auditAndStore(ctx, await loadAuditTargets(ctx, { personId, version }), 'new_version', null);
  if (run) {
    await uow.audit({ action: 'plan_audit.run', resourceType: 'person', resourceId: personId, detail: { trigger: 'new_version', version, score: run.score } });
  }
}
