// Subject access for requests: make the export of everything held about a person (one zip, kept exactly as made,
// with its checksum) and download an export again. Both checked by the policy and audited by the person's id.
import { subjectAccessBundle, type RecordExport, type ResourceKind } from '@hearth/core';
import { createHash } from 'node:crypto';
import { onlyRow } from '../db/rows.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';
import { readWholeRecord } from './subject-access-read.js';
import { zipBundle } from './subject-access-zip.js';

/** What the export reads: an actor who may make it must be able to read every part, or it would not be whole. */
const partsRead: ResourceKind[] = [
  'person',
  'person_history',
  'care_plan',
  'care_plan_comment',
  'care_plan_attachment',
  'communication_needs',
  'information_choices',
  'visit_record',
  'visit_escalation',
  'plan_audit',
  'manual_audit',
  'quality_action',
  'person_contact',
  'sharing_decision',
  'contact_entry',
  'data_request',
  'planned_visit',
  'capacity_assessment',
  'best_interests_decision',
  'capacity_record',
  'behaviour_support_plan',
  'behaviour_record',
  'restrictive_intervention',
  'pal_assessment',
  'audit_log',
];

interface PersonRow {
  organisation_id: string;
  service_id: string;
  legal_name: string;
}

interface ExportRow {
  id: string;
  purpose: RecordExport['purpose'];
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  created_at: Date;
}

const exportOf = (r: ExportRow): RecordExport => ({
  id: r.id,
  purpose: r.purpose,
  fileName: r.file_name,
  mediaType: r.media_type,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  createdAt: r.created_at.toISOString(),
});

async function loadPerson(uow: UnitOfWork, personId: string, action: string): Promise<PersonRow> {
  const row = (
    await uow.tx.query<PersonRow>('SELECT organisation_id, service_id, legal_name FROM people WHERE id = $1', [personId])
  ).rows[0];
  if (!row) uow.notFound({ action, resourceType: 'person', resourceId: personId });
  return row;
}

export function createSubjectAccessExport(repo: RequestRepository, personId: string): Promise<RecordExport> {
  const action = 'record_export.create';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    const resource = { organisationId: person.organisation_id, serviceId: person.service_id };
    uow.require('create', { kind: 'record_export', ...resource }, { action, resourceId: personId });
    for (const kind of partsRead) uow.require('read', { kind, ...resource }, { action, resourceId: personId });
    const organisation = onlyRow(
      await uow.tx.query<{ name: string }>('SELECT name FROM organisations WHERE id = $1', [person.organisation_id]),
    );
    const generatedBy = onlyRow(
      await uow.tx.query<{ id: string; name: string }>('SELECT id, name FROM staff WHERE id = $1', [uow.actor.staffId]),
    );
    const exportId = onlyRow(await uow.tx.query<{ id: string }>('SELECT gen_random_uuid() AS id')).id;
    const files = subjectAccessBundle({
      exportId,
      generatedAt: uow.now.toISOString(),
      generatedBy,
      organisationName: organisation.name,
      personName: person.legal_name,
      // How to get into the home and the key safe code go only to staff working in the person's service.
      ...(await readWholeRecord(uow, personId, uow.allows('read', { kind: 'person_access_details', ...resource }))),
    });
    const bytes = zipBundle(files, uow.now);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileName = `subject-access-${uow.now.toISOString().slice(0, 10)}-${exportId.slice(0, 8)}.zip`;
    const row = onlyRow(
      await uow.tx.query<ExportRow>(
        `INSERT INTO record_exports (id, organisation_id, purpose, data_request_id, person_ids, file_name, media_type, bytes, sha256, created_by, created_at)
       VALUES ($1, $2, 'subject_access', NULL, ARRAY[$3]::uuid[], $4, 'application/zip', $5, $6, $7, $8)
       RETURNING id, purpose, file_name, media_type, octet_length(bytes) AS size_bytes, sha256, created_at`,
        [exportId, person.organisation_id, personId, fileName, bytes, sha256, uow.actor.staffId, uow.now],
      ),
    );
    // The person's id, never their name: the audit log is itself part of what a later export discloses.
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { exportId, purpose: 'subject_access', sizeBytes: row.size_bytes, sha256, files: files.length },
    });
    return exportOf(row);
  });
}

interface StoredExport extends ExportRow {
  person_ids: string[];
  data_request_id: string | null;
  bytes: Buffer;
}

/** The service an export belongs to, for access: its data request's service, or the service of the person it is about. */
async function serviceOfExport(uow: UnitOfWork, row: StoredExport): Promise<string | null> {
  const sql =
    row.data_request_id === null
      ? 'SELECT service_id FROM people WHERE id = $1'
      : 'SELECT service_id FROM data_requests WHERE id = $1';
  const found = await uow.tx.query<{ service_id: string }>(sql, [row.data_request_id ?? row.person_ids[0]]);
  return found.rows[0]?.service_id ?? null;
}

async function loadExport(uow: UnitOfWork, id: string, action: string): Promise<StoredExport> {
  const row = (
    await uow.tx.query<StoredExport>(
      `SELECT id, purpose, data_request_id, person_ids::text[] AS person_ids, file_name, media_type, octet_length(bytes) AS size_bytes,
            sha256, bytes, created_at
     FROM record_exports WHERE id = $1`,
      [id],
    )
  ).rows[0];
  if (!row) uow.notFound({ action, resourceType: 'record_export', resourceId: id });
  return row;
}

export function downloadRecordExport(repo: RequestRepository, id: string): Promise<RecordExport & { bytes: Buffer }> {
  const action = 'record_export.download';
  return repo.run(async (uow) => {
    const row = await loadExport(uow, id, action);
    const serviceId = await serviceOfExport(uow, row);
    uow.require(
      'read',
      { kind: 'record_export', organisationId: uow.actor.organisationId, serviceId },
      { action, resourceId: id },
    );
    await uow.audit({
      action,
      resourceType: 'record_export',
      resourceId: id,
      detail: { purpose: row.purpose, personIds: row.person_ids, dataRequestId: row.data_request_id, sha256: row.sha256 },
    });
    return { ...exportOf(row), bytes: row.bytes };
  });
}
