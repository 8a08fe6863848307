// Small schemas every contract uses.
import { z } from 'zod';

export const uuidSchema = z.uuid();

/** A calendar date as YYYY-MM-DD that really exists (no 31 February). */
export const isoDateSchema = z.iso.date({ error: 'Enter a real date' });

/** Text a database can store and a screen can show: no control characters, no broken Unicode. */
export function isStorableText(value: string): boolean {
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  return !loneSurrogate.test(value) && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value);
}
const storable = { error: 'Remove hidden control characters from this text' };

/** Free text from a form: trimmed; an empty string is refused where the field is required. */
export const requiredText = (max: number, label: string) =>
  z
    .string({ error: `Enter ${label}` })
    .refine(isStorableText, storable)
    .trim()
    .min(1, { error: `Enter ${label}` })
    .max(max, { error: `${capitalise(label)} must be ${max} characters or fewer` });

/** Optional free text: an empty string becomes null, so "cleared" and "never given" look the same. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .refine(isStorableText, storable)
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
