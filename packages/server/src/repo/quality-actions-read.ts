// Reading quality actions from their tables: each action with its newest update as its state. No access checks
// or audit here; the repository decides who may read what and records it.
import {
  isOverdue,
  type QualityAction,
  type QualityActionFilter,
  type QualityActionSource,
  type QualityActionStatus,
  type QualityActionSummary,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';

interface SummaryRow {
  id: string;
  service_id: string;
  service_name: string;
  person_id: string | null;
  legal_name: string | null;
  preferred_name: string | null;
  plan_audit_run_id: string | null;
  rule_id: string | null;
  field: string | null;
  manual_audit_id: string | null;
  question_id: string | null;
  personalisation_assessment_id: string | null;
  area_id: string | null;
  title: string;
  owner_id: string;
  owner_name: string;
  due_date: string;
  created_at: Date;
  update_id: string;
  status: QualityActionStatus;
  updated_at: Date;
  latest_note: string | null;
}

/** The newest update is the state; the latest note is the newest one that says something. */
const summarySelect = `
  SELECT a.id, a.service_id, sv.name AS service_name, a.person_id, p.legal_name, p.preferred_name,
         a.plan_audit_run_id, a.rule_id, a.field, a.manual_audit_id, a.question_id, a.personalisation_assessment_id, a.area_id, a.title, a.owner_id, o.name AS owner_name,
         to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.created_at,
         u.id AS update_id, u.status, u.updated_at, n.note AS latest_note
  FROM quality_actions a
  JOIN services sv ON sv.id = a.service_id
  JOIN staff o ON o.id = a.owner_id
  LEFT JOIN people p ON p.id = a.person_id
  JOIN LATERAL (SELECT id, status, updated_at FROM quality_action_updates WHERE action_id = a.id
                ORDER BY updated_at DESC, id DESC LIMIT 1) u ON true
  LEFT JOIN LATERAL (SELECT note FROM quality_action_updates WHERE action_id = a.id AND note IS NOT NULL
                     ORDER BY updated_at DESC, id DESC LIMIT 1) n ON true`;

function sourceOf(r: SummaryRow): QualityActionSource | null {
  if (r.plan_audit_run_id && r.rule_id) return { kind: 'audit_finding', planAuditRunId: r.plan_audit_run_id, ruleId: r.rule_id, field: r.field };
  if (r.manual_audit_id && r.question_id) return { kind: 'manual_audit_answer', manualAuditId: r.manual_audit_id, questionId: r.question_id };
  if (r.personalisation_assessment_id && r.area_id) {
    return { kind: 'personalisation_area', personalisationAssessmentId: r.personalisation_assessment_id, areaId: r.area_id };
  }
  return null;
}

function toSummary(r: SummaryRow, today: string): QualityActionSummary {
  return {
    id: r.id,
    serviceId: r.service_id,
    serviceName: r.service_name,
    person: r.person_id && r.legal_name !== null ? { id: r.person_id, legalName: r.legal_name, preferredName: r.preferred_name } : null,
    source: sourceOf(r),
    title: r.title,
    owner: { id: r.owner_id, name: r.owner_name },
    dueDate: r.due_date,
    status: r.status,
    overdue: isOverdue({ status: r.status, dueDate: r.due_date }, today),
    latestNote: r.latest_note,
    latestUpdateId: r.update_id,
    updatedAt: r.updated_at.toISOString(),
    createdAt: r.created_at.toISOString(),
  };
}

export interface ActionFilter {
  /** Null means every service in the organisation (row-level security keeps it to this one). */
  serviceIds: readonly string[] | null;
  personId?: string | undefined;
  status?: QualityActionFilter | undefined;
  manualAuditId?: string | undefined;
  personalisationAssessmentId?: string | undefined;
}

/** At most this many actions in one list; overdue and soonest due come first, so the cut falls on the least pressing. */
export const listLimit = 500;

function whereOf(filter: ActionFilter, today: string, params: unknown[]): string {
  const where: string[] = [];
  if (filter.serviceIds !== null) where.push(`a.service_id = ANY($${params.push(filter.serviceIds)}::uuid[])`);
  if (filter.personId !== undefined) where.push(`a.person_id = $${params.push(filter.personId)}`);
  if (filter.manualAuditId !== undefined) where.push(`a.manual_audit_id = $${params.push(filter.manualAuditId)}`);
  if (filter.personalisationAssessmentId !== undefined) {
    where.push(`a.personalisation_assessment_id = $${params.push(filter.personalisationAssessmentId)}`);
  }
  switch (filter.status) {
    case undefined:
      break;
    case 'open':
      where.push(`u.status IN ('open', 'in_progress')`);
      break;
    case 'overdue':
      where.push(`u.status IN ('open', 'in_progress') AND a.due_date < $${params.push(today)}::date`);
      break;
    case 'done':
      where.push(`u.status IN ('done', 'cancelled')`);
      break;
  }
  return where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`;
}

/** Overdue first, then the soonest due, then the oldest raised. */
export async function readActionList(tx: Tx, filter: ActionFilter, today: string): Promise<{ actions: QualityActionSummary[]; overdueCount: number }> {
  const params: unknown[] = [];
  const where = whereOf(filter, today, params);
  const todayParam = params.push(today);
  const { rows } = await tx.query<SummaryRow>(
    `${summarySelect} ${where}
     ORDER BY (u.status IN ('open', 'in_progress') AND a.due_date < $${todayParam}::date) DESC, a.due_date, a.created_at, a.id
     LIMIT ${listLimit}`,
    params,
  );
  const countParams: unknown[] = [];
  const countWhere = whereOf({ ...filter, status: 'overdue' }, today, countParams);
  const overdue = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM quality_actions a
     JOIN LATERAL (SELECT status FROM quality_action_updates WHERE action_id = a.id ORDER BY updated_at DESC, id DESC LIMIT 1) u ON true
     ${countWhere}`,
    countParams,
  );
  return { actions: rows.map((r) => toSummary(r, today)), overdueCount: overdue.rows[0]?.n ?? 0 };
}

