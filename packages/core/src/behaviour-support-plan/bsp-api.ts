// What the behaviour support plan API takes (a new version, an agreement, a review) and answers (the plan in use,
// the proposed version with what it changes, every version, when a review is due, and the care plan it sits beside).
import { z } from 'zod';
import { isoDateSchema, requiredText } from '../schemas/common.js';
import { bspAgreementObjectSchema, bspAgreementSchema, bspReviewSchema } from './bsp-agreement.js';
import { bspBodySchema, bspContentSchema, bspRestrictivePracticeKinds, bspSectionKeys } from './bsp-content.js';
import { bspReviewStatuses, bspVersionStatuses } from './bsp-lifecycle.js';

export const bspVersionParamsSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().positive().max(1_000_000),
});

/** A new version: the version it was started from (null for the first), why it was written, and its review date. */
export const bspSaveBodySchema = z.object({
  basedOnVersion: z.number().int().positive().nullable(),
  changeReason: requiredText(1000, 'why this version was written'),
  reviewBy: isoDateSchema,
  content: bspContentSchema,
});
export type BspSaveBody = z.infer<typeof bspSaveBodySchema>;
export type BspSaveBodyInput = z.input<typeof bspSaveBodySchema>;

export const bspAgreeBodySchema = z.object({ agreement: bspAgreementSchema });
export type BspAgreeBody = z.infer<typeof bspAgreeBodySchema>;

export const bspReviewBodySchema = z.object({ review: bspReviewSchema, nextReviewBy: isoDateSchema });
export type BspReviewBody = z.infer<typeof bspReviewBodySchema>;

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const bspAgreementViewSchema = bspAgreementObjectSchema.extend({ recordedBy: staffRef, recordedAt: z.string() });
export type BspAgreementView = z.infer<typeof bspAgreementViewSchema>;

export const bspReviewViewSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  review: bspReviewSchema,
  nextReviewBy: z.string(),
  recordedBy: staffRef,
  recordedAt: z.string(),
});
export type BspReviewView = z.infer<typeof bspReviewViewSchema>;

export const bspVersionSummarySchema = z.object({
  version: z.number().int(),
  status: z.enum(bspVersionStatuses),
  changeReason: z.string(),
  reviewBy: z.string(),
  restrictivePractices: z.array(z.enum(bspRestrictivePracticeKinds)),
  recordedBy: staffRef,
  recordedAt: z.string(),
  agreedOn: z.string().nullable(),
});
export type BspVersionSummary = z.infer<typeof bspVersionSummarySchema>;

export const bspVersionViewSchema = bspVersionSummarySchema.extend({
  body: bspBodySchema,
  agreement: bspAgreementViewSchema.nullable(),
  reviews: z.array(bspReviewViewSchema),
});
export type BspVersionView = z.infer<typeof bspVersionViewSchema>;

/** The care and support plan's version in use, and its sections about behaviour support and risk, to link to. */
export const bspCarePlanLinkSchema = z.object({
  version: z.number().int(),
  agreedOn: z.string().nullable(),
  sections: z.array(z.object({ key: z.string(), title: z.string(), about: z.enum(['behaviour_support', 'risk']) })),
});
export type BspCarePlanLink = z.infer<typeof bspCarePlanLinkSchema>;

export const bspPlanResponseSchema = z.object({
  personId: z.uuid(),
  /** The version a new save starts from (send it as basedOnVersion); null before the first. */
  latestVersion: z.number().int().nullable(),
  versions: z.array(bspVersionSummarySchema),
  inUse: bspVersionViewSchema.nullable(),
  proposed: bspVersionViewSchema.extend({ changedSections: z.array(z.enum(bspSectionKeys)) }).nullable(),
  review: z.object({ status: z.enum(bspReviewStatuses), dueBy: z.string() }).nullable(),
  /** Null when the care plan has no version in use, or the reader may not read it. */
  carePlan: bspCarePlanLinkSchema.nullable(),
});
export type BspPlanResponse = z.infer<typeof bspPlanResponseSchema>;
