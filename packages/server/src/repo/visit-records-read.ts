// Reading visit records from their tables: each record with its addenda and the state of its escalated concerns,
// and escalations with their updates. No access checks or audit here; the repositories decide and record those.
import type { EscalationUpdate, EscalationUpdateStatus, VisitEscalation, VisitRecord, VisitRecordContent, VisitRecordKind } from '@hearth/core';
import type { Tx } from '../db/transaction.js';

export interface VisitRecordRow {
  id: string;
  client_id: string;
  person_id: string;
  service_id: string;
  kind: VisitRecordKind;
  visit_label: string | null;
  planned_for: Date | null;
  arrived_at: Date;
  left_at: Date | null;
  plan_version: number | null;
  content: VisitRecordContent;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

const recordSelect = `SELECT r.id, r.client_id, r.person_id, r.service_id, r.kind, r.visit_label, r.planned_for, r.arrived_at, r.left_at,
    r.plan_version, r.content, r.recorded_by, s.name AS recorded_by_name, r.recorded_at
  FROM visit_records r JOIN staff s ON s.id = r.recorded_by`;

/** At most this many records in one list; the newest come first, so the cut falls on the oldest. */
export const recordListLimit = 300;

export async function recordRowById(tx: Tx, id: string): Promise<VisitRecordRow | null> {
  return (await tx.query<VisitRecordRow>(`${recordSelect} WHERE r.id = $1`, [id])).rows[0] ?? null;
}

export async function recordRowByClientId(tx: Tx, clientId: string): Promise<VisitRecordRow | null> {
  return (await tx.query<VisitRecordRow>(`${recordSelect} WHERE r.client_id = $1`, [clientId])).rows[0] ?? null;
}

/** Records of a person whose arrival falls in [from, to), newest first. */
export async function readPersonRecords(tx: Tx, personId: string, from: Date, to: Date): Promise<VisitRecord[]> {
  const { rows } = await tx.query<VisitRecordRow>(
    `${recordSelect} WHERE r.person_id = $1 AND r.arrived_at >= $2 AND r.arrived_at < $3 ORDER BY r.arrived_at DESC, r.recorded_at DESC, r.id LIMIT ${recordListLimit}`,
    [personId, from, to],
  );
  return withDetails(tx, rows);
}

export async function readRecord(tx: Tx, id: string): Promise<VisitRecord | null> {
  const row = await recordRowById(tx, id);
  return row ? ((await withDetails(tx, [row]))[0] ?? null) : null;
}

/** Adds each record's addenda (oldest first) and escalations (in the order the concerns were written). */
async function withDetails(tx: Tx, rows: VisitRecordRow[]): Promise<VisitRecord[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const addenda = await tx.query<{ id: string; record_id: string; body: string; author_id: string; author_name: string; created_at: Date }>(
    `SELECT a.id, a.record_id, a.body, a.author_id, s.name AS author_name, a.created_at
     FROM visit_record_addenda a JOIN staff s ON s.id = a.author_id WHERE a.record_id = ANY($1::uuid[]) ORDER BY a.created_at, a.id`,
    [ids],
  );
  const escalations = await tx.query<{ id: string; record_id: string; concern: string; raised_at: Date; status: EscalationUpdateStatusOrNull }>(
    `SELECT e.id, e.record_id, e.concern, e.raised_at, u.status
     FROM visit_escalations e
     LEFT JOIN LATERAL (SELECT status FROM visit_escalation_updates WHERE escalation_id = e.id ORDER BY updated_at DESC, id DESC LIMIT 1) u ON true
     WHERE e.record_id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((r) => {
    const concernOrder = (text: string) => r.content.concerns.findIndex((c) => c.text === text);
    return {
      id: r.id,
      clientId: r.client_id,
      personId: r.person_id,
      serviceId: r.service_id,
      kind: r.kind,
      visitLabel: r.visit_label,
      plannedFor: r.planned_for?.toISOString() ?? null,
      arrivedAt: r.arrived_at.toISOString(),
      leftAt: r.left_at?.toISOString() ?? null,
      planVersion: r.plan_version,
      content: r.content,
      recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
      recordedAt: r.recorded_at.toISOString(),
      addenda: addenda.rows.filter((a) => a.record_id === r.id).map((a) => ({
        id: a.id, body: a.body, author: { id: a.author_id, name: a.author_name }, createdAt: a.created_at.toISOString(),
      })),
      escalations: escalations.rows
        .filter((e) => e.record_id === r.id)
        .sort((a, b) => concernOrder(a.concern) - concernOrder(b.concern))
        .map((e) => ({ id: e.id, concern: e.concern, status: e.status ?? 'open', raisedAt: e.raised_at.toISOString() })),
    };
  });
}

type EscalationUpdateStatusOrNull = EscalationUpdateStatus | null;

interface EscalationRow {
  id: string;
  record_id: string;
  service_id: string;
  service_name: string;
  person_id: string;
  legal_name: string;
  preferred_name: string | null;
  concern: string;
  raised_by: string;
  raised_by_name: string;
  raised_at: Date;
}

const escalationSelect = `SELECT e.id, e.record_id, e.service_id, sv.name AS service_name, e.person_id, p.legal_name, p.preferred_name,
    e.concern, e.raised_by, rb.name AS raised_by_name, e.raised_at
  FROM visit_escalations e JOIN services sv ON sv.id = e.service_id JOIN people p ON p.id = e.person_id JOIN staff rb ON rb.id = e.raised_by`;

/** At most this many escalations in one list. */
export const escalationListLimit = 300;

/** Escalations of the services given (all the organisation's when null): open first, then acknowledged, then resolved; newest raised first in each. */
export async function readEscalations(tx: Tx, q: { serviceIds: string[] | null; openOnly: boolean }): Promise<VisitEscalation[]> {
  const { rows } = await tx.query<EscalationRow>(
    `${escalationSelect}
     LEFT JOIN LATERAL (SELECT status FROM visit_escalation_updates WHERE escalation_id = e.id ORDER BY updated_at DESC, id DESC LIMIT 1) st ON true
     WHERE ($1::uuid[] IS NULL OR e.service_id = ANY($1::uuid[])) AND (NOT $2 OR st.status IS DISTINCT FROM 'resolved')
     ORDER BY CASE st.status WHEN 'acknowledged' THEN 1 WHEN 'resolved' THEN 2 ELSE 0 END, e.raised_at DESC, e.id LIMIT ${escalationListLimit}`,
    [q.serviceIds, q.openOnly],
  );
  return withHistory(tx, rows);
}

export async function readEscalation(tx: Tx, id: string): Promise<VisitEscalation | null> {
  const { rows } = await tx.query<EscalationRow>(`${escalationSelect} WHERE e.id = $1`, [id]);
  return (await withHistory(tx, rows))[0] ?? null;
}

async function withHistory(tx: Tx, rows: EscalationRow[]): Promise<VisitEscalation[]> {
  if (rows.length === 0) return [];
  const updates = await tx.query<{ id: string; escalation_id: string; status: EscalationUpdate['status']; note: string | null; updated_by: string; updated_by_name: string; updated_at: Date }>(
    `SELECT u.id, u.escalation_id, u.status, u.note, u.updated_by, s.name AS updated_by_name, u.updated_at
     FROM visit_escalation_updates u JOIN staff s ON s.id = u.updated_by WHERE u.escalation_id = ANY($1::uuid[]) ORDER BY u.updated_at DESC, u.id DESC`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => {
    const history = updates.rows.filter((u) => u.escalation_id === r.id).map((u) => ({
      id: u.id, status: u.status, note: u.note, updatedBy: { id: u.updated_by, name: u.updated_by_name }, updatedAt: u.updated_at.toISOString(),
    }));
    return {
      id: r.id,
      recordId: r.record_id,
      serviceId: r.service_id,
      serviceName: r.service_name,
      person: { id: r.person_id, legalName: r.legal_name, preferredName: r.preferred_name },
      concern: r.concern,
      raisedBy: { id: r.raised_by, name: r.raised_by_name },
      raisedAt: r.raised_at.toISOString(),
      status: history[0]?.status ?? 'open',
      latestUpdateId: history[0]?.id ?? null,
      history,
    };
  });
}
