// Reads training records and competence checks as the API shows them. The caller has checked access and audits.
import {
  staffCompetenceCheckViewSchema,
  staffTrainingRecordViewSchema,
  staffTrainingStatus,
  summariseCompetence,
  summariseObservation,
  withCurrentFlags,
  competenceChecklistBodySchema,
  observationChecklistBodySchema,
  type StaffCompetenceCheckView,
  type StaffTrainingRecordView,
  type StaffTrainingTopic,
} from '@hearth/core';
import type { UnitOfWork } from './request-repository.js';

interface RecordRow {
  id: string;
  staff_id: string;
  topic: StaffTrainingTopic;
  course: string;
  training_provider: string;
  completed_on: string;
  expires_on: string | null;
  rrn_certified: boolean;
  certificate_reference: string | null;
  supersedes: string | null;
  supersede_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

/** Every training record of these members of staff, newest first, replaced ones marked, with their status on `today`. */
export async function trainingRecordsOf(
  uow: Pick<UnitOfWork, 'tx'>,
  staffIds: readonly string[],
  today: string,
): Promise<StaffTrainingRecordView[]> {
  if (staffIds.length === 0) return [];
  const { rows } = await uow.tx.query<RecordRow>(
    `SELECT r.id, r.staff_id, r.topic, r.course, r.training_provider, r.completed_on::text AS completed_on, r.expires_on::text AS expires_on,
            r.rrn_certified, r.certificate_reference, r.supersedes, r.supersede_reason, r.recorded_by, s.name AS recorded_by_name, r.recorded_at
     FROM staff_training_records r JOIN staff s ON s.id = r.recorded_by
     WHERE r.staff_id = ANY($1::uuid[])
     ORDER BY r.recorded_at DESC, r.id DESC`,
    [staffIds],
  );
  return withCurrentFlags(rows).map((r) =>
    staffTrainingRecordViewSchema.parse({
      id: r.id,
      staffId: r.staff_id,
      topic: r.topic,
      course: r.course,
      trainingProvider: r.training_provider,
      completedOn: r.completed_on,
      expiresOn: r.expires_on,
      rrnCertified: r.rrn_certified,
      certificateReference: r.certificate_reference,
      supersedes: r.supersedes,
      supersedeReason: r.supersede_reason,
      supersededBy: r.supersededBy,
      current: r.current,
      status: staffTrainingStatus(r.expires_on, today),
      recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
      recordedAt: r.recorded_at.toISOString(),
    }),
  );
}

interface CheckRow {
  id: string;
  staff_id: string;
  kind: 'competence' | 'observation';
  completed_on: string;
  body: unknown;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

/** A member of staff's competence checklists and observations, newest first. */
export async function competenceChecksOf(uow: Pick<UnitOfWork, 'tx'>, staffId: string): Promise<StaffCompetenceCheckView[]> {
  const { rows } = await uow.tx.query<CheckRow>(
    `SELECT c.id, c.staff_id, c.kind, c.completed_on::text AS completed_on, c.body, c.recorded_by, s.name AS recorded_by_name, c.recorded_at
     FROM staff_competence_checks c JOIN staff s ON s.id = c.recorded_by
     WHERE c.staff_id = $1
     ORDER BY c.completed_on DESC, c.recorded_at DESC, c.id DESC`,
    [staffId],
  );
  return rows.map(checkView);
}

/** Checked when recorded; parsed again to give the body its kind's type and to fail loudly if it was ever altered. */
export function checkView(r: CheckRow): StaffCompetenceCheckView {
  const meta = {
    id: r.id,
    staffId: r.staff_id,
    completedOn: r.completed_on,
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    recordedAt: r.recorded_at.toISOString(),
  };
  if (r.kind === 'competence') {
    const body = competenceChecklistBodySchema.parse(r.body);
    return staffCompetenceCheckViewSchema.parse({
      ...meta,
      kind: 'competence',
      body,
      summary: summariseCompetence(body.answers),
    });
  }
  const body = observationChecklistBodySchema.parse(r.body);
  return staffCompetenceCheckViewSchema.parse({ ...meta, kind: 'observation', body, summary: summariseObservation(body.items) });
}

/** The latest competence checklist and observation of each of these members of staff. */
export async function latestChecksOf(
  uow: Pick<UnitOfWork, 'tx'>,
  staffIds: readonly string[],
): Promise<Map<string, { competence: string | null; observation: string | null }>> {
  const { rows } = await uow.tx.query<{ staff_id: string; kind: 'competence' | 'observation'; latest: string }>(
    `SELECT staff_id, kind, max(completed_on)::text AS latest FROM staff_competence_checks
     WHERE staff_id = ANY($1::uuid[]) GROUP BY staff_id, kind`,
    [staffIds],
  );
  const latest = new Map<string, { competence: string | null; observation: string | null }>();
  for (const r of rows) {
    const entry = latest.get(r.staff_id) ?? { competence: null, observation: null };
    entry[r.kind] = r.latest;
    latest.set(r.staff_id, entry);
  }
  return latest;
}
