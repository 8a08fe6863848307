// Comments on a care and support plan or one of its sections: how staff record progress towards the person's goals.
import { z } from 'zod';
import { staffRoles } from '../roles.js';
import { isStorableText } from '../schemas/common.js';

export const MAX_COMMENT_LENGTH = 4000;

/** A section a comment or file is about; null means the plan as a whole. */
export const aboutSectionSchema = z
  .string({ error: 'Choose a section from the list' })
  .regex(/^[a-z][a-z0-9_]{1,62}$/, { error: 'Choose a section from the list' })
  .nullable()
  .default(null);

export const newPlanCommentSchema = z.object({
  sectionKey: aboutSectionSchema,
  body: z
    .string({ error: 'Enter your comment' })
    .refine(isStorableText, { error: 'Remove hidden control characters from your comment' })
    .trim()
    .min(1, { error: 'Enter your comment' })
    .max(MAX_COMMENT_LENGTH, { error: `Your comment must be ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters or fewer` }),
});
export type NewPlanComment = z.infer<typeof newPlanCommentSchema>;

/** Who wrote a comment or added a file, with the role they hold now (in the person's service where they have one). */
export const planContributorSchema = z.object({ id: z.uuid(), name: z.string(), role: z.enum(staffRoles).nullable() });
export type PlanContributor = z.infer<typeof planContributorSchema>;

export const planCommentSchema = z.object({
  id: z.uuid(),
  /** The plan version that was current when the comment was written. */
  planVersion: z.number().int(),
  sectionKey: z.string().nullable(),
  body: z.string(),
  author: planContributorSchema,
  createdAt: z.string(),
});
export type PlanComment = z.infer<typeof planCommentSchema>;

export const planCommentsSchema = z.array(planCommentSchema);

/** The version a comment or file is recorded against: the one in use (or under review), else the latest. */
export function versionForNotes(versions: readonly { version: number; status: string }[]): number | null {
  const inUse = versions.find((v) => v.status === 'in_use' || v.status === 'under_review');
  if (inUse) return inUse.version;
  return versions.reduce<number | null>((latest, v) => (latest === null || v.version > latest ? v.version : latest), null);
}
