// What a plan-quality audit report holds, as plain data (so it can cross to a rendering thread), and the
// arithmetic that maps each plan's latest run onto the CQC quality statements its rules relate to.
import { cqcQualityStatements, type CqcQualityStatement, type FailingRule, type FindingSeverity, type StoredAuditRules } from '@hearth/core';

/** As stored in quality_action_updates.status; read here straight from the tables so the report stands on its own. */
export const actionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export interface AuditReportFinding {
  ruleId: string;
  ruleTitle: string;
  severity: FindingSeverity;
  sectionKey: string | null;
  /** The section's title as the provider's definitions name it, or null for the plan as a whole. */
  sectionTitle: string | null;
  /** The field's path, or for something not written yet the question it answers. */
  field: string | null;
  explanation: string;
  cqc: readonly CqcQualityStatement[];
}

export interface AuditReportAction {
  title: string;
  personId: string | null;
  personName: string | null;
  ruleId: string | null;
  /** Where it came from, in words: "Rule B12", "Manual audit", "Personalisation: Food and mealtimes", or "" when raised on its own. */
  source: string;
  ownerName: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  status: ActionStatus;
  isOverdue: boolean;
}

export interface AuditReportPlan {
  personId: string;
  personName: string;
  planVersion: number;
  score: number | null;
  failCount: number;
  warnCount: number;
  /** When the run was, in England, as "YYYY-MM-DD HH:MM". */
  runAt: string;
  findings: AuditReportFinding[];
}

export interface StatementRule {
  ruleId: string;
  title: string;
  /** Plans whose latest run applied the rule, and of those the ones that failed or only warned. */
  plansChecked: number;
  plansFailing: number;
  plansWarning: number;
}

export interface AuditReportStatement {
  statement: CqcQualityStatement;
  rules: StatementRule[];
}

/** A manual audit of a plan in the service: the auditor's answers counted, and the score. */
export interface AuditReportManualAudit {
  personName: string;
  planVersion: number;
  templateTitle: string;
  score: number | null;
  answers: { yes: number; partly: number; no: number; notApplicable: number };
  auditorName: string;
  /** When it was completed, in England, as "YYYY-MM-DD HH:MM". */
  completedAt: string;
}

export interface AuditReportData {
  serviceName: string;
  organisationName: string;
  /** "23 November 2026 at 14:05" in England. */
  generatedAt: string;
  generatedBy: string;
  summary: { plansAudited: number; meanScore: number | null; plansWithFailingRule: number; plansNotAudited: number };
  commonestFailingRules: FailingRule[];
  statements: AuditReportStatement[];
  /** By person's name. */
  plans: AuditReportPlan[];
  /** Every action raised in the service, soonest due first; null when the reader may not see actions. */
  actions: AuditReportAction[] | null;
  /** The service's manual audits, newest first (at most `manualAuditLimit`); null when the reader may not see them. */
  manualAudits: AuditReportManualAudit[] | null;
}

export const manualAuditLimit = 200;

/** An action still to do whose due date has passed (today, in England, is not yet overdue). */
export function isActionOverdue(status: ActionStatus, dueDate: string, today: string): boolean {
  return (status === 'open' || status === 'in_progress') && dueDate < today;
}

/**
 * For each quality statement (in the framework's order), every rule related to it with how many plans' latest runs
 * applied, failed and warned on it. Statements no rule relates to are left out.
 */
export function statementsFromRuns(
  rules: readonly { id: string; title: string; cqc: readonly CqcQualityStatement[] }[],
  latestRules: readonly Pick<StoredAuditRules, 'run'>[],
): AuditReportStatement[] {
  const counts = new Map<string, Omit<StatementRule, 'ruleId' | 'title'>>();
  for (const run of latestRules) {
    for (const r of run.run) {
      const c = counts.get(r.id) ?? { plansChecked: 0, plansFailing: 0, plansWarning: 0 };
      c.plansChecked += 1;
      if (r.outcome === 'fail') c.plansFailing += 1;
      if (r.outcome === 'warn') c.plansWarning += 1;
      counts.set(r.id, c);
    }
  }
  return cqcQualityStatements
    .map((statement) => ({
      statement,
      rules: rules
        .filter((r) => r.cqc.includes(statement))
        .map((r) => ({ ruleId: r.id, title: r.title, ...(counts.get(r.id) ?? { plansChecked: 0, plansFailing: 0, plansWarning: 0 }) })),
    }))
    .filter((s) => s.rules.length > 0);
}
