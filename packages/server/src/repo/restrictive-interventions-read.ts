// Reading restrictive interventions and their debriefs from their tables, as the API shows them. No access checks or
// audit here: the repositories decide and record those.
import {
  restrictiveInterventionCurrentOf,
  isRestrictiveInterventionDebriefInTime,
  restrictiveInterventionDebriefDueBy,
  restrictiveInterventionDebriefStatus,
  restrictiveInterventionDebriefViewSchema,
  restrictiveInterventionViewSchema,
  type RestrictiveInterventionAbcChoice,
  type RestrictiveInterventionDebriefView,
  type RestrictiveInterventionKind,
  type RestrictiveInterventionPlanAnswer,
  type RestrictiveInterventionView,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';

export interface InterventionRow {
  id: string;
  client_id: string;
  person_id: string;
  service_id: string;
  service_name: string;
  kind: RestrictiveInterventionKind;
  started_at: Date;
  duration_minutes: number;
  followed_plan: RestrictiveInterventionPlanAnswer;
  abc_record_id: string | null;
  body: unknown;
  supersedes: string | null;
  supersede_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

interface DebriefRow {
  id: string;
  intervention_id: string;
  with_whom: 'person' | 'staff';
  held_on: string;
  body: unknown;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

const interventionSelect = `SELECT r.id, r.client_id, r.person_id, r.service_id, sv.name AS service_name, r.kind, r.started_at,
    r.duration_minutes, r.followed_plan, r.abc_record_id, r.body, r.supersedes, r.supersede_reason, r.recorded_by,
    s.name AS recorded_by_name, r.recorded_at
  FROM restrictive_interventions r JOIN staff s ON s.id = r.recorded_by JOIN services sv ON sv.id = r.service_id`;

export async function interventionRowByClientId(tx: Tx, clientId: string): Promise<InterventionRow | null> {
  return (await tx.query<InterventionRow>(`${interventionSelect} WHERE r.client_id = $1`, [clientId])).rows[0] ?? null;
}

/** Every record of the person, newest start first (the newest recorded first within one start). */
export async function interventionRowsOf(tx: Tx, personId: string): Promise<InterventionRow[]> {
  const { rows } = await tx.query<InterventionRow>(
    `${interventionSelect} WHERE r.person_id = $1 ORDER BY r.started_at DESC, r.recorded_at DESC, r.id DESC`,
    [personId],
  );
  return rows;
}

async function debriefRowsOf(tx: Tx, interventionIds: readonly string[]): Promise<DebriefRow[]> {
  if (interventionIds.length === 0) return [];
  const { rows } = await tx.query<DebriefRow>(
    `SELECT d.id, d.intervention_id, d.with_whom, to_char(d.held_on, 'YYYY-MM-DD') AS held_on, d.body, d.recorded_by,
       s.name AS recorded_by_name, d.recorded_at
     FROM restrictive_intervention_debriefs d JOIN staff s ON s.id = d.recorded_by
     WHERE d.intervention_id = ANY($1::uuid[]) ORDER BY d.held_on, d.recorded_at, d.id`,
    [interventionIds],
  );
  return rows;
}

export interface PersonRegisterRows {
  views: RestrictiveInterventionView[];
  debriefs: { interventionId: string; withWhom: 'person' | 'staff'; heldOn: string }[];
}

/**
 * The person's records as the API shows them: replaced ones marked, and the current record of each chain carrying
 * the debriefs of every version of it, judged against its own start.
 */
export async function personInterventionViews(tx: Tx, personId: string, now: Date): Promise<PersonRegisterRows> {
  const rows = await interventionRowsOf(tx, personId);
  const debriefRows = await debriefRowsOf(
    tx,
    rows.map((r) => r.id),
  );
  const current = restrictiveInterventionCurrentOf(rows.map((r) => ({ id: r.id, supersedes: r.supersedes })));
  const replacedBy = new Map(rows.flatMap((r) => (r.supersedes === null ? [] : [[r.supersedes, r.id] as const])));
  const views = rows.map((row) => {
    const startedAt = row.started_at.toISOString();
    const isCurrent = current.get(row.id) === row.id;
    const own = debriefRows.filter((d) => (isCurrent ? current.get(d.intervention_id) === row.id : d.intervention_id === row.id));
    const debriefs = own.map((d) => debriefView(d, startedAt));
    const held = (withWhom: 'person' | 'staff') => debriefs.filter((d) => d.withWhom === withWhom).map((d) => d.heldOn);
    // Checked when recorded; parsed again to fail loudly if a stored body was ever altered.
    return restrictiveInterventionViewSchema.parse({
      id: row.id,
      clientId: row.client_id,
      personId: row.person_id,
      serviceId: row.service_id,
      serviceName: row.service_name,
      kind: row.kind,
      startedAt,
      durationMinutes: row.duration_minutes,
      followedPlan: row.followed_plan,
      abcRecordId: row.abc_record_id,
      body: row.body,
      supersedes: row.supersedes,
      supersedeReason: row.supersede_reason,
      supersededBy: replacedBy.get(row.id) ?? null,
      current: isCurrent,
      recordedBy: { id: row.recorded_by, name: row.recorded_by_name },
      recordedAt: row.recorded_at.toISOString(),
      debriefs,
      debriefDueBy: restrictiveInterventionDebriefDueBy(startedAt).toISOString(),
      debriefStatus: {
        person: restrictiveInterventionDebriefStatus(startedAt, held('person'), now),
        staff: restrictiveInterventionDebriefStatus(startedAt, held('staff'), now),
      },
    });
  });
  return {
    views,
    debriefs: debriefRows.map((d) => ({ interventionId: d.intervention_id, withWhom: d.with_whom, heldOn: d.held_on })),
  };
}

function debriefView(d: DebriefRow, startedAt: string): RestrictiveInterventionDebriefView {
  return restrictiveInterventionDebriefViewSchema.parse({
    id: d.id,
    interventionId: d.intervention_id,
    withWhom: d.with_whom,
    heldOn: d.held_on,
    body: d.body,
    heldInTime: isRestrictiveInterventionDebriefInTime(startedAt, d.held_on),
    recordedBy: { id: d.recorded_by, name: d.recorded_by_name },
    recordedAt: d.recorded_at.toISOString(),
  });
}

/** The person's current ABC records of the last 90 days, newest first, for linking a use to the incident. */
export async function abcChoicesOf(tx: Tx, personId: string, now: Date): Promise<RestrictiveInterventionAbcChoice[]> {
  const { rows } = await tx.query<{ id: string; occurred_at: Date; behaviour: string; restrictive_intervention_used: boolean }>(
    `SELECT a.id, a.occurred_at, a.behaviour, a.restrictive_intervention_used FROM abc_records a
     WHERE a.person_id = $1 AND a.occurred_at >= $2
       AND NOT EXISTS (SELECT 1 FROM abc_records later WHERE later.supersedes = a.id)
     ORDER BY a.occurred_at DESC LIMIT 100`,
    [personId, new Date(now.getTime() - 90 * 86_400_000)],
  );
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    behaviour: r.behaviour,
    restrictiveInterventionUsed: r.restrictive_intervention_used,
  }));
}
