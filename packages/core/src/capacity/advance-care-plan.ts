// An advance care plan: what matters to the person, their wishes for future care and where they are kept; and the
// prompt to offer one where a progressive illness or fluctuating capacity is recorded.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import type { StoredCapacityAssessment } from './capacity-assessment.js';
import { assessmentsInForce } from './assessments-in-force.js';

export const capacityWhenMadeAnswers = ['had_capacity', 'lacked_capacity'] as const;
export type CapacityWhenMade = (typeof capacityWhenMadeAnswers)[number];

export const capacityWhenMadeLabels: Record<CapacityWhenMade, string> = {
  had_capacity: 'They had capacity to make this plan',
  lacked_capacity: 'They lacked capacity: the plan was made in their best interests from what is known of their wishes',
};

const optionalDate = isoDateSchema
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));

/** A document that is either in place (and then kept somewhere) or not. */
const keptDocument = (what: string, where: string) =>
  z.object({
    inPlace: z.boolean({ error: `Say whether there is ${what}` }),
    keptAt: optionalText(500, where),
  });

const advanceCarePlanFieldsSchema = z.object({
  madeOn: isoDateSchema,
  whatMatters: requiredText(4000, 'what matters to them'),
  wishesForFutureCare: requiredText(4000, 'their wishes for their future care'),
  preferredPlaceOfCare: optionalText(500, 'where they would like to be cared for'),
  preferredPlaceOfDeath: optionalText(500, 'where they would like to die'),
  peopleToInvolve: z
    .array(z.object({ name: requiredText(120, 'their name'), relationship: requiredText(120, 'how they know the person') }))
    .max(20, { error: 'Name up to 20 people' })
    .default([]),
  religiousAndCulturalWishes: optionalText(2000, 'their religious and cultural wishes'),
  copiesHeldBy: z.array(requiredText(200, 'who holds a copy')).max(20, { error: 'Name up to 20 people or places' }).default([]),
  capacityWhenMade: z.enum(capacityWhenMadeAnswers, { error: 'Say whether they had capacity when the plan was made' }),
  /** When they lacked capacity: who made it and how their wishes were found out. */
  howMadeWithoutCapacity: optionalText(2000, 'how the plan was made'),
  treatmentEscalationPlan: keptDocument('a treatment escalation plan', 'where the treatment escalation plan is kept').default({
    inPlace: false,
    keptAt: null,
  }),
  hospitalPassport: keptDocument('a hospital passport', 'where the hospital passport is kept')
    .extend({ lastReviewedOn: optionalDate })
    .default({ inPlace: false, keptAt: null, lastReviewedOn: null }),
  reviewOn: optionalDate,
});
export type AdvanceCarePlanBody = z.infer<typeof advanceCarePlanFieldsSchema>;

export const advanceCarePlanBodySchema = advanceCarePlanFieldsSchema.superRefine((body, ctx) => {
  for (const error of advanceCarePlanErrors(body)) {
    ctx.addIssue({ code: 'custom', path: error.field.split('.'), message: error.message });
  }
});

function advanceCarePlanErrors(body: AdvanceCarePlanBody): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (body.capacityWhenMade === 'lacked_capacity' && body.howMadeWithoutCapacity === null)
    add('howMadeWithoutCapacity', 'Say who made the plan and how the person\u2019s wishes were found out');
  if (body.treatmentEscalationPlan.inPlace && body.treatmentEscalationPlan.keptAt === null)
    add('treatmentEscalationPlan.keptAt', 'Say where the treatment escalation plan is kept');
  if (body.hospitalPassport.inPlace && body.hospitalPassport.keptAt === null)
    add('hospitalPassport.keptAt', 'Say where the hospital passport is kept');
  if (body.reviewOn !== null && body.reviewOn <= body.madeOn) add('reviewOn', 'The review date must be after the plan was made');
  return errors;
}

/**
 * Audit rule 73: a hospital passport is reviewed alongside the end-of-life plan, so its last review is on or after the
 * plan's last change (`planUpdatedOn`). Never reviewed counts as due.
 */
export function hospitalPassportReviewDue(plan: Pick<AdvanceCarePlanBody, 'hospitalPassport'>, planUpdatedOn: string): boolean {
  const passport = plan.hospitalPassport;
  return passport.inPlace && (passport.lastReviewedOn === null || passport.lastReviewedOn < planUpdatedOn);
}

export const acpTriggers = ['progressive_illness', 'fluctuating_capacity'] as const;
export type AcpTrigger = (typeof acpTriggers)[number];

export const acpTriggerLabels: Record<AcpTrigger, string> = {
  progressive_illness: 'A progressive illness is recorded',
  fluctuating_capacity: 'Their capacity fluctuates',
};

export interface AcpConditions {
  progressiveIllness: boolean;
  fluctuatingCapacity: boolean;
  advanceCarePlanExists: boolean;
  /** The date an advance care plan was last offered (and perhaps declined), or null. */
  offeredOn: string | null;
}

export interface AcpPrompt {
  shouldOffer: boolean;
  /** Why one is relevant, whether or not it still needs offering. */
  triggers: AcpTrigger[];
}

/**
 * Audit rule 74: where a progressive illness or fluctuating capacity is recorded, an advance care plan exists or was
 * offered. Offer one while the person has capacity to make it; declining is their choice and is not re-prompted here.
 */
export function acpPrompt(conditions: AcpConditions): AcpPrompt {
  const triggers: AcpTrigger[] = [];
  if (conditions.progressiveIllness) triggers.push('progressive_illness');
  if (conditions.fluctuatingCapacity) triggers.push('fluctuating_capacity');
  const shouldOffer = triggers.length > 0 && !conditions.advanceCarePlanExists && conditions.offeredOn === null;
  return { shouldOffer, triggers };
}

/** Whether any assessment in force records capacity that fluctuates, for `acpPrompt`. */
export function hasFluctuatingCapacity(assessments: readonly StoredCapacityAssessment[]): boolean {
  return assessmentsInForce(assessments).some((a) => a.fluctuates);
}
