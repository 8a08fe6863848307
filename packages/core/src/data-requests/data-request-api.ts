// The shapes of data requests over HTTP: lists, one request with its history and exports, and the deadline report.
import { z } from 'zod';
import { isoDateSchema } from '../schemas/common.js';
import { dataRequestAnswerMethods, dataRequestStatuses } from './data-request-updates.js';
import { requesterRoles } from './data-request-body.js';
import { timeLeftStates } from './deadlines.js';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const dataRequestFilters = ['open', 'closed', 'all'] as const;
export type DataRequestFilter = (typeof dataRequestFilters)[number];

export const dataRequestListQuerySchema = z.object({
  status: z.enum(dataRequestFilters, { error: 'Choose open, closed or all' }).optional(),
  serviceId: z.uuid({ error: 'Choose a service from the list' }).optional(),
});
export type DataRequestListQuery = z.infer<typeof dataRequestListQuerySchema>;

export const dataRequestTimeLeftSchema = z.object({
  state: z.enum(timeLeftStates),
  minutesLeft: z.number().int(),
  minutesOverdue: z.number().int(),
});

export const dataRequestSummarySchema = z.object({
  id: z.uuid(),
  serviceId: z.uuid(),
  serviceName: z.string(),
  requester: z.object({
    name: z.string(),
    organisation: z.string(),
    role: z.enum(requesterRoles),
    email: z.string(),
    phone: z.string().nullable(),
  }),
  peopleCount: z.number().int(),
  whatAsked: z.string(),
  receivedAt: z.string(),
  dueAt: z.string(),
  status: z.enum(dataRequestStatuses),
  /** While open: how long is left, judged at `now` in the answer. Null once closed. */
  timeLeft: dataRequestTimeLeftSchema.nullable(),
  /** When it was answered, declined or withdrawn. */
  closedAt: z.string().nullable(),
  /** Minutes from receipt to the answer or the refusal; null while open or when withdrawn. */
  responseMinutes: z.number().int().nullable(),
  /** Whether that response came by the deadline; null while open or when withdrawn. */
  respondedInTime: z.boolean().nullable(),
  latestUpdateId: z.uuid(),
  createdAt: z.string(),
});
export type DataRequestSummary = z.infer<typeof dataRequestSummarySchema>;

export const dataRequestListSchema = z.object({
  /** The instant time left was judged at. */
  now: z.string(),
  /** Open ones first, soonest due first; then closed ones, most recently closed first. */
  requests: z.array(dataRequestSummarySchema),
});
export type DataRequestList = z.infer<typeof dataRequestListSchema>;

export const dataRequestUpdateSchema = z.object({
  id: z.uuid(),
  status: z.enum(dataRequestStatuses),
  method: z.enum(dataRequestAnswerMethods).nullable(),
  exportId: z.uuid().nullable(),
  /** The access grant that answered the request, when answered by one. */
  grantId: z.uuid().nullable(),
  note: z.string().nullable(),
  updatedBy: staffRefSchema,
  updatedAt: z.string(),
});
export type DataRequestUpdate = z.infer<typeof dataRequestUpdateSchema>;

export const dataRequestExportSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  personIds: z.array(z.uuid()),
  createdBy: staffRefSchema,
  createdAt: z.string(),
});
export type DataRequestExport = z.infer<typeof dataRequestExportSchema>;

export const dataRequestSchema = dataRequestSummarySchema.extend({
  people: z.array(z.object({ id: z.uuid(), legalName: z.string(), preferredName: z.string().nullable() })),
  createdBy: staffRefSchema,
  /** Newest first; the first is the request's state. */
  history: z.array(dataRequestUpdateSchema),
  /** Export bundles made for this request, newest first. */
  exports: z.array(dataRequestExportSchema),
  now: z.string(),
});
export type DataRequest = z.infer<typeof dataRequestSchema>;

export const dataRequestReportQuerySchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    serviceId: z.uuid({ error: 'Choose a service from the list' }).optional(),
  })
  .superRefine((q, ctx) => {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end of the period must be on or after its start' });
  });
export type DataRequestReportQuery = z.infer<typeof dataRequestReportQuerySchema>;

export const dataRequestReportSchema = z.object({
  /** Days in England, both included. */
  from: z.string(),
  to: z.string(),
  serviceId: z.uuid().nullable(),
  now: z.string(),
  received: z.number().int(),
  answered: z.number().int(),
  declined: z.number().int(),
  withdrawn: z.number().int(),
  responded: z.number().int(),
  respondedWithinDeadline: z.number().int(),
  stillOpen: z.number().int(),
  overdue: z.number().int(),
  withinDeadline: z.object({ fraction: z.number(), percentage: z.number(), outOf: z.number().int() }).nullable(),
  medianResponseMinutes: z.number().int().nullable(),
});
export type DataRequestReport = z.infer<typeof dataRequestReportSchema>;
