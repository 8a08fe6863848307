// Reads what a service's plan-quality audit report holds, in one unit of work: each current plan's latest run and
// its findings, the service's score and commonest failing rules, and the quality actions raised in the service.
// Checked and audited like every read; the actions are read straight from their tables.
import {
  auditRules,
  commonestFailingRules,
  meanScore,
  storedAuditRulesSchema,
  type Finding,
} from '@hearth/core';
import { londonDate, longDate } from '../dates.js';
import { auditedPersonStatuses } from '../repo/plan-audit-input.js';
import type { RequestRepository, UnitOfWork } from '../repo/request-repository.js';
import { effectiveSectionDefinitions } from '../repo/section-definitions-repository.js';
import { readManualAudits } from './audit-report-manual.js';
import {
  actionStatuses,
  isActionOverdue,
  statementsFromRuns,
  type ActionStatus,
  type AuditReportAction,
  type AuditReportData,
  type AuditReportPlan,
} from './audit-report-model.js';

export type ReportFormat = 'pdf' | 'csv';

interface LatestRunRow {
  person_id: string;
  legal_name: string;
  preferred_name: string | null;
  plan_version: number;
  score: number | null;
  fail_count: number;
  warn_count: number;
  run_at: string;
  findings: unknown;
  rules: unknown;
}

interface ActionRow {
  title: string;
  person_id: string | null;
  legal_name: string | null;
  preferred_name: string | null;
  rule_id: string | null;
  manual_audit_id: string | null;
  areas: unknown;
  area_id: string | null;
  owner_name: string;
  due_date: string;
  status: string | null;
}

const personName = (legal: string, preferred: string | null) => (preferred && preferred !== legal ? `${legal} (${preferred})` : legal);

/**
 * The report for one service. 404 for a service the organisation does not hold; refused unless the actor may read
 * the service's audits. The audit-log entry names the people whose runs were read (by id) and the counts.
 */
