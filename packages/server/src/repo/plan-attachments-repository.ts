// Files attached to a person's plan or its sections: stored in the database with their SHA-256, when and by whom
// they were added; listed, downloaded and added, never changed or removed; each read and addition audited.
import { createHash } from 'node:crypto';
import {
  problemsWithAttachment,
  sanitiseFileName,
  type AttachmentMediaType,
  type AttachmentUploadQuery,
  type PlanAttachment,
} from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { loadPerson, refuseIfClosed } from './care-plan-repository.js';
import { checkSectionKey, contributor, contributorRoleSql, notesResource, planForNotes, requirePlan } from './plan-notes-context.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface AttachmentRow {
  id: string;
  plan_version: number;
  section_key: string | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  description: string | null;
  added_by: string;
  added_by_name: string;
  added_by_role: string | null;
  added_at: Date;
}

// The metadata only: the bytes are read by the download alone, so a list never pulls files out of the database.
const attachmentSelect = `SELECT a.id, a.plan_version, a.section_key, a.file_name, a.media_type, a.size_bytes, a.sha256, a.description,
  a.added_by, s.name AS added_by_name, ${contributorRoleSql('a.added_by', '$2')} AS added_by_role, a.added_at
  FROM care_plan_attachments a JOIN care_plans p ON p.id = a.plan_id JOIN staff s ON s.id = a.added_by
  WHERE p.person_id = $1`;

function toAttachment(row: AttachmentRow): PlanAttachment {
  return {
    id: row.id,
    planVersion: row.plan_version,
    sectionKey: row.section_key,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    description: row.description,
    addedBy: contributor({ id: row.added_by, name: row.added_by_name, role: row.added_by_role }),
    addedAt: row.added_at.toISOString(),
  };
}

async function attachmentsOf(uow: UnitOfWork, personId: string, serviceId: string, attachmentId?: string): Promise<AttachmentRow[]> {
  const { rows } = await uow.tx.query<AttachmentRow>(
    `${attachmentSelect}${attachmentId ? ' AND a.id = $3' : ''} ORDER BY a.added_at DESC, a.id DESC`,
    attachmentId ? [personId, serviceId, attachmentId] : [personId, serviceId],
  );
  return rows;
}

export function listPlanAttachments(repo: RequestRepository, personId: string): Promise<PlanAttachment[]> {
  return repo.run(async (uow) => {
    const action = 'care_plan_attachment.list';
    const person = await loadPerson(uow, personId, action);
    uow.require('read', notesResource('care_plan_attachment', person), { action, resourceId: personId });
    const rows = await attachmentsOf(uow, personId, person.service_id);
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { count: rows.length } });
    return rows.map(toAttachment);
  });
}

export interface NewAttachment extends AttachmentUploadQuery {
  mediaType: AttachmentMediaType;
  bytes: Buffer;
}

export function addPlanAttachment(repo: RequestRepository, personId: string, file: NewAttachment): Promise<PlanAttachment> {
  return repo.run(async (uow) => {
    const action = 'care_plan_attachment.create';
    const person = await loadPerson(uow, personId, action);
    uow.require('create', notesResource('care_plan_attachment', person), { action, resourceId: personId });
    refuseIfClosed(person);
    const plan = requirePlan(await planForNotes(uow, personId), 'file');
    const problems = problemsWithAttachment(file);
    if (problems.length > 0) throw new HttpError('validation', problems[0]?.message, problems);
    checkSectionKey(plan, file.sectionKey);
    const fileName = sanitiseFileName(file.fileName, file.mediaType) ?? 'attachment';
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const { id } = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO care_plan_attachments
         (organisation_id, plan_id, plan_version, section_key, file_name, media_type, size_bytes, sha256, description, content, added_by, added_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [person.organisation_id, plan.planId, plan.version, file.sectionKey, fileName, file.mediaType, file.bytes.length, sha256, file.description, file.bytes, uow.actor.staffId, uow.now],
    ));
    // The file's name and description can name people: the audit keeps only what identifies the file.
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { attachmentId: id, planVersion: plan.version, sizeBytes: file.bytes.length, sha256 } });
    return toAttachment(onlyRow({ rows: await attachmentsOf(uow, personId, person.service_id, id) }));
  });
}

export interface AttachmentDownload {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

export function downloadPlanAttachment(repo: RequestRepository, personId: string, attachmentId: string): Promise<AttachmentDownload> {
  return repo.run(async (uow) => {
    const action = 'care_plan_attachment.read';
    const person = await loadPerson(uow, personId, action);
    uow.require('read', notesResource('care_plan_attachment', person), { action, resourceId: personId });
    const { rows } = await uow.tx.query<{ file_name: string; media_type: string; content: Buffer }>(
      `SELECT a.file_name, a.media_type, a.content FROM care_plan_attachments a JOIN care_plans p ON p.id = a.plan_id
       WHERE p.person_id = $1 AND a.id = $2`,
      [personId, attachmentId],
    );
    const row = rows[0];
    if (!row) throw new HttpError('not_found', 'There is no such file attached to this plan');
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { attachmentId } });
    return { fileName: row.file_name, mediaType: row.media_type, content: row.content };
  });
}
