// Reads ABC records as the API shows them: every record of a person with replaced ones marked, or one row by its
// id or the phone's client id. The caller has checked access and writes the audit.
import { abcRecordViewSchema, newestAbcFirst, withCurrentFlags, type AbcRecordView } from '@hearth/core';
import type { Tx } from '../db/transaction.js';

export interface AbcRecordRow {
  id: string;
  client_id: string;
  person_id: string;
  service_id: string;
  occurred_at: Date;
  behaviour: string;
  intensity: number;
  duration_minutes: number;
  restrictive_intervention_used: boolean;
  body: Record<string, unknown>;
  supersedes: string | null;
  supersede_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

const columns = `r.id, r.client_id, r.person_id, r.service_id, r.occurred_at, r.behaviour, r.intensity, r.duration_minutes,
  r.restrictive_intervention_used, r.body, r.supersedes, r.supersede_reason, r.recorded_by, s.name AS recorded_by_name, r.recorded_at`;
const from = 'abc_records r JOIN staff s ON s.id = r.recorded_by';

/** Every record of the person, newest first, each marked with the record that replaced it (if any). */
export async function abcRecordsOf(tx: Tx, personId: string): Promise<AbcRecordView[]> {
  const { rows } = await tx.query<AbcRecordRow>(`SELECT ${columns} FROM ${from} WHERE r.person_id = $1`, [personId]);
  const flagged = withCurrentFlags(rows.map((row) => ({ id: row.id, supersedes: row.supersedes, row })));
  return newestAbcFirst(flagged.map(({ row, supersededBy, current }) => viewOf(row, supersededBy, current)));
}

export async function abcRecordRowByClientId(tx: Tx, clientId: string): Promise<AbcRecordRow | null> {
  const { rows } = await tx.query<AbcRecordRow>(`SELECT ${columns} FROM ${from} WHERE r.client_id = $1`, [clientId]);
  return rows[0] ?? null;
}

export async function abcRecordRowById(tx: Tx, id: string): Promise<AbcRecordRow | null> {
  const { rows } = await tx.query<AbcRecordRow>(`SELECT ${columns} FROM ${from} WHERE r.id = $1`, [id]);
  return rows[0] ?? null;
}

/** Checked when recorded; parsed again to give the body its type and to fail loudly if it was ever altered. */
function viewOf(row: AbcRecordRow, supersededBy: string | null, current: boolean): AbcRecordView {
  return abcRecordViewSchema.parse({
    ...row.body,
    id: row.id,
    clientId: row.client_id,
    personId: row.person_id,
    serviceId: row.service_id,
    occurredAt: row.occurred_at.toISOString(),
    behaviour: row.behaviour,
    intensity: row.intensity,
    durationMinutes: row.duration_minutes,
    restrictiveInterventionUsed: row.restrictive_intervention_used,
    supersedes: row.supersedes,
    supersedeReason: row.supersede_reason,
    supersededBy,
    current,
    recordedBy: { id: row.recorded_by, name: row.recorded_by_name },
    recordedAt: row.recorded_at.toISOString(),
  });
}
