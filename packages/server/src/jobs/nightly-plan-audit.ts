// The nightly plan-quality audit: every current plan in every organisation, once a London day, each organisation
// in its own transaction under its own row-level security, as Hearth (no actor).
import type pg from 'pg';
import { appendAudit } from '../audit/audit-entry.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { auditInBatches } from '../repo/plan-audit-input.js';

export interface NightlyOutcome {
  organisationId: string;
  audited: number;
  /** Plans the nightly run had already audited this London day. */
  alreadyAudited: number;
  /** Set when this organisation's run failed; the others still ran. */
  error?: string;
}

/**
 * Audits each organisation's current plans (people whose support has not ended) with trigger 'nightly', skipping
 * plans the nightly run already audited on `now`'s London day, so a second call that day adds nothing. An advisory
 * lock per organisation keeps two servers starting at the same moment from both auditing.
 */
export async function runNightlyPlanAudits(pool: pg.Pool, now: Date, organisationIds: readonly string[]): Promise<NightlyOutcome[]> {
  const outcomes: NightlyOutcome[] = [];
  const today = londonDate(now);
  for (const organisationId of organisationIds) {
    try {
      outcomes.push(await inTransaction(pool, organisationId, async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hearth.nightly_plan_audit:${organisationId}`]);
        const ctx = { tx, organisationId, now };
        const done = new Set((await tx.query<{ plan_id: string }>(
          `SELECT DISTINCT plan_id FROM plan_audit_runs
           WHERE organisation_id = $1 AND trigger = 'nightly' AND to_char(run_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') = $2`,
          [organisationId, today],
        )).rows.map((r) => r.plan_id));
        const { runs, considered } = await auditInBatches(ctx, { currentPeopleOnly: true }, 'nightly', null, { skip: (t) => done.has(t.planId) });
        const alreadyAudited = considered - runs.length;
        await appendAudit(tx, {
          organisationId, actorId: null, action: 'plan_audit.nightly', resourceType: 'organisation', resourceId: organisationId, outcome: 'success',
          detail: { day: today, audited: runs.length, alreadyAudited, people: runs.map((r) => r.personId) },
        });
        return { organisationId, audited: runs.length, alreadyAudited };
      }));
    } catch (error) {
      outcomes.push({ organisationId, audited: 0, alreadyAudited: 0, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}
