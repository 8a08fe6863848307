// What the staff side of sharing answers: a person's contacts with what each sees now, a contact's decision history,
// the invitation link shown once, and what outside readers added (read-only for staff).
import { z } from 'zod';
import { uuidSchema } from '../schemas/common.js';
import { contactViewSchema } from './contacts.js';
import { recordParts } from './record-parts.js';
import { contactEntryKinds } from './shared-api.js';
import { sharingDeciders, type SharingState } from './sharing-decisions.js';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const sharingStates = ['not_decided', 'sharing', 'ended', 'revoked', 'nothing_shared'] as const satisfies readonly SharingState[];

export const contactParamsSchema = z.object({ id: uuidSchema, contactId: uuidSchema });

/** Whether the contact has their own sign-in: linked, invited (an unused invitation not yet expired), or neither. */
export const contactSignInStatuses = ['not_invited', 'invited', 'signed_up'] as const;
export type ContactSignInStatus = (typeof contactSignInStatuses)[number];

export const contactSignInStatusLabels: Record<ContactSignInStatus, string> = {
  not_invited: 'No sign-in',
  invited: 'Invited',
  signed_up: 'Has a sign-in',
};

export const contactSharingNowSchema = z.object({
  state: z.enum(sharingStates),
  parts: z.array(z.enum(recordParts)),
  /** The last day the contact may see the record; null until the person changes it. */
  endsOn: z.string().nullable(),
});
export type ContactSharingNow = z.infer<typeof contactSharingNowSchema>;

export const contactSummarySchema = contactViewSchema.extend({
  sharing: contactSharingNowSchema,
  signIn: z.object({
    status: z.enum(contactSignInStatuses),
    /** When the newest unused invitation stops working; null when none is waiting. */
    invitationExpiresAt: z.string().nullable(),
  }),
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

export const contactListResponseSchema = z.array(contactSummarySchema);

export const sharingDecisionViewSchema = z.object({
  id: z.uuid(),
  parts: z.array(z.enum(recordParts)),
  endsOn: z.string().nullable(),
  revoked: z.boolean(),
  decidedBy: z.enum(sharingDeciders),
  authorityDetail: z.string(),
  /** What a decision for the person rests on (see sharingAuthorityErrors): null for the person's own decision. */
  capacityAssessmentId: z.uuid().nullable(),
  bestInterestsDecisionId: z.uuid().nullable(),
  legalAuthorityRecordId: z.uuid().nullable(),
  /** Those records in a sentence; null when none is named, or the reader may not read capacity records. */
  restsOn: z.string().nullable(),
  reason: z.string(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});
export type SharingDecisionView = z.infer<typeof sharingDecisionViewSchema>;

export const contactDetailSchema = contactSummarySchema.extend({
  /** Every decision about this contact, newest (in force) first; none is ever changed. */
  decisions: z.array(sharingDecisionViewSchema),
});
export type ContactDetail = z.infer<typeof contactDetailSchema>;

export const contactInvitationResponseSchema = z.object({
  /** The path the contact opens to make their sign-in; shown once, never stored. */
  link: z.string(),
  expiresAt: z.string(),
});
export type ContactInvitationResponse = z.infer<typeof contactInvitationResponseSchema>;

export const contactEntryViewSchema = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  contactName: z.string(),
  relationship: contactViewSchema.shape.relationship,
  kind: z.enum(contactEntryKinds),
  body: z.string(),
  createdAt: z.string(),
});
export type ContactEntryView = z.infer<typeof contactEntryViewSchema>;

export const contactEntriesResponseSchema = z.array(contactEntryViewSchema);
