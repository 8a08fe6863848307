// What the personalisation API answers: a home's self-assessments, the latest in full with its action plan.
import { z } from 'zod';
import { qualityActionStatuses } from '../plan-audit/quality-actions.js';
import { personalisationAreaSchema } from './areas.js';
import { personalisationRatings } from './assessment.js';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });
const ratingEnum = z.enum(personalisationRatings);

export const assessmentSummarySchema = z.object({
  id: z.uuid(),
  serviceId: z.uuid(),
  areaSetVersion: z.number().int(),
  agreedOn: z.string(),
  participants: z.string(),
  assessedBy: staffRefSchema,
  createdAt: z.string(),
  /** In the order agreed, with the area's name as it stood. */
  priorities: z.array(z.object({ areaId: z.string(), title: z.string(), why: z.string() })),
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const planActionSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  owner: staffRefSchema,
  dueDate: z.string(),
  status: z.enum(qualityActionStatuses),
  overdue: z.boolean(),
  latestNote: z.string().nullable(),
  personalisationAssessmentId: z.uuid(),
  areaId: z.string(),
});
export type PlanActionItem = z.infer<typeof planActionSchema>;

const countsSchema = {
  total: z.number().int(),
  open: z.number().int(),
  inProgress: z.number().int(),
  done: z.number().int(),
  cancelled: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
};

export const actionPlanSchema = z.object({
  /** The day "overdue" was judged on, in England. */
  today: z.string(),
  areas: z.array(z.object({ areaId: z.string(), title: z.string(), isPriority: z.boolean(), ...countsSchema, actions: z.array(planActionSchema) })),
  total: z.number().int(),
  closed: z.number().int(),
  overdue: z.number().int(),
  prioritiesWithoutActions: z.array(z.string()),
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const comparisonSchema = z.object({
  previousId: z.uuid(),
  previousAgreedOn: z.string(),
  areas: z.array(z.object({ areaId: z.string(), title: z.string(), from: ratingEnum.nullable(), to: ratingEnum, change: z.enum(['improved', 'same', 'worse', 'new']) })),
  improved: z.number().int(),
  same: z.number().int(),
  worse: z.number().int(),
  new: z.number().int(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

export const personalisationAssessmentSchema = assessmentSummarySchema.extend({
  serviceName: z.string(),
  /** The areas as they stood when it was made, retired ones left out. */
  areas: z.array(personalisationAreaSchema),
  ratings: z.array(z.object({ areaId: z.string(), rating: ratingEnum, evidence: z.string() })),
  note: z.string().nullable(),
  /** Against the home's self-assessment before this one, if any. */
  comparison: comparisonSchema.nullable(),
  actionPlan: actionPlanSchema,
});
export type PersonalisationAssessment = z.infer<typeof personalisationAssessmentSchema>;

export const servicePersonalisationSchema = z.object({
  service: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(['homecare', 'care_home']) }),
  /** Newest first. */
  assessments: z.array(assessmentSummarySchema),
  /** The newest in full; its action plan holds every action raised from any of the home's self-assessments. */
  latest: personalisationAssessmentSchema.nullable(),
});
export type ServicePersonalisation = z.infer<typeof servicePersonalisationSchema>;

export const serviceParamsSchema = z.object({ id: z.uuid({ error: 'Choose a care home' }) });
