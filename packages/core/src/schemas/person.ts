// Contracts for the people register: the people a provider supports.
import { z } from 'zod';
import { isValidNhsNumber, normaliseNhsNumber } from '../people/nhs-number.js';
import { resuscitationSummarySchema } from '../capacity/capacity-records-api.js';
import { isoDateSchema, optionalText, requiredText } from './common.js';

export const personStatuses = ['active', 'in_hospital', 'ended', 'died'] as const;
export type PersonStatus = (typeof personStatuses)[number];
export const personStatusLabels: Record<PersonStatus, string> = {
  active: 'Receiving support',
  in_hospital: 'In hospital',
  ended: 'Support ended',
  died: 'Died',
};
/** An ended or deceased person's record is kept, and read-only. */
export function isClosedStatus(status: PersonStatus): boolean {
  return status === 'ended' || status === 'died';
}

export const nhsNumberSchema = z
  .string()
  .trim()
  .transform(normaliseNhsNumber)
  .refine((v) => v === '' || isValidNhsNumber(v), {
    error: 'Enter a valid 10-digit NHS number (the last digit is a check digit)',
  })
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v));

export const addressSchema = z.object({
  line1: requiredText(200, 'the first line of the address'),
  line2: optionalText(200, 'the second line of the address'),
  town: requiredText(100, 'the town or city'),
  postcode: z
    .string({ error: 'Enter a postcode' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/, { error: 'Enter a real postcode, like LS1 4AP' }),
});

export const contactSchema = z.object({
  name: requiredText(120, 'the contact\u2019s name'),
  relationship: requiredText(80, 'their relationship to the person'),
  phone: optionalText(40, 'phone number'),
  email: optionalText(254, 'email address'),
  isNextOfKin: z.boolean().default(false),
});
export type Contact = z.infer<typeof contactSchema>;

export const alertKinds = ['allergy', 'alert'] as const;
export const alertSchema = z.object({
  kind: z.enum(alertKinds, { error: 'Choose allergy or other alert' }),
  description: requiredText(300, 'what the alert is'),
});
export type Alert = z.infer<typeof alertSchema>;

export const gpSchema = z.object({
  practice: requiredText(200, 'the GP practice'),
  name: optionalText(120, 'GP name'),
  phone: optionalText(40, 'GP phone number'),
});

/** Key safe and entry details: shown only to staff working in the person's service. */
export const accessDetailsSchema = z.object({
  howToGetIn: optionalText(1000, 'how to get into the home'),
  keySafeCode: optionalText(40, 'key safe code'),
});
export type AccessDetails = z.infer<typeof accessDetailsSchema>;

const personFieldsSchema = z.object({
  serviceId: z.uuid({ error: 'Choose a service' }),
  legalName: requiredText(200, 'the person\u2019s legal name'),
  preferredName: optionalText(120, 'preferred name'),
  pronouns: optionalText(40, 'pronouns'),
  dateOfBirth: isoDateSchema,
  nhsNumber: nhsNumberSchema,
  address: addressSchema,
  contacts: z.array(contactSchema).max(30).default([]),
  gp: gpSchema.nullish().transform((v) => v ?? null),
  serviceStartDate: isoDateSchema.nullish().transform((v) => v ?? null),
  /** The service began before a plan could be written (an emergency admission or start); the plan is still due as soon as possible. */
  emergencyStart: z.boolean().default(false),
  status: z.enum(personStatuses, { error: 'Choose a status' }).default('active'),
  statusDate: isoDateSchema.nullish().transform((v) => v ?? null),
  alerts: z.array(alertSchema).max(30).default([]),
  accessDetails: accessDetailsSchema.optional(),
});

function checkDates(
  value: { dateOfBirth: string; status: PersonStatus; statusDate: string | null; serviceStartDate: string | null },
  ctx: z.RefinementCtx,
): void {
  if (value.status !== 'active' && value.statusDate === null) {
    ctx.addIssue({ code: 'custom', path: ['statusDate'], message: 'Enter the date the status changed' });
  }
  if (value.serviceStartDate !== null && value.serviceStartDate < value.dateOfBirth) {
    ctx.addIssue({ code: 'custom', path: ['serviceStartDate'], message: 'Service start date must be after the date of birth' });
  }
  if (value.statusDate !== null && value.statusDate < value.dateOfBirth) {
    ctx.addIssue({ code: 'custom', path: ['statusDate'], message: 'Status date must be after the date of birth' });
  }
}

export const createPersonBodySchema = personFieldsSchema.superRefine(checkDates);
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;

export const updatePersonBodySchema = personFieldsSchema
  .extend({
    /** The version the editor started from: a stale one is refused with 409. */
    version: z.number({ error: 'The record version is missing' }).int().min(1),
    reason: optionalText(500, 'reason for the change'),
  })
  .superRefine(checkDates);
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const personSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  serviceId: z.uuid(),
  legalName: z.string(),
  preferredName: z.string().nullable(),
  pronouns: z.string().nullable(),
  dateOfBirth: z.string(),
  nhsNumber: z.string().nullable(),
  address: z.object({ line1: z.string(), line2: z.string().nullable(), town: z.string(), postcode: z.string() }),
  contacts: z.array(
    z.object({
      name: z.string(),
      relationship: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      isNextOfKin: z.boolean(),
    }),
  ),
  gp: z.object({ practice: z.string(), name: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  serviceStartDate: z.string().nullable(),
  emergencyStart: z.boolean(),
  status: z.enum(personStatuses),
  statusDate: z.string().nullable(),
  alerts: z.array(z.object({ kind: z.enum(alertKinds), description: z.string() })),
  /** Present only for staff allowed to see how to get in. */
  accessDetails: z.object({ howToGetIn: z.string().nullable(), keySafeCode: z.string().nullable() }).optional(),
  isReadOnly: z.boolean(),
  /**
   * The person's information and communication needs as a flag (the Accessible Information Standard): labels, or
   * null when never recorded. Absent where the reader may not see it.
   */
  communicationFlag: z.array(z.string()).nullable().optional(),
  /**
   * The ReSPECT form or DNACPR decision in force and where the original is kept, so every screen about the person can
   * show it; null when none is recorded or the reader may not see capacity records.
   */
  resuscitation: resuscitationSummarySchema.nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof personSchema>;

export const personSummarySchema = personSchema.pick({
  id: true,
  serviceId: true,
  legalName: true,
  preferredName: true,
  dateOfBirth: true,
  nhsNumber: true,
  status: true,
  alerts: true,
  communicationFlag: true,
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const peopleSearchQuerySchema = z.object({
  q: z.string().trim().max(100, { error: 'Search must be 100 characters or fewer' }).optional(),
  status: z.enum(personStatuses).optional(),
});

export const personChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export const personHistoryEntrySchema = z.object({
  version: z.number().int(),
  changedAt: z.string(),
  changedBy: z.object({ id: z.uuid(), name: z.string() }),
  reason: z.string().nullable(),
  changes: z.array(personChangeSchema),
});
export type PersonHistoryEntry = z.infer<typeof personHistoryEntrySchema>;
