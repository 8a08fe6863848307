// What the API takes and answers for the seven kinds of record about a person's capacity, authority and wishes:
// flat POST bodies (the kind's fields, plus the record replaced and why), the records as stored, the ReSPECT /
// DNACPR summary every person screen shows, and the person's capacity records response.
import { z } from 'zod';
import { optionalText } from '../schemas/common.js';
import { acpTriggers } from './advance-care-plan.js';
import { advanceCarePlanBodySchema } from './advance-care-plan.js';
import { advanceDecisionBodySchema } from './advance-decision.js';
import { consentBodySchema } from './consent.js';
import { libertyBodySchema, libertyStatuses } from './deprivation-of-liberty.js';
import { imcaBodySchema } from './imca.js';
import { legalAuthorityBodySchema } from './legal-authority.js';
import { resuscitationRecordBodySchema, resuscitationStatuses } from './resuscitation-record.js';

export const capacityRecordKinds = [
  'legal_authority',
  'advance_decision',
  'liberty_safeguard',
  'imca_involvement',
  'consent',
  'advance_care_plan',
  'resuscitation',
] as const;
export type CapacityRecordKind = (typeof capacityRecordKinds)[number];

export const capacityRecordKindLabels: Record<CapacityRecordKind, string> = {
  legal_authority: 'Lasting power of attorney or deputyship',
  advance_decision: 'Advance decision to refuse treatment',
  liberty_safeguard: 'Deprivation of liberty',
  imca_involvement: 'Independent Mental Capacity Advocate',
  consent: 'Consent',
  advance_care_plan: 'Advance care plan',
  resuscitation: 'ReSPECT form or DNACPR decision',
};

/** Each kind's body as checked on the way in and as stored. */
export const capacityRecordBodySchemas = {
  legal_authority: legalAuthorityBodySchema,
  advance_decision: advanceDecisionBodySchema,
  liberty_safeguard: libertyBodySchema,
  imca_involvement: imcaBodySchema,
  consent: consentBodySchema,
  advance_care_plan: advanceCarePlanBodySchema,
  resuscitation: resuscitationRecordBodySchema,
} as const satisfies Record<CapacityRecordKind, z.ZodType>;

export type CapacityRecordBodyOf<K extends CapacityRecordKind> = z.output<(typeof capacityRecordBodySchemas)[K]>;

/** Where each kind is posted under /api/people/:id/, and the list it is answered in by the capacity records GET. */
export const capacityRecordRoutes = {
  legal_authority: { path: 'legal-authorities', list: 'legalAuthorities' },
  advance_decision: { path: 'advance-decisions', list: 'advanceDecisions' },
  liberty_safeguard: { path: 'liberty-safeguards', list: 'libertySafeguards' },
  imca_involvement: { path: 'imca-involvements', list: 'imcaInvolvements' },
  consent: { path: 'consents', list: 'consents' },
  advance_care_plan: { path: 'advance-care-plans', list: 'advanceCarePlans' },
  resuscitation: { path: 'resuscitation-records', list: 'resuscitationRecords' },
} as const satisfies Record<CapacityRecordKind, { path: string; list: string }>;

