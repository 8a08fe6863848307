// Stored audit runs over HTTP, and the dashboard's arithmetic: a score per service, the rules most plans fail
// and the weekly trend, worked out from each plan's runs (see docs/plan-audit-rules.md, "Runs and the dashboard").
import { z } from 'zod';
import { staffRoles } from '../roles.js';
import { cqcQualityStatements, severities } from './finding.js';

export const auditTriggers = ['on_demand', 'new_version', 'nightly'] as const;
export type AuditTrigger = (typeof auditTriggers)[number];

/** What a manager asks to audit now: one person's plan, every plan in a service, or every plan they may audit. */
export const runPlanAuditsBodySchema = z.object({
  scope: z.discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('person'), personId: z.uuid({ error: 'Choose a person' }) }),
      z.object({ kind: z.literal('service'), serviceId: z.uuid({ error: 'Choose a service' }) }),
      z.object({ kind: z.literal('organisation') }),
    ],
    { error: 'Choose what to audit: a person, a service or the whole organisation' },
  ),
});
export type RunPlanAuditsBody = z.infer<typeof runPlanAuditsBodySchema>;

export const planAuditSummaryQuerySchema = z.object({ serviceId: z.uuid({ error: 'Choose a service from the list' }).optional() });

/** Each plan's most recent run. */
export const latestPlanAuditSchema = z.object({
  personId: z.uuid(),
  legalName: z.string(),
  preferredName: z.string().nullable(),
  serviceId: z.uuid(),
  planVersion: z.number().int(),
  score: z.number().nullable(),
  failCount: z.number().int(),
  warnCount: z.number().int(),
  trigger: z.enum(auditTriggers),
  runAt: z.string(),
});
export type LatestPlanAudit = z.infer<typeof latestPlanAuditSchema>;

export const serviceAuditScoreSchema = z.object({
  serviceId: z.uuid(),
  name: z.string(),
  /** The mean of the latest score of each plan in the service; null when none has a score. */
  meanScore: z.number().nullable(),
  plansAudited: z.number().int(),
});
export type ServiceAuditScore = z.infer<typeof serviceAuditScoreSchema>;

export const failingRuleSchema = z.object({
  ruleId: z.string(),
  title: z.string(),
  /** Plans whose latest run failed the rule, and those where it only warned. */
  plansFailing: z.number().int(),
  plansWarning: z.number().int(),
});
export type FailingRule = z.infer<typeof failingRuleSchema>;

export const auditTrendPointSchema = z.object({
  /** The Monday (in England) the week starts on. */
  weekStarting: z.string(),
  /** The mean, over plans audited that week, of each plan's last score that week. */
  meanScore: z.number().nullable(),
  plansAudited: z.number().int(),
});
export type AuditTrendPoint = z.infer<typeof auditTrendPointSchema>;

export const planAuditSummarySchema = z.object({
  /** The service asked about, or null for every service the reader may see. */
  serviceId: z.uuid().nullable(),
  meanScore: z.number().nullable(),
  services: z.array(serviceAuditScoreSchema),
  plans: z.array(latestPlanAuditSchema),
  failingRules: z.array(failingRuleSchema),
  trend: z.array(auditTrendPointSchema),
  /** Plans that could be audited (a current version, support not ended) but have no run yet. */
  plansNotAudited: z.number().int(),
});
export type PlanAuditSummary = z.infer<typeof planAuditSummarySchema>;

export const runPlanAuditsResultSchema = z.object({
  audited: z.number().int(),
  summary: planAuditSummarySchema,
});
export type RunPlanAuditsResult = z.infer<typeof runPlanAuditsResultSchema>;

const findingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(severities),
  sectionKey: z.string().nullable(),
  field: z.string().nullable(),
  missing: z.string().nullable(),
  explanation: z.string(),
  howToFix: z.string(),
  guidance: z.object({ source: z.enum(['HCPA', 'EXTERNAL', 'DERIVED']), reference: z.string(), url: z.string().nullable() }),
  cqc: z.array(z.enum(cqcQualityStatements)),
});

const ruleResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  severity: z.enum(severities),
  outcome: z.enum(['pass', ...severities]),
  items: z.number().int(),
  itemsFound: z.number().int(),
});

/** What the `rules` column holds for each run. */
export const storedAuditRulesSchema = z.object({
  run: z.array(ruleResultSchema),
  notApplicable: z.array(z.object({ id: z.string(), title: z.string() })),
  disabled: z.array(z.string()),
});
export type StoredAuditRules = z.infer<typeof storedAuditRulesSchema>;

export const planAuditRunSchema = z.object({
  id: z.uuid(),
  planVersion: z.number().int(),
  trigger: z.enum(auditTriggers),
  score: z.number().nullable(),
  failCount: z.number().int(),
  warnCount: z.number().int(),
  runAt: z.string(),
  /** Null when Hearth ran it on its own (a new version, the nightly run). */
  runBy: z.object({ id: z.uuid(), name: z.string(), role: z.enum(staffRoles).nullable() }).nullable(),
});
export type PlanAuditRun = z.infer<typeof planAuditRunSchema>;

export const planAuditHistorySchema = z.object({
  personId: z.uuid(),
  runs: z.array(planAuditRunSchema),
  latest: planAuditRunSchema.extend({ findings: z.array(findingSchema), rules: storedAuditRulesSchema }).nullable(),
});
export type PlanAuditHistory = z.infer<typeof planAuditHistorySchema>;

/** The mean of the scores there are, to one decimal place; null when there are none. */
export function meanScore(scores: readonly (number | null)[]): number | null {
  const known = scores.filter((s): s is number => s !== null);
  if (known.length === 0) return null;
  return Math.round((10 * known.reduce((a, b) => a + b, 0)) / known.length) / 10;
}

/** The rules most plans fail in their latest run (then most warned), at most `limit`, never one no plan fails or warns. */
export function commonestFailingRules(latestRules: readonly Pick<StoredAuditRules, 'run'>[], limit = 10): FailingRule[] {
  const byRule = new Map<string, FailingRule>();
  for (const rules of latestRules) {
    for (const r of rules.run) {
      if (r.outcome === 'pass') continue;
      const entry = byRule.get(r.id) ?? { ruleId: r.id, title: r.title, plansFailing: 0, plansWarning: 0 };
      if (r.outcome === 'fail') entry.plansFailing += 1;
      else entry.plansWarning += 1;
      byRule.set(r.id, entry);
    }
  }
  return [...byRule.values()]
    .sort((a, b) => b.plansFailing - a.plansFailing || b.plansWarning - a.plansWarning || a.ruleId.localeCompare(b.ruleId, 'en', { numeric: true }))
    .slice(0, limit);
}

/** Each service's mean latest score, services with no audited plan included (plansAudited 0). */
export function scoresByService(
  services: readonly { id: string; name: string }[],
  latest: readonly Pick<LatestPlanAudit, 'serviceId' | 'score'>[],
): ServiceAuditScore[] {
  return services.map((s) => {
    const mine = latest.filter((l) => l.serviceId === s.id);
    return { serviceId: s.id, name: s.name, meanScore: meanScore(mine.map((l) => l.score)), plansAudited: mine.length };
  });
}

/** One point per week that had runs, oldest first, from each plan's last score in that week. */
export function weeklyTrend(lastScoreEachWeek: readonly { weekStarting: string; score: number | null }[]): AuditTrendPoint[] {
  const weeks = new Map<string, (number | null)[]>();
  for (const p of lastScoreEachWeek) weeks.set(p.weekStarting, [...(weeks.get(p.weekStarting) ?? []), p.score]);
  return [...weeks.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStarting, scores]) => ({ weekStarting, meanScore: meanScore(scores), plansAudited: scores.length }));
}
