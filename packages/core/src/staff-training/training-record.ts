// A member of staff's training record as sent and as stored: the course, when it was completed and expires, the
// certificate, and whether restrictive-practice training is certified against the Restraint Reduction Network (RRN)
// standards. A record is never changed: a correction or a refresher replaces it, naming it, with a reason.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import { staffTrainingStatuses } from './training-status.js';

export const staffTrainingTopics = [
  'restrictive_practice',
  'positive_behaviour_support',
  'mental_capacity',
  'safeguarding',
  'other',
] as const;
export type StaffTrainingTopic = (typeof staffTrainingTopics)[number];

export const staffTrainingTopicLabels: Record<StaffTrainingTopic, string> = {
  restrictive_practice: 'Restrictive practice',
  positive_behaviour_support: 'Positive behaviour support',
  mental_capacity: 'Mental Capacity Act',
  safeguarding: 'Safeguarding adults',
  other: 'Other training',
};

export const staffTrainingRecordPostSchema = z
  .object({
    topic: z.enum(staffTrainingTopics, { error: 'Choose what the training was about' }),
    course: requiredText(200, 'the name of the course'),
    trainingProvider: requiredText(200, 'who provided the training'),
    completedOn: isoDateSchema,
    expiresOn: isoDateSchema.nullish().transform((v) => v ?? null),
    rrnCertified: z.boolean({ error: 'Say whether the course is certified against the Restraint Reduction Network standards' }),
    certificateReference: optionalText(100, 'the certificate reference'),
    supersedes: z
      .uuid({ error: 'Choose the record this replaces' })
      .nullish()
      .transform((v) => v ?? null),
    supersedeReason: optionalText(1000, 'why this replaces the earlier record'),
  })
  .superRefine((post, ctx) => {
    for (const error of staffTrainingRecordFieldErrors(post))
      ctx.addIssue({ code: 'custom', path: [error.field], message: error.message });
  });
export type StaffTrainingRecordPost = z.output<typeof staffTrainingRecordPostSchema>;
export type StaffTrainingRecordPostInput = z.input<typeof staffTrainingRecordPostSchema>;

/** The rules between fields of a record, whatever day it is. */
export function staffTrainingRecordFieldErrors(post: StaffTrainingRecordPost): FieldError[] {
  const errors: FieldError[] = [];
  if (post.expiresOn !== null && post.expiresOn <= post.completedOn)
    errors.push({ field: 'expiresOn', message: 'The expiry date must be after the date the course was completed' });
  // The RRN standards certify training with a restrictive-intervention component; such a course is recorded under
  // restrictive practice, so that the flag for restrictive interventions finds it.
  if (post.rrnCertified && post.topic !== 'restrictive_practice')
    errors.push({
      field: 'rrnCertified',
      message:
        'Only restrictive-practice training is certified against the Restraint Reduction Network standards: choose restrictive practice as the topic',
    });
  if (post.rrnCertified && post.certificateReference === null)
    errors.push({
      field: 'certificateReference',
      message: 'Enter the certificate reference, so the certification can be checked',
    });
  if (post.supersedes !== null && post.supersedeReason === null)
    errors.push({ field: 'supersedeReason', message: 'Say why this replaces the earlier record' });
  if (post.supersedes === null && post.supersedeReason !== null)
    errors.push({ field: 'supersedeReason', message: 'Give a reason only when this replaces an earlier record' });
  return errors;
}

/** The rules that need today's date (YYYY-MM-DD, the day in England). */
export function staffTrainingRecordDateErrors(post: Pick<StaffTrainingRecordPost, 'completedOn'>, today: string): FieldError[] {
  return post.completedOn > today ? [{ field: 'completedOn', message: 'The date completed must be today or in the past' }] : [];
}

/** A replacement must name a record of the same member of staff that has not already been replaced. */
export function staffTrainingSupersedeErrors(
  supersedes: string | null,
  existing: readonly { id: string; current: boolean }[],
): FieldError[] {
  if (supersedes === null) return [];
  const replaced = existing.find((r) => r.id === supersedes);
  if (!replaced) return [{ field: 'supersedes', message: 'Choose one of this member of staff\u2019s training records' }];
  if (!replaced.current)
    return [{ field: 'supersedes', message: 'This record has already been replaced: replace the newer record instead' }];
  return [];
}

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const staffTrainingRecordViewSchema = z.object({
  id: z.uuid(),
  staffId: z.uuid(),
  topic: z.enum(staffTrainingTopics),
  course: z.string(),
  trainingProvider: z.string(),
  completedOn: z.string(),
  expiresOn: z.string().nullable(),
  rrnCertified: z.boolean(),
  certificateReference: z.string().nullable(),
  supersedes: z.uuid().nullable(),
  supersedeReason: z.string().nullable(),
  /** The newer record that replaced this one, if any: a replaced record stays readable. */
  supersededBy: z.uuid().nullable(),
  current: z.boolean(),
  /** On the day the answer was made. */
  status: z.enum(staffTrainingStatuses),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});
export type StaffTrainingRecordView = z.infer<typeof staffTrainingRecordViewSchema>;
