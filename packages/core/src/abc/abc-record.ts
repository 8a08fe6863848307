// An ABC record as staff write it straight after an incident, and as it is read back. A record is never changed: a
// correction is a new record naming the one it replaces, with a reason, and the earlier one stays readable.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { optionalText, requiredText } from '../schemas/common.js';
import { clockSkewAllowanceMinutes } from '../visit-records/visit-record-content.js';
import {
  abcAntecedentCategories,
  abcConsequenceCategories,
  abcSettingEventKinds,
  type AbcAntecedentCategory,
  type AbcConsequenceCategory,
} from './abc-categories.js';

export const abcSettingEventSchema = z.object({
  kind: z.enum(abcSettingEventKinds, { error: 'Choose a kind of setting event from the list' }),
  detail: optionalText(1000, 'what was going on'),
});
export type AbcSettingEvent = z.infer<typeof abcSettingEventSchema>;

export const abcAntecedentSchema = z.object({
  category: z.enum(abcAntecedentCategories, { error: 'Choose what happened just before' }),
  description: requiredText(2000, 'what happened just before, in your words'),
});

export const abcConsequenceSchema = z.object({
  category: z.enum(abcConsequenceCategories, { error: 'Choose what happened straight after' }),
  description: requiredText(2000, 'what happened straight after, in your words'),
});

/** Everything the record holds beyond its columns (kept as the record's body). */
export const abcRecordBodySchema = z.object({
  /** What the behaviour looked like: its form, in the recorder's words. */
  behaviourForm: requiredText(2000, 'what the behaviour looked like'),
  setting: requiredText(200, 'where it happened'),
  activity: optionalText(1000, 'what was happening'),
  peoplePresent: optionalText(1000, 'who was there'),
  settingEvents: z
    .array(abcSettingEventSchema)
    .max(abcSettingEventKinds.length, { error: 'Choose each kind of setting event once' })
    .default([])
    .superRefine((events, ctx) => {
      const seen = new Set<string>();
      events.forEach((e, i) => {
        if (seen.has(e.kind))
          ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: 'Choose each kind of setting event once' });
        seen.add(e.kind);
      });
    }),
  antecedent: abcAntecedentSchema,
  consequence: abcConsequenceSchema,
  /** What the person may have been communicating: a possibility, in the recorder's words. */
  communicating: optionalText(2000, 'what they may have been communicating'),
  whatHelped: optionalText(2000, 'what helped and what did not'),
});
export type AbcRecordBody = z.infer<typeof abcRecordBodySchema>;

const whole = (what: string, min: number, max: number, unit: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `Enter ${what}, in ${unit}` : `Enter ${what} as a number`) })
    .int({ error: `Enter ${what} as a whole number` })
    .min(min, { error: `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${min} ${unit} or more` })
    .max(max, { error: `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} ${unit} or fewer` });

/** The columns of the record, then its body. */
export const abcRecordFieldsSchema = z.object({
  occurredAt: z.iso.datetime({ offset: true, error: 'Enter a real date and time it happened' }),
  /** As named in the behaviour support plan, or in the recorder's words. */
  behaviour: requiredText(200, 'the behaviour'),
  intensity: z
    .number({ error: 'Choose how intense it was, from 1 to 5' })
    .int({ error: 'Choose how intense it was, from 1 to 5' })
    .min(1, { error: 'Choose how intense it was, from 1 to 5' })
    .max(5, { error: 'Choose how intense it was, from 1 to 5' }),
  durationMinutes: whole('how long it lasted', 0, 1440, 'minutes'),
  restrictiveInterventionUsed: z.boolean({ error: 'Say whether a restrictive intervention was used' }),
});

export const createAbcRecordBodySchema = abcRecordFieldsSchema
  .extend(abcRecordBodySchema.shape)
  .extend({
    /** Made once on the phone for this record, so sending it again (a retry) stores it once. */
    clientId: z.uuid({ error: 'Reload the form and try again' }),
    supersedes: z
      .uuid({ error: 'Choose the record this replaces' })
      .nullish()
      .transform((v) => v ?? null),
    supersedeReason: optionalText(1000, 'why this replaces the earlier record'),
  })
  .superRefine((body, ctx) => {
    if (body.supersedes !== null && body.supersedeReason === null)
      ctx.addIssue({ code: 'custom', path: ['supersedeReason'], message: 'Say why this replaces the earlier record' });
    if (body.supersedes === null && body.supersedeReason !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['supersedeReason'],
        message: 'Give a reason only when this replaces an earlier record',
      });
  });
export type CreateAbcRecordBody = z.infer<typeof createAbcRecordBodySchema>;
export type CreateAbcRecordInput = z.input<typeof createAbcRecordBodySchema>;

/** The body part of a parsed request, as stored. */
export function abcRecordBodyOf(body: CreateAbcRecordBody): AbcRecordBody {
  return {
    behaviourForm: body.behaviourForm,
    setting: body.setting,
    activity: body.activity,
    peoplePresent: body.peoplePresent,
    settingEvents: body.settingEvents,
    antecedent: body.antecedent,
    consequence: body.consequence,
    communicating: body.communicating,
    whatHelped: body.whatHelped,
  };
}

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const abcRecordViewSchema = abcRecordFieldsSchema.extend(abcRecordBodySchema.shape).extend({
  id: z.uuid(),
  clientId: z.uuid(),
  personId: z.uuid(),
  serviceId: z.uuid(),
  supersedes: z.uuid().nullable(),
  supersedeReason: z.string().nullable(),
  /** The record that replaced this one; null while it is current. */
  supersededBy: z.uuid().nullable(),
  current: z.boolean(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});
export type AbcRecordView = z.infer<typeof abcRecordViewSchema>;

/**
 * The time it happened cannot be in the future, beyond a small allowance for a phone's clock. Kept out of the schema
 * because "now" is the caller's to give (the server's clock; the browser's for a check before sending).
 */
export function abcOccurredAtErrors(occurredAt: string, now: Date, allowanceMinutes = clockSkewAllowanceMinutes): FieldError[] {
  return Date.parse(occurredAt) > now.getTime() + allowanceMinutes * 60_000
    ? [{ field: 'occurredAt', message: 'The time it happened cannot be in the future' }]
    : [];
}

/** A replacement names a record of this person that nothing has replaced yet. */
export function abcSupersedeErrors(
  supersedes: string | null,
  existing: readonly { id: string; supersedes: string | null }[],
): FieldError[] {
  if (supersedes === null) return [];
  if (!existing.some((r) => r.id === supersedes))
    return [{ field: 'supersedes', message: 'Choose one of this person\u2019s ABC records to replace' }];
  if (existing.some((r) => r.supersedes === supersedes))
    return [{ field: 'supersedes', message: 'That record has already been replaced by a newer one' }];
  return [];
}

/** The categories an analysis counts a record by. */
export interface AbcCountedRecord {
  id: string;
  occurredAt: string;
  behaviour: string;
  supersedes: string | null;
  antecedent: { category: AbcAntecedentCategory };
  consequence: { category: AbcConsequenceCategory };
}
