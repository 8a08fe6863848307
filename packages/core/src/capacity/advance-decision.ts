// An advance decision to refuse treatment (MCA 2005 ss24–26): what it refuses, when, and whether it meets the
// formalities that a refusal of life-sustaining treatment needs to be valid.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';

const answered = (error: string) =>
  z
    .boolean({ error })
    .nullish()
    .transform((v) => v ?? null);

const advanceDecisionFieldsSchema = z.object({
  treatmentRefused: requiredText(2000, 'the treatment it refuses'),
  circumstances: requiredText(2000, 'the circumstances in which it applies'),
  madeOn: isoDateSchema,
  /** Whether it refuses treatment needed to keep the person alive. */
  refusesLifeSustainingTreatment: z.boolean({ error: 'Say whether it refuses life-sustaining treatment' }),
  /** s25(5)–(6): answered when it refuses life-sustaining treatment. */
  inWriting: answered('Say whether it is in writing'),
  signed: answered('Say whether it is signed'),
  witnessed: answered('Say whether the signature is witnessed'),
  statesAppliesEvenIfLifeAtRisk: answered('Say whether it states that it applies even if their life is at risk'),
  seenOn: isoDateSchema
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  keptAt: requiredText(500, 'where the original is kept'),
  /** Who else holds a copy, such as their GP. */
  copiesHeldBy: optionalText(500, 'who holds copies'),
});
export type AdvanceDecisionBody = z.infer<typeof advanceDecisionFieldsSchema>;

const formalities = ['inWriting', 'signed', 'witnessed', 'statesAppliesEvenIfLifeAtRisk'] as const;

export const advanceDecisionBodySchema = advanceDecisionFieldsSchema.superRefine((body, ctx) => {
  for (const error of advanceDecisionErrors(body)) ctx.addIssue({ code: 'custom', path: [error.field], message: error.message });
});

function advanceDecisionErrors(body: AdvanceDecisionBody): FieldError[] {
  if (!body.refusesLifeSustainingTreatment) return [];
  return formalities
    .filter((f) => body[f] === null)
    .map((field) => ({ field, message: 'Answer this: a refusal of life-sustaining treatment must meet every formality' }));
}

/**
 * Whether the document meets the formalities for refusing life-sustaining treatment. One that does not is still
 * recorded (it tells staff the person's wishes) but cannot be relied on to refuse life-sustaining treatment.
 */
export function meetsLifeSustainingFormalities(body: AdvanceDecisionBody): boolean {
  return !body.refusesLifeSustainingTreatment || formalities.every((f) => body[f] === true);
}
