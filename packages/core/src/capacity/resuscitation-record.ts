// Whether a ReSPECT form or a DNACPR decision is in place: the CPR recommendation, the clinician, the date, where the
// original form is kept (so staff can find it in an emergency) and when it is reviewed.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';

export const resuscitationStatuses = ['none', 'respect_form', 'dnacpr'] as const;
export type ResuscitationStatus = (typeof resuscitationStatuses)[number];

export const resuscitationStatusLabels: Record<ResuscitationStatus, string> = {
  none: 'No ReSPECT form or DNACPR decision',
  respect_form: 'ReSPECT form',
  dnacpr: 'DNACPR decision',
};

export const cprRecommendations = ['attempt_cpr', 'do_not_attempt_cpr'] as const;
export type CprRecommendation = (typeof cprRecommendations)[number];

export const cprRecommendationLabels: Record<CprRecommendation, string> = {
  attempt_cpr: 'CPR attempts recommended',
  do_not_attempt_cpr: 'CPR attempts not recommended',
};

/** ReSPECT's focus of care, from prioritising life-sustaining treatment to prioritising comfort. */
export const careFocuses = ['sustain_life', 'balanced', 'comfort'] as const;
export type CareFocus = (typeof careFocuses)[number];

export const careFocusLabels: Record<CareFocus, string> = {
  sustain_life: 'Prioritise sustaining life, even at the expense of some comfort',
  balanced: 'A balance of sustaining life and comfort',
  comfort: 'Prioritise comfort, even at the expense of sustaining life',
};

const recordFields = {
  clinician: z.object({
    name: requiredText(120, 'the name of the clinician'),
    role: requiredText(120, 'their role, for example GP'),
  }),
  decidedOn: isoDateSchema,
  originalKeptAt: requiredText(500, 'where the original form is kept'),
  /** How care staff and other professionals have been told. */
  howStaffTold: optionalText(1000, 'how staff and professionals have been told'),
  reviewOn: isoDateSchema
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
};

const noneSchema = z.object({ status: z.literal('none') });

const respectSchema = z.object({
  status: z.literal('respect_form'),
  cprRecommendation: z.enum(cprRecommendations, { error: 'Choose the CPR recommendation on the form' }),
  careFocus: z
    .enum(careFocuses, { error: 'Choose the focus of care from the list' })
    .nullish()
    .transform((v) => v ?? null),
  ...recordFields,
});

const dnacprSchema = z.object({
  status: z.literal('dnacpr'),
  /** A DNACPR decision always recommends against CPR; given for a uniform record. */
  cprRecommendation: z
    .literal('do_not_attempt_cpr', { error: 'A DNACPR decision records that CPR should not be attempted' })
    .default('do_not_attempt_cpr'),
  ...recordFields,
});

export const resuscitationRecordBodySchema = z
  .discriminatedUnion('status', [noneSchema, respectSchema, dnacprSchema], {
    error: 'Say whether there is a ReSPECT form or a DNACPR decision',
  })
  .superRefine((body, ctx) => {
    if (body.status !== 'none' && body.reviewOn !== null && body.reviewOn <= body.decidedOn)
      ctx.addIssue({ code: 'custom', path: ['reviewOn'], message: 'The review date must be after the decision' });
  });
export type ResuscitationRecordBody = z.infer<typeof resuscitationRecordBodySchema>;

/** Whether staff should not attempt CPR, according to the record in force (null record: nothing recorded). */
export function cprNotToBeAttempted(record: ResuscitationRecordBody | null): boolean {
  return record !== null && record.status !== 'none' && record.cprRecommendation === 'do_not_attempt_cpr';
}

/** Whether the record's review date has come (the London day). */
export function resuscitationReviewDue(record: ResuscitationRecordBody, today: string): boolean {
  return record.status !== 'none' && record.reviewOn !== null && record.reviewOn <= today;
}
