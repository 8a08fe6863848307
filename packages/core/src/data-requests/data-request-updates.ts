// How a data request is closed: answered (by an export bundle, or another way with a note), declined with a reason,
// or withdrawn by the requester. A request's state is its newest update; every closing status is final.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { optionalText } from '../schemas/common.js';

export const dataRequestStatuses = ['open', 'answered', 'declined', 'withdrawn'] as const;
export type DataRequestStatus = (typeof dataRequestStatuses)[number];
export const dataRequestClosingStatuses = ['answered', 'declined', 'withdrawn'] as const;
export type DataRequestClosingStatus = (typeof dataRequestClosingStatuses)[number];

export const dataRequestStatusLabels: Record<DataRequestStatus, string> = {
  open: 'Open',
  answered: 'Answered',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const isFinalDataRequestStatus = (status: DataRequestStatus): boolean => status !== 'open';

/**
 * How a request was answered: an export bundle made for the request; another way (by phone, at a meeting) said in
 * the note; or a time-limited, read-only access grant for the named officer, made only through the grant itself
 * (POST /api/data-requests/:id/grants), which records the answer in the same transaction.
 */
export const dataRequestAnswerMethods = ['export', 'other', 'access_grant'] as const;
export type DataRequestAnswerMethod = (typeof dataRequestAnswerMethods)[number];

export const updateDataRequestBodySchema = z
  .object({
    status: z.enum(dataRequestClosingStatuses, { error: 'Choose answered, declined or withdrawn' }),
    method: z.enum(dataRequestAnswerMethods, { error: 'Choose how the request was answered' }).nullish().transform((v) => v ?? null),
    exportId: z.uuid({ error: 'Choose the export bundle that was sent' }).nullish().transform((v) => v ?? null),
    note: optionalText(4000, 'the note'),
    latestUpdateId: z.uuid({ error: 'Reload the request and try again' }),
  })
  .superRefine((body, ctx) => {
    for (const e of updateFieldErrors(body)) ctx.addIssue({ code: 'custom', path: [e.field], message: e.message });
  });
export type UpdateDataRequestBody = z.infer<typeof updateDataRequestBodySchema>;

/** What each closing status needs, so the history always says how or why. */
function updateFieldErrors(body: { status: DataRequestClosingStatus; method: DataRequestAnswerMethod | null; exportId: string | null; note: string | null }): FieldError[] {
  switch (body.status) {
    case 'answered':
      if (body.method === null) return [{ field: 'method', message: 'Choose how the request was answered' }];
      if (body.method === 'access_grant') return [{ field: 'method', message: 'Answer with an access grant from the request’s page: giving the officer access records the answer' }];
      if (body.method === 'export' && body.exportId === null) return [{ field: 'exportId', message: 'Choose the export bundle that was sent' }];
      if (body.method === 'other' && body.note === null) return [{ field: 'note', message: 'Say how the request was answered, for example by phone and what was shared' }];
      if (body.method === 'other' && body.exportId !== null) return [{ field: 'exportId', message: 'An export bundle is sent only when answering by export' }];
      return [];
    case 'declined':
      return body.note === null ? [{ field: 'note', message: 'Say why the request was declined' }] : [];
    case 'withdrawn':
      return body.method !== null || body.exportId !== null ? [{ field: 'method', message: 'A withdrawn request was not answered, so leave how it was answered empty' }] : [];
  }
}

/** What is stored with each update: how it was answered, the bundle sent or the access grant given, and the note. */
export const dataRequestUpdateDetailSchema = z.object({
  method: z.enum(dataRequestAnswerMethods).nullable(),
  exportId: z.uuid().nullable(),
  grantId: z.uuid().nullable().optional(),
  note: z.string().nullable(),
});
export type DataRequestUpdateDetail = z.infer<typeof dataRequestUpdateDetailSchema>;

/** Why an update may not be made, or null: a request answered, declined or withdrawn is final. */
export function dataRequestUpdateRefusal(from: DataRequestStatus): string | null {
  return isFinalDataRequestStatus(from) ? `This request is ${dataRequestStatusLabels[from].toLowerCase()} and cannot be changed; log a new request if more is asked` : null;
}
