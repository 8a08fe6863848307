// The plan-quality dashboard read from stored runs: each plan's latest run, the score per service, the rules most
// plans fail and the weekly trend. The caller has checked access and passes the services the reader may see.
import {
  commonestFailingRules,
  meanScore,
  scoresByService,
  storedAuditRulesSchema,
  weeklyTrend,
  type LatestPlanAudit,
  type PlanAuditSummary,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';
import { auditedPersonStatuses } from './plan-audit-input.js';

/** How far back the trend reaches: this week and the eleven before it. */
export const trendWeeks = 12;

interface LatestRow {
  person_id: string;
  legal_name: string;
  preferred_name: string | null;
  service_id: string;
  plan_version: number;
  score: number | null;
  fail_count: number;
  warn_count: number;
  trigger: LatestPlanAudit['trigger'];
  run_at: Date;
  rules: unknown;
}

/**
 * `serviceIds` null means every service in the organisation (row-level security keeps it to this one).
 * Plans are those of people whose support has not ended; the trend keeps the runs of people who have since left,
 * because they were part of the picture in the week they were audited.
 */
export async function readPlanAuditSummary(
  tx: Tx,
  now: Date,
  serviceIds: readonly string[] | null,
  askedFor: string | null,
): Promise<PlanAuditSummary> {
  const params: unknown[] = [auditedPersonStatuses];
  const inScope = serviceIds === null ? '' : `AND p.service_id = ANY($${params.push(serviceIds)}::uuid[])`;
  const latestRows = (await tx.query<LatestRow>(
    // One index lookup per person (plan_audit_runs_person_idx), so the cost follows the people, not a year of nightly runs.
    `SELECT p.id AS person_id, p.legal_name, p.preferred_name, p.service_id, r.plan_version,
            r.score::float8 AS score, r.fail_count, r.warn_count, r.trigger, r.run_at, r.rules
     FROM people p
     JOIN LATERAL (SELECT * FROM plan_audit_runs r WHERE r.person_id = p.id ORDER BY r.run_at DESC, r.id LIMIT 1) r ON true
     WHERE p.status = ANY($1::text[]) ${inScope}`,
    params,
  )).rows;
  const plans: LatestPlanAudit[] = latestRows
    .map((r) => ({
      personId: r.person_id,
      legalName: r.legal_name,
      preferredName: r.preferred_name,
      serviceId: r.service_id,
      planVersion: r.plan_version,
      score: r.score,
      failCount: r.fail_count,
      warnCount: r.warn_count,
      trigger: r.trigger,
      runAt: r.run_at.toISOString(),
    }))
    .sort(worstFirst);

  const services = (await tx.query<{ id: string; name: string }>(
    `SELECT id, name FROM services ${serviceIds === null ? '' : 'WHERE id = ANY($1::uuid[])'} ORDER BY name, id`,
    serviceIds === null ? [] : [serviceIds],
  )).rows;

  const notAudited = (await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM people p
     WHERE p.status = ANY($1::text[]) ${inScope}
       AND EXISTS (SELECT 1 FROM care_plans cp JOIN care_plan_versions v ON v.plan_id = cp.id
                   WHERE cp.person_id = p.id AND v.status IN ('agreed', 'in_use', 'under_review'))
       AND NOT EXISTS (SELECT 1 FROM plan_audit_runs r WHERE r.person_id = p.id)`,
    params,
  )).rows[0]?.n ?? 0;

  const trendParams: unknown[] = [now, trendWeeks - 1];
  const trendScope = serviceIds === null ? '' : `AND p.service_id = ANY($${trendParams.push(serviceIds)}::uuid[])`;
  const weekly = (await tx.query<{ week_starting: string; score: number | null }>(
    `SELECT DISTINCT ON (r.person_id, week_starting)
            to_char(date_trunc('week', r.run_at AT TIME ZONE 'Europe/London'), 'YYYY-MM-DD') AS week_starting, r.score::float8 AS score
     FROM plan_audit_runs r JOIN people p ON p.id = r.person_id
     WHERE r.run_at >= (date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/London') - make_interval(weeks => $2::int)) AT TIME ZONE 'Europe/London'
       ${trendScope}
     ORDER BY r.person_id, week_starting, r.run_at DESC, r.id`,
    trendParams,
  )).rows;

  return {
    serviceId: askedFor,
    meanScore: meanScore(plans.map((p) => p.score)),
    services: scoresByService(services, plans),
    plans,
    failingRules: commonestFailingRules(latestRows.map((r) => storedAuditRulesSchema.parse(r.rules))),
    trend: weeklyTrend(weekly.map((w) => ({ weekStarting: w.week_starting, score: w.score }))),
    plansNotAudited: notAudited,
  };
}

/** Lowest score first (a plan no rule applied to last), then most fails, then by name. */
function worstFirst(a: LatestPlanAudit, b: LatestPlanAudit): number {
  const score = (s: number | null) => s ?? Number.POSITIVE_INFINITY;
  return score(a.score) - score(b.score) || b.failCount - a.failCount || a.legalName.localeCompare(b.legalName, 'en-GB');
}
