// The HTTP contract for care and support plans.
import { z } from 'zod';
import { optionalText } from '../schemas/common.js';
import { agreementSchema, planStatuses } from './lifecycle.js';
import { planContentSchema } from './plan-content.js';
import { sectionDefinitionSchema } from './section-definition.js';

export const reviewTriggers = ['scheduled', 'hospital_discharge', 'fall', 'new_diagnosis', 'medication_change', 'person_asked', 'other'] as const;
export type ReviewTrigger = (typeof reviewTriggers)[number];

export const saveDraftBodySchema = z.object({
  /** The draft revision the editor started from; null when starting a new draft. A stale one is refused with 409. */
  revision: z.number({ error: 'The draft revision is missing' }).int().min(1).nullable(),
  reason: optionalText(500, 'reason for the change'),
  content: planContentSchema,
});
export type SaveDraftBody = z.infer<typeof saveDraftBodySchema>;

export const agreeBodySchema = z
  .object({
    revision: z.number({ error: 'The draft revision is missing' }).int().min(1),
    agreement: agreementSchema,
  })
  .superRefine((body, ctx) => {
    // An attorney or deputy agrees under an authority on the person's record, which the server checks covers it;
    // the words alone (enough for agreements recorded before) are not. With neither, the agreement says so already.
    const { method, authority, authorityId } = body.agreement;
    if (method === 'attorney_or_deputy' && authorityId == null && authority !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['agreement', 'authorityId'],
        message: 'Choose the lasting power of attorney or deputyship the attorney or deputy holds',
      });
  });
export type AgreeBody = z.infer<typeof agreeBodySchema>;

export const startReviewBodySchema = z.object({
  trigger: z.enum(reviewTriggers, { error: 'Choose what prompted the review' }),
  note: optionalText(1000, 'note'),
});

export const planVersionParamsSchema = z.object({ id: z.uuid(), version: z.coerce.number().int().min(1).max(100000) });
export const planDiffQuerySchema = z.object({
  from: z.coerce.number({ error: 'Choose the earlier version' }).int().min(1),
  to: z.coerce.number({ error: 'Choose the later version' }).int().min(1),
});

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const planVersionSchema = z.object({
  version: z.number().int(),
  status: z.enum(planStatuses),
  revision: z.number().int(),
  reason: z.string().nullable(),
  reviewTrigger: z.string().nullable(),
  reviewNote: z.string().nullable(),
  content: planContentSchema,
  agreement: agreementSchema.nullable(),
  createdAt: z.string(),
  createdBy: staffRef,
  updatedAt: z.string(),
  /** Who saved this version last: for a draft, the person whose save a stale edit ran into. */
  updatedBy: staffRef,
  agreedAt: z.string().nullable(),
  agreedBy: staffRef.nullable(),
});
export type PlanVersion = z.infer<typeof planVersionSchema>;

export const planVersionSummarySchema = planVersionSchema.pick({ version: true, status: true, reason: true, createdAt: true, createdBy: true, agreedAt: true });

export const carePlanSchema = z.object({
  personId: z.uuid(),
  versions: z.array(planVersionSummarySchema),
  /** The version care follows now: in use (or under review), else the latest agreed. */
  current: planVersionSchema.nullable(),
  draft: planVersionSchema.nullable(),
});
export type CarePlan = z.infer<typeof carePlanSchema>;

const fieldChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export const planDiffSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  sections: z.array(z.object({ sectionKey: z.string(), change: z.enum(['added', 'removed', 'changed']), changes: z.array(fieldChangeSchema) })),
  involvement: z.array(fieldChangeSchema),
});

export const sectionDefinitionsResponseSchema = z.array(sectionDefinitionSchema);