export function readAuditReport(repo: RequestRepository, serviceId: string, format: ReportFormat): Promise<AuditReportData> {
  const action = 'plan_audit.report';
  return repo.run(async (uow) => {
    const service = (await uow.tx.query<{ name: string; organisation: string }>(
      'SELECT s.name, o.name AS organisation FROM services s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = $1',
      [serviceId],
    )).rows[0];
    if (!service) return uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
    const organisationId = uow.actor.organisationId;
    uow.require('read', { kind: 'plan_audit', organisationId, serviceId }, { action, resourceId: serviceId });

    const runs = (await uow.tx.query<LatestRunRow>(
      // The same "latest run per current person" as the dashboard (plan-audit-summary.ts), with its findings.
      `SELECT p.id AS person_id, p.legal_name, p.preferred_name, r.plan_version, r.score::float8 AS score,
              r.fail_count, r.warn_count, to_char(r.run_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD HH24:MI') AS run_at,
              r.findings, r.rules
       FROM people p
       JOIN LATERAL (SELECT * FROM plan_audit_runs r WHERE r.person_id = p.id ORDER BY r.run_at DESC, r.id LIMIT 1) r ON true
       WHERE p.status = ANY($1::text[]) AND p.service_id = $2
       ORDER BY p.legal_name, p.id`,
      [auditedPersonStatuses, serviceId],
    )).rows;
    const notAudited = (await uow.tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM people p
       WHERE p.status = ANY($1::text[]) AND p.service_id = $2
         AND EXISTS (SELECT 1 FROM care_plans cp JOIN care_plan_versions v ON v.plan_id = cp.id
                     WHERE cp.person_id = p.id AND v.status IN ('agreed', 'in_use', 'under_review'))
         AND NOT EXISTS (SELECT 1 FROM plan_audit_runs r WHERE r.person_id = p.id)`,
      [auditedPersonStatuses, serviceId],
    )).rows[0]?.n ?? 0;
    const actions = uow.allows('read', { kind: 'quality_action', organisationId, serviceId }) ? await readActions(uow, serviceId) : null;
    const manualAudits = uow.allows('read', { kind: 'manual_audit', organisationId, serviceId }) ? await readManualAudits(uow.tx, serviceId) : null;
    const generatedBy = (await uow.tx.query<{ name: string }>('SELECT name FROM staff WHERE id = $1', [uow.actor.staffId])).rows[0]?.name ?? 'Unknown';

    const sectionTitles = new Map((await effectiveSectionDefinitions(uow)).map((d) => [d.key, d.title]));
    const ruleTitles = new Map(auditRules.map((r) => [r.id, r.title]));
    const storedRules = runs.map((r) => storedAuditRulesSchema.parse(r.rules));
    const plans: AuditReportPlan[] = runs.map((r) => ({
      personId: r.person_id,
      personName: personName(r.legal_name, r.preferred_name),
      planVersion: r.plan_version,
      score: r.score,
      failCount: r.fail_count,
      warnCount: r.warn_count,
      runAt: r.run_at,
      findings: (r.findings as Finding[]).map((f) => ({
        ruleId: f.ruleId,
        ruleTitle: ruleTitles.get(f.ruleId) ?? f.ruleId,
        severity: f.severity,
        sectionKey: f.sectionKey,
        sectionTitle: f.sectionKey === null ? null : (sectionTitles.get(f.sectionKey) ?? f.sectionKey),
        field: f.field ?? f.missing,
        explanation: f.explanation,
        cqc: f.cqc,
      })),
    }));

    const findingCount = plans.reduce((n, p) => n + p.findings.length, 0);
    await uow.audit({
      action,
      resourceType: 'service',
      resourceId: serviceId,
      detail: {
        format, plans: plans.length, findings: findingCount, actions: actions?.length ?? null, manualAudits: manualAudits?.length ?? null,
        people: plans.map((p) => p.personId),
      },
    });

    return {
      serviceName: service.name,
      organisationName: service.organisation,
      generatedAt: `${longDate(londonDate(uow.now))} at ${londonTime(uow.now)}`,
      generatedBy,
      summary: {
        plansAudited: plans.length,
        meanScore: meanScore(plans.map((p) => p.score)),
        plansWithFailingRule: storedRules.filter((r) => r.run.some((x) => x.outcome === 'fail')).length,
        plansNotAudited: notAudited,
      },
      commonestFailingRules: commonestFailingRules(storedRules),
      statements: statementsFromRuns(auditRules, storedRules),
      plans,
      actions,
      manualAudits,
    };
  });
}

/** Every action raised in the service, with its state (its newest update; open when it has none yet). */
async function readActions(uow: UnitOfWork, serviceId: string): Promise<AuditReportAction[]> {
  const today = londonDate(uow.now);
  const { rows } = await uow.tx.query<ActionRow>(
    `SELECT a.title, a.person_id, p.legal_name, p.preferred_name, a.rule_id, a.manual_audit_id, pa.areas, a.area_id, o.name AS owner_name,
            to_char(a.due_date, 'YYYY-MM-DD') AS due_date, u.status
     FROM quality_actions a
     JOIN staff o ON o.id = a.owner_id
     LEFT JOIN people p ON p.id = a.person_id
     LEFT JOIN personalisation_assessments pa ON pa.id = a.personalisation_assessment_id
     LEFT JOIN LATERAL (SELECT status FROM quality_action_updates u WHERE u.action_id = a.id
                        ORDER BY u.updated_at DESC, u.id DESC LIMIT 1) u ON true
     WHERE a.service_id = $1
     ORDER BY a.due_date, a.created_at, a.id`,
    [serviceId],
  );
  return rows.map((r) => {
    const status: ActionStatus = actionStatuses.find((s) => s === r.status) ?? 'open';
    return {
      title: r.title,
      personId: r.person_id,
      personName: r.legal_name === null ? null : personName(r.legal_name, r.preferred_name),
      ruleId: r.rule_id,
      source: actionSource(r),
      ownerName: r.owner_name,
      dueDate: r.due_date,
      status,
      isOverdue: isActionOverdue(status, r.due_date, today),
    };
  });
}

/** Where an action came from, in words. */
function actionSource(r: Pick<ActionRow, 'rule_id' | 'manual_audit_id' | 'areas' | 'area_id'>): string {
  if (r.rule_id) return `Rule ${r.rule_id}`;
  if (r.manual_audit_id) return 'Manual audit';
  if (r.area_id) {
    const area = Array.isArray(r.areas) ? (r.areas as { id?: unknown; title?: unknown }[]).find((a) => a.id === r.area_id) : undefined;
    return `Personalisation: ${typeof area?.title === 'string' ? area.title : r.area_id}`;
  }
  return '';
}

function londonTime(at: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