/** The record a new one replaces, and why: a reason is required with a replacement and refused without one. */
export const supersedeFieldsSchema = z
  .object({
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
export type SupersedeFields = z.output<typeof supersedeFieldsSchema>;

export const legalAuthorityPostSchema = legalAuthorityBodySchema.and(supersedeFieldsSchema);
export const advanceDecisionPostSchema = advanceDecisionBodySchema.and(supersedeFieldsSchema);
export const libertySafeguardPostSchema = libertyBodySchema.and(supersedeFieldsSchema);
export const imcaInvolvementPostSchema = imcaBodySchema.and(supersedeFieldsSchema);
export const consentPostSchema = consentBodySchema.and(supersedeFieldsSchema);
export const advanceCarePlanPostSchema = advanceCarePlanBodySchema.and(supersedeFieldsSchema);
export const resuscitationRecordPostSchema = resuscitationRecordBodySchema.and(supersedeFieldsSchema);

/**
 * Flat POST bodies: the kind's own fields and the supersede fields side by side. An intersection (not `.extend`)
 * because most kinds' schemas carry cross-field rules; both halves are checked and their errors keep the same field
 * names as the form.
 */
export const capacityRecordPostSchemas = {
  legal_authority: legalAuthorityPostSchema,
  advance_decision: advanceDecisionPostSchema,
  liberty_safeguard: libertySafeguardPostSchema,
  imca_involvement: imcaInvolvementPostSchema,
  consent: consentPostSchema,
  advance_care_plan: advanceCarePlanPostSchema,
  resuscitation: resuscitationRecordPostSchema,
} as const satisfies Record<CapacityRecordKind, z.ZodType>;

export type CapacityRecordPostOf<K extends CapacityRecordKind> = z.output<(typeof capacityRecordPostSchemas)[K]>;
/** What a form sends for a kind (before defaults and trimming). */
export type CapacityRecordPostInputOf<K extends CapacityRecordKind> = z.input<(typeof capacityRecordPostSchemas)[K]>;

/** A parsed POST body with its kind: narrow on `kind` to read it. */
export type CapacityRecordPost = { [K in CapacityRecordKind]: { kind: K; post: CapacityRecordPostOf<K> } }[CapacityRecordKind];

/** A record's kind and body as stored, without the supersede fields: narrow on `kind` to read its body. */
export type CapacityRecordDraft = { [K in CapacityRecordKind]: { kind: K; body: CapacityRecordBodyOf<K> } }[CapacityRecordKind];

/** Splits a parsed POST body into what is stored as the record's body and the supersede fields. */
export function splitCapacityRecordPost(post: CapacityRecordPost): { draft: CapacityRecordDraft; supersede: SupersedeFields } {
  const { supersedes, supersedeReason, ...body } = post.post;
  // Taking the two supersede fields away leaves exactly the kind's body.
  return { draft: { kind: post.kind, body } as CapacityRecordDraft, supersede: { supersedes, supersedeReason } };
}

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

const recordMetaSchema = z.object({
  id: z.uuid(),
  supersedes: z.uuid().nullable(),
  supersedeReason: z.string().nullable(),
  /** The newer record that replaced this one, if any: a replaced record stays readable. */
  supersededBy: z.uuid().nullable(),
  /** Not replaced by a newer record. */
  current: z.boolean(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});

const viewSchemaFor = <K extends CapacityRecordKind>(kind: K) =>
  recordMetaSchema.extend({ kind: z.literal(kind), body: capacityRecordBodySchemas[kind] });

export const legalAuthorityRecordViewSchema = viewSchemaFor('legal_authority');
export const advanceDecisionRecordViewSchema = viewSchemaFor('advance_decision');
export const libertySafeguardRecordViewSchema = viewSchemaFor('liberty_safeguard');
export const imcaInvolvementRecordViewSchema = viewSchemaFor('imca_involvement');
export const consentRecordViewSchema = viewSchemaFor('consent');
export const advanceCarePlanRecordViewSchema = viewSchemaFor('advance_care_plan');
export const resuscitationRecordViewSchema = viewSchemaFor('resuscitation');

export const capacityRecordViewSchemas = {
  legal_authority: legalAuthorityRecordViewSchema,
  advance_decision: advanceDecisionRecordViewSchema,
  liberty_safeguard: libertySafeguardRecordViewSchema,
  imca_involvement: imcaInvolvementRecordViewSchema,
  consent: consentRecordViewSchema,
  advance_care_plan: advanceCarePlanRecordViewSchema,
  resuscitation: resuscitationRecordViewSchema,
} as const satisfies Record<CapacityRecordKind, z.ZodType>;

/** A record as stored, of any kind: narrow on `kind` to read its body. */
export const capacityRecordViewSchema = z.discriminatedUnion('kind', [
  legalAuthorityRecordViewSchema,
  advanceDecisionRecordViewSchema,
  libertySafeguardRecordViewSchema,
  imcaInvolvementRecordViewSchema,
  consentRecordViewSchema,
  advanceCarePlanRecordViewSchema,
  resuscitationRecordViewSchema,
]);
export type CapacityRecordView = z.output<typeof capacityRecordViewSchema>;
export type CapacityRecordViewOf<K extends CapacityRecordKind> = Extract<CapacityRecordView, { kind: K }>;

/** The ReSPECT / DNACPR status every person screen shows, from the record in force. */
export const resuscitationSummarySchema = z.object({
  status: z.enum(resuscitationStatuses),
  /** For example "DNACPR: do not attempt CPR" or "ReSPECT form: attempt CPR". */
  label: z.string(),
  /** Whether staff should not attempt CPR. */
  cprNotToBeAttempted: z.boolean(),
  /** Where the original form is kept, so staff can find it in an emergency; null when there is none. */
  formLocation: z.string().nullable(),
  decidedOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
  reviewDue: z.boolean(),
  recordId: z.uuid(),
});
export type ResuscitationSummary = z.infer<typeof resuscitationSummarySchema>;

export const libertyAttentionKinds = ['expired', 'renewal_due', 'review_due'] as const;

export const libertyAttentionLabels: Record<(typeof libertyAttentionKinds)[number], string> = {
  expired: 'The authorisation has expired: the person may be deprived of their liberty without authority',
  renewal_due: 'The authorisation expires soon: apply for a renewal',
  review_due: 'A review is due',
};

export const libertyAttentionViewSchema = z.object({
  recordId: z.uuid(),
  attention: z.enum(libertyAttentionKinds),
  label: z.string(),
  status: z.enum(libertyStatuses),
  expiresOn: z.string().nullable(),
  reviewOn: z.string().nullable(),
});
export type LibertyAttentionView = z.infer<typeof libertyAttentionViewSchema>;

export const acpPromptViewSchema = z.object({ shouldOffer: z.boolean(), triggers: z.array(z.enum(acpTriggers)) });

/** Every record about the person, by kind, newest first (replaced ones kept, marked not current). */
export const capacityRecordsResponseSchema = z.object({
  personId: z.uuid(),
  legalAuthorities: z.array(legalAuthorityRecordViewSchema),
  advanceDecisions: z.array(advanceDecisionRecordViewSchema),
  libertySafeguards: z.array(libertySafeguardRecordViewSchema),
  imcaInvolvements: z.array(imcaInvolvementRecordViewSchema),
  consents: z.array(consentRecordViewSchema),
  advanceCarePlans: z.array(advanceCarePlanRecordViewSchema),
  resuscitationRecords: z.array(resuscitationRecordViewSchema),
  resuscitation: resuscitationSummarySchema.nullable(),
  /** Whether to offer an advance care plan, and why one is relevant. */
  acpPrompt: acpPromptViewSchema,
  /** Current liberty safeguards that need doing something about today. */
  libertyAttention: z.array(libertyAttentionViewSchema),
});
export type CapacityRecordsResponse = z.infer<typeof capacityRecordsResponseSchema>;
