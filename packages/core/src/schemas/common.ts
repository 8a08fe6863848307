// Small schemas every contract uses.
import { z } from 'zod';

export const uuidSchema = z.uuid();

/** A calendar date as YYYY-MM-DD that really exists (no 31 February). */
export const isoDateSchema = z.iso.date({ error: 'Enter a real date' });

/** Free text from a form: trimmed; an empty string is refused where the field is required. */
export const requiredText = (max: number, label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` });

/** Optional free text: an empty string becomes null, so "cleared" and "never given" look the same. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` })
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
});

export const idParamsSchema = z.object({ id: uuidSchema });
