// What the visit record routes answer: planned visits, records with their addenda and escalations, the
// escalations list, and the visits needing attention.
import { z } from 'zod';
import { isoDateSchema } from '../schemas/common.js';
import { escalationStatuses, escalationUpdateStatuses } from './visit-escalations.js';
import { visitRecordContentSchema, visitRecordKinds } from './visit-record-content.js';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });
const personRefSchema = z.object({ id: z.uuid(), legalName: z.string(), preferredName: z.string().nullable() });

export const plannedVisitsQuerySchema = z.object({ date: isoDateSchema.optional() });

export const plannedVisitsSchema = z.object({
  personId: z.uuid(),
  /** The day in England the visits are planned for. */
  date: z.string(),
  /** A homecare person is visited; a care home resident's day is recorded by shift. */
  kind: z.enum(visitRecordKinds),
  /** The plan version the tasks come from; null when the person has no plan in use. */
  planVersion: z.number().int().nullable(),
  visits: z.array(z.object({
    label: z.string(),
    time: z.string().nullable(),
    plannedFor: z.string().nullable(),
    tasks: z.array(z.object({ stepId: z.string(), sectionKey: z.string(), what: z.string(), who: z.string(), time: z.string().nullable() })),
  })),
});
export type PlannedVisits = z.infer<typeof plannedVisitsSchema>;

export const escalationUpdateSchema = z.object({
  id: z.uuid(),
  status: z.enum(escalationUpdateStatuses),
  note: z.string().nullable(),
  updatedBy: staffRefSchema,
  updatedAt: z.string(),
});
export type EscalationUpdate = z.infer<typeof escalationUpdateSchema>;

export const visitEscalationSchema = z.object({
  id: z.uuid(),
  recordId: z.uuid(),
  serviceId: z.uuid(),
  serviceName: z.string(),
  person: personRefSchema,
  concern: z.string(),
  raisedBy: staffRefSchema,
  raisedAt: z.string(),
  status: z.enum(escalationStatuses),
  /** The newest update, for the stale-update check; null while nobody has acted on it. */
  latestUpdateId: z.uuid().nullable(),
  /** Newest first. */
  history: z.array(escalationUpdateSchema),
});
export type VisitEscalation = z.infer<typeof visitEscalationSchema>;

export const visitEscalationListSchema = z.object({ escalations: z.array(visitEscalationSchema) });
export type VisitEscalationList = z.infer<typeof visitEscalationListSchema>;

export const visitAddendumSchema = z.object({ id: z.uuid(), body: z.string(), author: staffRefSchema, createdAt: z.string() });
export type VisitAddendum = z.infer<typeof visitAddendumSchema>;

export const visitRecordSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  personId: z.uuid(),
  serviceId: z.uuid(),
  kind: z.enum(visitRecordKinds),
  visitLabel: z.string().nullable(),
  plannedFor: z.string().nullable(),
  arrivedAt: z.string(),
  leftAt: z.string().nullable(),
  planVersion: z.number().int().nullable(),
  content: visitRecordContentSchema,
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
  /** Corrections and additions, oldest first; the record above stays as it was written. */
  addenda: z.array(visitAddendumSchema),
  escalations: z.array(visitEscalationSchema.pick({ id: true, concern: true, status: true, raisedAt: true })),
});
export type VisitRecord = z.infer<typeof visitRecordSchema>;

export const visitRecordListQuerySchema = z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() });
export const visitRecordListSchema = z.object({
  personId: z.uuid(),
  from: z.string(),
  to: z.string(),
  /** Newest arrival first. */
  records: z.array(visitRecordSchema),
});
export type VisitRecordList = z.infer<typeof visitRecordListSchema>;

export const visitAttentionQuerySchema = z.object({
  serviceId: z.uuid({ error: 'Choose a service from the list' }).optional(),
  date: isoDateSchema.optional(),
});

export const visitAttentionSchema = z.object({
  date: z.string(),
  /** The clock "missed" was judged by. */
  checkedAt: z.string(),
  lateAfterMinutes: z.number().int(),
  missedAfterMinutes: z.number().int(),
  visits: z.array(z.object({
    kind: z.enum(['late', 'missed']),
    person: personRefSchema,
    serviceId: z.uuid(),
    serviceName: z.string(),
    visitLabel: z.string(),
    plannedFor: z.string(),
    arrivedAt: z.string().nullable(),
    minutesLate: z.number().int(),
  })),
});
export type VisitAttention = z.infer<typeof visitAttentionSchema>;