interface FindingLike { ruleId?: unknown; field?: unknown; explanation?: unknown; howToFix?: unknown }

/** The finding of a stored run for a rule and field (null field matching a finding about no one field). */
export function findingIn(findings: unknown, ruleId: string, field: string | null): FindingLike | undefined {
  if (!Array.isArray(findings)) return undefined;
  return (findings as FindingLike[]).find((f) => f.ruleId === ruleId && (f.field ?? null) === field);
}

interface Entry { id?: unknown; text?: unknown; title?: unknown; questionId?: unknown; answer?: unknown; evidence?: unknown }
const entries = (list: unknown): Entry[] => (Array.isArray(list) ? (list as Entry[]) : []);

/** The question, answer and evidence of a stored manual audit that an action was raised from. */
function answerIn(template: { questions?: unknown } | null, answers: unknown, questionId: string): QualityAction['answer'] {
  const question = entries(template?.questions).find((q) => q.id === questionId);
  const given = entries(answers).find((a) => a.questionId === questionId);
  if (!question || typeof question.text !== 'string' || !given || typeof given.answer !== 'string') return null;
  return { question: question.text, answer: given.answer, evidence: typeof given.evidence === 'string' && given.evidence !== '' ? given.evidence : null };
}

/** The title of the area, as the self-assessment named it. */
function areaIn(areas: unknown, areaId: string): QualityAction['area'] {
  const area = entries(areas).find((a) => a.id === areaId);
  return area && typeof area.title === 'string' ? { title: area.title } : null;
}

/** One action with its whole history, or null when the organisation holds none by that id. */
export async function readAction(tx: Tx, id: string, today: string): Promise<QualityAction | null> {
  const { rows } = await tx.query<SummaryRow & {
    detail: string | null; created_by: string; created_by_name: string; findings: unknown;
    audit_template: { questions?: unknown } | null; audit_answers: unknown; assessment_areas: unknown;
  }>(
    `SELECT x.*, q.detail, q.created_by, c.name AS created_by_name, r.findings,
            m.template AS audit_template, m.answers AS audit_answers, pa.areas AS assessment_areas
     FROM (${summarySelect} WHERE a.id = $1) x
     JOIN quality_actions q ON q.id = x.id
     JOIN staff c ON c.id = q.created_by
     LEFT JOIN plan_audit_runs r ON r.id = q.plan_audit_run_id
     LEFT JOIN manual_audits m ON m.id = q.manual_audit_id
     LEFT JOIN personalisation_assessments pa ON pa.id = q.personalisation_assessment_id`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const history = await tx.query<{ id: string; status: QualityActionStatus; note: string | null; updated_by: string; name: string; updated_at: Date }>(
    `SELECT u.id, u.status, u.note, u.updated_by, s.name, u.updated_at
     FROM quality_action_updates u JOIN staff s ON s.id = u.updated_by
     WHERE u.action_id = $1 ORDER BY u.updated_at DESC, u.id DESC`,
    [id],
  );
  const finding = row.rule_id ? findingIn(row.findings, row.rule_id, row.field) : undefined;
  return {
    ...toSummary(row, today),
    detail: row.detail,
    createdBy: { id: row.created_by, name: row.created_by_name },
    finding: finding && typeof finding.explanation === 'string'
      ? { explanation: finding.explanation, howToFix: typeof finding.howToFix === 'string' ? finding.howToFix : '' }
      : null,
    answer: row.question_id ? answerIn(row.audit_template, row.audit_answers, row.question_id) : null,
    area: row.area_id ? areaIn(row.assessment_areas, row.area_id) : null,
    history: history.rows.map((h) => ({
      id: h.id, status: h.status, note: h.note, updatedBy: { id: h.updated_by, name: h.name }, updatedAt: h.updated_at.toISOString(),
    })),
  };
}
