// Deprivation of liberty: an application or authorisation (DoLS, a Court of Protection order, or a successor scheme),
// its conditions and dates, and when it needs attention.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, optionalText } from '../schemas/common.js';

export const libertySchemes = ['dols', 'court_of_protection', 'liberty_protection_safeguards'] as const;
export type LibertyScheme = (typeof libertySchemes)[number];

export const libertySchemeLabels: Record<LibertyScheme, string> = {
  dols: 'Deprivation of Liberty Safeguards (DoLS)',
  court_of_protection: 'Court of Protection order',
  liberty_protection_safeguards: 'Liberty Protection Safeguards',
};

export const libertyStatuses = ['not_needed', 'application_made', 'authorised', 'not_authorised'] as const;
export type LibertyStatus = (typeof libertyStatuses)[number];

export const libertyStatusLabels: Record<LibertyStatus, string> = {
  not_needed: 'Not needed: the person is not deprived of their liberty',
  application_made: 'Application made, awaiting a decision',
  authorised: 'Authorised',
  not_authorised: 'Not authorised',
};

/** A renewal should be applied for this long before an authorisation expires. */
export const libertyRenewalNoticeDays = 28;

const optionalDate = isoDateSchema
  .nullish()
  .or(z.literal(''))
  .transform((v) => (v ? v : null));

const libertyFieldsSchema = z.object({
  scheme: z.enum(libertySchemes, { error: 'Choose the scheme' }).default('dols'),
  status: z.enum(libertyStatuses, { error: 'Choose the status' }),
  appliedOn: optionalDate,
  authorisedOn: optionalDate,
  expiresOn: optionalDate,
  /** The supervisory body (usually the council) or the court. */
  authorisedBy: optionalText(200, 'who authorised it'),
  conditions: optionalText(4000, 'the conditions'),
  reviewOn: optionalDate,
});
export type LibertyBody = z.infer<typeof libertyFieldsSchema>;

export const libertyBodySchema = libertyFieldsSchema.superRefine((body, ctx) => {
  for (const error of libertyErrors(body)) ctx.addIssue({ code: 'custom', path: [error.field], message: error.message });
});

function libertyErrors(body: LibertyBody): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (body.status === 'application_made' && body.appliedOn === null) add('appliedOn', 'Enter the date the application was made');
  if (body.status === 'authorised') {
    if (body.authorisedOn === null) add('authorisedOn', 'Enter the date it was authorised');
    if (body.expiresOn === null) add('expiresOn', 'Enter the date the authorisation expires');
    if (body.authorisedBy === null) add('authorisedBy', 'Enter who authorised it, for example the council');
  }
  if (body.authorisedOn !== null && body.expiresOn !== null && body.expiresOn <= body.authorisedOn)
    add('expiresOn', 'The expiry date must be after the date it was authorised');
  if (body.appliedOn !== null && body.authorisedOn !== null && body.authorisedOn < body.appliedOn)
    add('authorisedOn', 'The date it was authorised must be on or after the application');
  return errors;
}

export type LibertyAttention = 'expired' | 'renewal_due' | 'review_due';

/**
 * What needs doing today (the London day): an authorisation that has expired, one expiring within the renewal notice
 * (apply again), or a review date reached. Null when nothing is due.
 */
export function libertyAttention(record: LibertyBody, today: string): LibertyAttention | null {
  if (record.status === 'authorised' && record.expiresOn !== null) {
    if (record.expiresOn < today) return 'expired';
    if (daysBetween(today, record.expiresOn) <= libertyRenewalNoticeDays) return 'renewal_due';
  }
  if (record.reviewOn !== null && record.reviewOn <= today) return 'review_due';
  return null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
