// Reading manual audits from their table: summaries for a person's history, one audit with the previous one of
// the same template, and the actions raised from its answers. No access checks or audit here; the repository does those.
import {
  compareAudits,
  countAnswers,
  type AuditAnswer,
  type AuditTemplateSnapshot,
  type ManualAudit,
  type ManualAuditSummary,
  type QualityActionStatus,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';

interface AuditRow {
  id: string;
  service_id: string;
  person_id: string;
  plan_version: number;
  template_key: string;
  template_version: number;
  template: AuditTemplateSnapshot;
  answers: AuditAnswer[];
  score: number | null;
  summary: string | null;
  auditor_id: string;
  auditor_name: string;
  completed_at: Date;
}

const auditSelect = `SELECT m.id, m.service_id, m.person_id, m.plan_version, m.template_key, m.template_version, m.template, m.answers,
    m.score::float8 AS score, m.summary, m.auditor_id, s.name AS auditor_name, m.completed_at
  FROM manual_audits m JOIN staff s ON s.id = m.auditor_id`;

function toSummary(r: AuditRow): ManualAuditSummary {
  return {
    id: r.id, personId: r.person_id, planVersion: r.plan_version, templateKey: r.template_key, templateVersion: r.template_version,
    templateTitle: r.template.title, score: r.score, counts: countAnswers(r.answers),
    auditor: { id: r.auditor_id, name: r.auditor_name }, completedAt: r.completed_at.toISOString(),
  };
}

/** At most this many audits in a person's history; the newest come first, so the cut falls on the oldest. */
export const historyLimit = 200;

export async function readAuditHistory(tx: Tx, personId: string): Promise<ManualAuditSummary[]> {
  const { rows } = await tx.query<AuditRow>(`${auditSelect} WHERE m.person_id = $1 ORDER BY m.completed_at DESC, m.id DESC LIMIT ${historyLimit}`, [personId]);
  return rows.map(toSummary);
}

/** Where an audit belongs, for the access check, or null when the organisation holds none by that id. */
export async function auditRef(tx: Tx, id: string): Promise<{ service_id: string; person_id: string } | null> {
  return (await tx.query<{ service_id: string; person_id: string }>('SELECT service_id, person_id FROM manual_audits WHERE id = $1', [id])).rows[0] ?? null;
}

/** Actions raised from the audit's answers, oldest first, each at its newest status. */
async function actionsFrom(tx: Tx, auditId: string): Promise<NonNullable<ManualAudit['actions']>> {
  const { rows } = await tx.query<{ id: string; question_id: string; title: string; status: QualityActionStatus; due_date: string; owner_id: string; owner_name: string }>(
    `SELECT a.id, a.question_id, a.title, u.status, to_char(a.due_date, 'YYYY-MM-DD') AS due_date, a.owner_id, o.name AS owner_name
     FROM quality_actions a JOIN staff o ON o.id = a.owner_id
     JOIN LATERAL (SELECT status FROM quality_action_updates WHERE action_id = a.id ORDER BY updated_at DESC, id DESC LIMIT 1) u ON true
     WHERE a.manual_audit_id = $1 AND a.question_id IS NOT NULL
     ORDER BY a.created_at, a.id`,
    [auditId],
  );
  return rows.map((r) => ({ id: r.id, questionId: r.question_id, title: r.title, status: r.status, dueDate: r.due_date, owner: { id: r.owner_id, name: r.owner_name } }));
}

/**
 * One audit with its comparison against the audit of the same person and template just before it.
 * `withActions` is false when the reader may not see quality actions.
 */
export async function readAudit(tx: Tx, id: string, withActions: boolean): Promise<ManualAudit | null> {
  const row = (await tx.query<AuditRow>(`${auditSelect} WHERE m.id = $1`, [id])).rows[0];
  if (!row) return null;
  const previous = (await tx.query<AuditRow>(
    `${auditSelect} WHERE m.person_id = $1 AND m.template_key = $2 AND (m.completed_at, m.id) < ($3, $4)
     ORDER BY m.completed_at DESC, m.id DESC LIMIT 1`,
    [row.person_id, row.template_key, row.completed_at, row.id],
  )).rows[0];
  return {
    ...toSummary(row),
    serviceId: row.service_id,
    template: row.template,
    answers: row.answers,
    summary: row.summary,
    comparison: previous
      ? {
          previous: { id: previous.id, completedAt: previous.completed_at.toISOString(), score: previous.score, planVersion: previous.plan_version, templateVersion: previous.template_version },
          ...compareAudits(previous, row),
        }
      : null,
    actions: withActions ? await actionsFrom(tx, id) : null,
  };
}
