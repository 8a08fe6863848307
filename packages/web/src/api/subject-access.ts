// Subject access: make the export of everything held about a person, and the address to download it from.
import type { RecordExport } from '@hearth/core';
import { request } from './client';

export const createSubjectAccessExport = (personId: string) =>
  request<RecordExport>('POST', `/api/people/${encodeURIComponent(personId)}/subject-access-exports`);

export const recordExportFilePath = (exportId: string) => `/api/record-exports/${encodeURIComponent(exportId)}/file`;
