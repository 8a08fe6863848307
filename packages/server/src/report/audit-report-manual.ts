// The manual audits of a service for its audit report: each audit's plan, template, score and answers counted.
// Read straight from the table; the caller has checked the reader may see the service's manual audits.
import { countAnswers, auditAnswerSchema } from '@hearth/core';
import { z } from 'zod';
import type { Tx } from '../db/transaction.js';
import { manualAuditLimit, type AuditReportManualAudit } from './audit-report-model.js';

interface Row {
  legal_name: string;
  preferred_name: string | null;
  plan_version: number;
  title: unknown;
  score: number | null;
  answers: unknown;
  auditor: string;
  completed_at: string;
}

/** Stored answers were checked when saved; parsing again gives them their type and fails loudly if altered. */
const storedAnswers = z.array(auditAnswerSchema.pick({ answer: true }));

export async function readManualAudits(tx: Tx, serviceId: string): Promise<AuditReportManualAudit[]> {
  const { rows } = await tx.query<Row>(
    `SELECT p.legal_name, p.preferred_name, m.plan_version, m.template->'title' AS title, m.score::float8 AS score, m.answers,
            s.name AS auditor, to_char(m.completed_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD HH24:MI') AS completed_at
     FROM manual_audits m JOIN people p ON p.id = m.person_id JOIN staff s ON s.id = m.auditor_id
     WHERE m.service_id = $1
     ORDER BY m.completed_at DESC, m.id
     LIMIT ${manualAuditLimit}`,
    [serviceId],
  );
  return rows.map((r) => {
    const counts = countAnswers(storedAnswers.parse(r.answers));
    return {
      personName: r.preferred_name && r.preferred_name !== r.legal_name ? `${r.legal_name} (${r.preferred_name})` : r.legal_name,
      planVersion: r.plan_version,
      templateTitle: typeof r.title === 'string' ? r.title : 'Manual audit',
      score: r.score,
      answers: { yes: counts.yes, partly: counts.partly, no: counts.no, notApplicable: counts.not_applicable },
      auditorName: r.auditor,
      completedAt: r.completed_at,
    };
  });
}
