// Who agreed a version of the behaviour support plan and how the person took part, and what a review found.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';

export const bspRepresentativeSchema = z.object({
  name: requiredText(120, 'their name'),
  relationship: requiredText(120, 'their relationship to the person'),
});

export const bspAgreementObjectSchema = z.object({
  agreedOn: isoDateSchema,
  personAgreed: z.boolean({ error: 'Say whether the person agreed the plan themselves' }),
  /** Family, advocates, attorneys and professionals who agreed it, each with their relationship. */
  representatives: z.array(bspRepresentativeSchema).max(10, { error: 'Name 10 people or fewer' }).default([]),
  howPersonTookPart: requiredText(2000, 'how the person took part'),
  personsWords: optionalText(2000, 'the person\u2019s words'),
});
export type BspAgreement = z.infer<typeof bspAgreementObjectSchema>;

export const bspAgreementSchema = bspAgreementObjectSchema.superRefine((a, ctx) => {
  if (!a.personAgreed && a.representatives.length === 0)
    ctx.addIssue({
      code: 'custom',
      path: ['representatives'],
      message: 'Name who agreed the plan, or record that the person agreed it themselves',
    });
});
export type BspAgreementInput = z.input<typeof bspAgreementSchema>;

export const bspReviewOutcomes = ['no_change', 'new_version_needed'] as const;
export type BspReviewOutcome = (typeof bspReviewOutcomes)[number];
export const bspReviewOutcomeLabels: Record<BspReviewOutcome, string> = {
  no_change: 'The plan still works: keep it as it is',
  new_version_needed: 'The plan needs changing: write a new version',
};

export const bspReviewSchema = z.object({
  reviewedOn: isoDateSchema,
  whoTookPart: requiredText(1000, 'who took part in the review'),
  findings: requiredText(4000, 'what the review found'),
  /** How often any restrictive practice was used since the last review, and whether it can be reduced. */
  restrictivePracticeUse: optionalText(2000, 'the use of restrictive practice'),
  outcome: z.enum(bspReviewOutcomes, { error: 'Choose what happens next' }),
  personsWords: optionalText(2000, 'the person\u2019s words'),
});
export type BspReview = z.infer<typeof bspReviewSchema>;
