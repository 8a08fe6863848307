// Comments on a person's plan and its sections, and the files attached to it.
import type { AttachmentMediaType, NewPlanComment, PlanAttachment, PlanComment } from '@hearth/core';
import { request } from './client';

const planPath = (personId: string) => `/api/people/${encodeURIComponent(personId)}/care-plan`;

export const listPlanComments = (personId: string) => request<PlanComment[]>('GET', `${planPath(personId)}/comments`);

export const addPlanComment = (personId: string, body: NewPlanComment) =>
  request<PlanComment>('POST', `${planPath(personId)}/comments`, { body });

export const listPlanAttachments = (personId: string) => request<PlanAttachment[]>('GET', `${planPath(personId)}/attachments`);

export interface AttachmentUpload {
  file: Blob;
  mediaType: AttachmentMediaType;
  fileName: string;
  sectionKey: string | null;
  description: string | null;
}

/** The file is the body; its name, section and description go in the query string. */
export function uploadPlanAttachment(personId: string, upload: AttachmentUpload) {
  const query = new URLSearchParams({ fileName: upload.fileName });
  if (upload.sectionKey !== null) query.set('sectionKey', upload.sectionKey);
  if (upload.description !== null) query.set('description', upload.description);
  return request<PlanAttachment>('POST', `${planPath(personId)}/attachments?${query.toString()}`, {
    file: { data: upload.file, type: upload.mediaType },
  });
}

export const attachmentDownloadPath = (personId: string, attachmentId: string) =>
  `${planPath(personId)}/attachments/${encodeURIComponent(attachmentId)}`;
