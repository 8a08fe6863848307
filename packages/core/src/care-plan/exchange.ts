// The documented, versioned exchange format for a person's plan: export from Hearth, import from paper
// or another system. Its JSON Schema is generated from this file into docs/exchange/plan.schema.json.
import { z } from 'zod';
import { isoDateSchema, requiredText } from '../schemas/common.js';
import { nhsNumberSchema } from '../schemas/person.js';
import { agreementSchema, planStatuses } from './lifecycle.js';
import { planContentSchema } from './plan-content.js';

export const planExchangeFormat = 'hearth.care-plan';
export const planExchangeFormatVersion = 1;

export const planExchangeSchema = z
  .object({
    format: z.literal(planExchangeFormat, { error: `The document must say "format": "${planExchangeFormat}"` }),
    formatVersion: z.literal(planExchangeFormatVersion, { error: `Only formatVersion ${planExchangeFormatVersion} can be read` }),
    exportedAt: z.iso.datetime({ error: 'Give the export time as an ISO 8601 date and time' }),
    source: requiredText(200, 'the system or paper record the plan comes from'),
    person: z.object({
      legalName: requiredText(200, 'the person\u2019s legal name'),
      preferredName: z.string().max(120).nullable(),
      dateOfBirth: isoDateSchema,
      nhsNumber: nhsNumberSchema,
    }),
    versions: z
      .array(
        z.object({
          version: z.number().int().min(1),
          status: z.enum(planStatuses),
          reason: z.string().max(500).nullable(),
          content: planContentSchema,
          agreement: agreementSchema.nullable(),
          createdAt: z.iso.datetime(),
          agreedAt: z.iso.datetime().nullable(),
        }),
      )
      .min(1, { error: 'The document holds no plan version' })
      .max(500),
  })
  .meta({
    $id: 'https://hearth.invalid/exchange/plan.schema.json',
    title: 'Hearth care and support plan',
    description: 'A person\u2019s care and support plan with its versions, as Hearth exports and imports it.',
  });
export type PlanExchange = z.infer<typeof planExchangeSchema>;

/** The JSON Schema of the exchange format, as committed in docs/exchange/plan.schema.json. */
export function planExchangeJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planExchangeSchema, { io: 'input', target: 'draft-2020-12' });
}
