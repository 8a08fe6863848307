// An Independent Mental Capacity Advocate instructed for a decision (MCA 2005 ss35–41), so their involvement is on record.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';

export const imcaBodySchema = z
  .object({
    name: requiredText(120, 'the advocate\u2019s name'),
    organisation: requiredText(200, 'the advocacy organisation'),
    /** The decision they were instructed for, such as a change of accommodation or serious medical treatment. */
    decision: requiredText(500, 'the decision they support the person with'),
    instructedOn: isoDateSchema,
    contact: optionalText(200, 'how to contact them'),
    endedOn: isoDateSchema
      .nullish()
      .or(z.literal(''))
      .transform((v) => (v ? v : null)),
  })
  .superRefine((body, ctx) => {
    if (body.endedOn !== null && body.endedOn < body.instructedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['endedOn'],
        message: 'The end date must be on or after the date they were instructed',
      });
  });
export type ImcaBody = z.infer<typeof imcaBodySchema>;
