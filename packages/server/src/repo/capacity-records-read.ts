// Reads a person's capacity records (powers of attorney, advance decisions, liberty safeguards, IMCA, consent,
// advance care plans, ReSPECT / DNACPR) as the API shows them. The caller has checked access and writes the audit.
import {
  capacityRecordViewSchema,
  currentRecordsOfKind,
  resuscitationSummary,
  withCurrentFlags,
  type CapacityRecordKind,
  type CapacityRecordView,
  type CapacityRecordViewOf,
  type ResuscitationSummary,
} from '@hearth/core';
import type { UnitOfWork } from './request-repository.js';

interface RecordRow {
  id: string;
  kind: CapacityRecordKind;
  body: unknown;
  supersedes: string | null;
  supersede_reason: string | null;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

/**
 * Every record of the person, newest first, replaced ones marked; `kinds` narrows the read. A replacement is always
 * of the same kind, so reading some kinds still marks each of them correctly.
 */
export async function capacityRecordsOf(
  uow: Pick<UnitOfWork, 'tx'>,
  personId: string,
  kinds?: readonly CapacityRecordKind[],
): Promise<CapacityRecordView[]> {
  const { rows } = await uow.tx.query<RecordRow>(
    `SELECT r.id, r.kind, r.body, r.supersedes, r.supersede_reason, r.recorded_by, s.name AS recorded_by_name, r.recorded_at
     FROM capacity_records r JOIN staff s ON s.id = r.recorded_by
     WHERE r.person_id = $1 AND ($2::text[] IS NULL OR r.kind = ANY($2::text[]))
     ORDER BY r.recorded_at DESC, r.id DESC`,
    [personId, kinds ?? null],
  );
  return withCurrentFlags(rows.map((r) => ({ id: r.id, supersedes: r.supersedes, row: r }))).map(
    ({ row, supersededBy, current }) =>
      // Checked when recorded; parsed again to give the body its kind's type and to fail loudly if it was ever altered.
      capacityRecordViewSchema.parse({
        id: row.id,
        kind: row.kind,
        body: row.body,
        supersedes: row.supersedes,
        supersedeReason: row.supersede_reason,
        supersededBy,
        current,
        recordedBy: { id: row.recorded_by, name: row.recorded_by_name },
        recordedAt: row.recorded_at.toISOString(),
      }),
  );
}

/** The person's current records of one kind, newest first: for rules that rest on them (sharing, consent, audits). */
export async function currentCapacityRecordsOf<K extends CapacityRecordKind>(
  uow: Pick<UnitOfWork, 'tx'>,
  personId: string,
  kind: K,
): Promise<CapacityRecordViewOf<K>[]> {
  return currentRecordsOfKind(await capacityRecordsOf(uow, personId, [kind]), kind);
}

/** The ReSPECT / DNACPR summary of the person, or null when none is recorded. */
export async function resuscitationSummaryOf(
  uow: Pick<UnitOfWork, 'tx'>,
  personId: string,
  today: string,
): Promise<ResuscitationSummary | null> {
  return resuscitationSummary(await capacityRecordsOf(uow, personId, ['resuscitation']), today);
}
