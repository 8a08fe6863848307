// What the restrictive-intervention routes answer: a person's register (each use with its debriefs, what needs
// attention and the person's trend) and the organisation's trends by service.
import { z } from 'zod';
import {
  restrictiveInterventionBodySchema,
  restrictiveInterventionDebriefBodySchema,
  restrictiveInterventionDebriefWith,
  restrictiveInterventionKinds,
  restrictiveInterventionPlanAnswers,
} from './intervention-schemas.js';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });
const count = z.number().int().min(0);

export const restrictiveInterventionDebriefStatuses = ['held', 'held_late', 'due', 'overdue'] as const;

export const restrictiveInterventionDebriefViewSchema = z.object({
  id: z.uuid(),
  interventionId: z.uuid(),
  withWhom: z.enum(restrictiveInterventionDebriefWith),
  heldOn: z.string(),
  body: restrictiveInterventionDebriefBodySchema,
  /** Held by the day 72 hours after the start ran out. */
  heldInTime: z.boolean(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});
export type RestrictiveInterventionDebriefView = z.infer<typeof restrictiveInterventionDebriefViewSchema>;

export const restrictiveInterventionViewSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  personId: z.uuid(),
  /** The person's service when it was recorded, kept for trends. */
  serviceId: z.uuid(),
  serviceName: z.string(),
  kind: z.enum(restrictiveInterventionKinds),
  startedAt: z.string(),
  durationMinutes: count,
  followedPlan: z.enum(restrictiveInterventionPlanAnswers),
  abcRecordId: z.uuid().nullable(),
  body: restrictiveInterventionBodySchema,
  supersedes: z.uuid().nullable(),
  supersedeReason: z.string().nullable(),
  supersededBy: z.uuid().nullable(),
  current: z.boolean(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
  /** For the current record, the debriefs of every version of it; for a replaced one, those recorded against it. */
  debriefs: z.array(restrictiveInterventionDebriefViewSchema),
  debriefDueBy: z.string(),
  debriefStatus: z.object({
    person: z.enum(restrictiveInterventionDebriefStatuses),
    staff: z.enum(restrictiveInterventionDebriefStatuses),
  }),
});
export type RestrictiveInterventionView = z.infer<typeof restrictiveInterventionViewSchema>;

export const restrictiveInterventionAttentionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('debrief_overdue'),
    interventionId: z.uuid(),
    startedAt: z.string(),
    withWhom: z.enum(restrictiveInterventionDebriefWith),
    dueBy: z.string(),
  }),
  z.object({
    kind: z.literal('plan_not_followed'),
    interventionId: z.uuid(),
    startedAt: z.string(),
    followedPlan: z.enum(['no', 'partly']),
  }),
  z.object({ kind: z.literal('no_plan'), interventionId: z.uuid(), startedAt: z.string() }),
]);

const kindFiguresSchema = z.object({ count, minutes: count });

export const restrictiveInterventionTrendSchema = z.object({
  months: z.array(
    kindFiguresSchema.extend({
      month: z.string(),
      byKind: z.object(
        Object.fromEntries(restrictiveInterventionKinds.map((k) => [k, kindFiguresSchema])) as Record<
          (typeof restrictiveInterventionKinds)[number],
          typeof kindFiguresSchema
        >,
      ),
    }),
  ),
  comparison: z.object({
    latestFrom: z.string(),
    to: z.string(),
    previousFrom: z.string(),
    latest: count,
    previous: count,
    direction: z.enum(['fewer', 'more', 'about_the_same', 'too_few_to_say']),
  }),
});

/** An ABC record of the person a use may be linked to. */
export const restrictiveInterventionAbcChoiceSchema = z.object({
  id: z.uuid(),
  occurredAt: z.string(),
  behaviour: z.string(),
  restrictiveInterventionUsed: z.boolean(),
});
export type RestrictiveInterventionAbcChoice = z.infer<typeof restrictiveInterventionAbcChoiceSchema>;

export const restrictiveInterventionRegisterSchema = z.object({
  personId: z.uuid(),
  /** Newest first by start; replaced records are kept and marked. */
  interventions: z.array(restrictiveInterventionViewSchema),
  attention: z.array(restrictiveInterventionAttentionSchema),
  /** The person's last 12 months. */
  trend: restrictiveInterventionTrendSchema,
  /** The person's current ABC records of the last 90 days, for linking; empty for a reader who may not see them. */
  abcRecords: z.array(restrictiveInterventionAbcChoiceSchema),
});
export type RestrictiveInterventionRegister = z.infer<typeof restrictiveInterventionRegisterSchema>;

export const restrictiveInterventionTrendsQuerySchema = z.object({
  months: z.enum(['6', '12'], { error: 'Choose 6 or 12 months' }).optional(),
  serviceId: z.uuid({ error: 'Choose one of your services' }).optional(),
});

export const restrictiveInterventionTrendsSchema = z.object({
  months: z.number().int(),
  /** Each service the reader may see (or the one asked for), by name. */
  services: z.array(z.object({ serviceId: z.uuid(), serviceName: z.string(), trend: restrictiveInterventionTrendSchema })),
});
export type RestrictiveInterventionTrends = z.infer<typeof restrictiveInterventionTrendsSchema>;
