// What the API answers about training: one member of staff's records, the organisation's overview and the flags.
import { z } from 'zod';
import { staffRoles } from '../roles.js';
import { rrnTrainingStandingSchema } from './rrn-standing.js';
import { trainingTopicStandingSchema } from './topic-standing.js';
import { trainingFlagSchema } from './training-flags.js';
import { staffTrainingRecordViewSchema } from './training-record.js';

export const trainedStaffSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(['active', 'deactivated']),
  /** The services they hold a role in: what decides who may keep their training (see `staffTrainingDecision`). */
  serviceIds: z.array(z.uuid()),
});

export const staffTrainingResponseSchema = z.object({
  staff: trainedStaffSchema,
  /** Every record, newest first; replaced ones are kept and marked. */
  records: z.array(staffTrainingRecordViewSchema),
  restrictivePractice: rrnTrainingStandingSchema,
  /** The flags about this member of staff, for the people the reader may see. */
  flags: z.array(trainingFlagSchema),
});
export type StaffTrainingResponse = z.infer<typeof staffTrainingResponseSchema>;

/** The topics shown beside restrictive practice on the overview. */
export const overviewTrainingTopics = ['positive_behaviour_support', 'mental_capacity', 'safeguarding'] as const;

export const trainingOverviewRowSchema = z.object({
  staffId: z.uuid(),
  name: z.string(),
  serviceIds: z.array(z.uuid()),
  roles: z.array(z.enum(staffRoles)),
  restrictivePractice: rrnTrainingStandingSchema,
  topics: z.object({
    positive_behaviour_support: trainingTopicStandingSchema,
    mental_capacity: trainingTopicStandingSchema,
    safeguarding: trainingTopicStandingSchema,
  }),
  lastCompetenceCheck: z.string().nullable(),
  lastObservation: z.string().nullable(),
});
export type TrainingOverviewRow = z.infer<typeof trainingOverviewRowSchema>;

export const trainingOverviewSchema = z.object({
  /** Active staff the reader may see, by name. */
  staff: z.array(trainingOverviewRowSchema),
  flags: z.array(trainingFlagSchema),
});
export type TrainingOverview = z.infer<typeof trainingOverviewSchema>;

export const trainingFlagsQuerySchema = z.object({
  personId: z.uuid({ error: 'Choose a person' }).optional(),
  staffId: z.uuid({ error: 'Choose a member of staff' }).optional(),
});

export const trainingFlagsResponseSchema = z.object({ flags: z.array(trainingFlagSchema) });
export type TrainingFlagsResponse = z.infer<typeof trainingFlagsResponseSchema>;
