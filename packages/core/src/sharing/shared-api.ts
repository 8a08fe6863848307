// The contract of the shared record portal: how outside readers (the person, family, advocates, attorneys, officers)
// sign in, accept an invitation, read what the person chose to share, and add to it.
import { z } from 'zod';
import { sharedBehaviourSupportSchema } from '../behaviour-support-plan/bsp-shared.js';
import { requiredText } from '../schemas/common.js';
import { contactRelationships } from './contacts.js';
import { recordParts } from './record-parts.js';
import { sharedOutputFormats } from './shared-formats.js';

export const sharedRelationshipSchema = z.enum([...contactRelationships, 'officer']);

/** One person the reader may reach now, and how far. */
export const sharedPersonLinkSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  preferredName: z.string().nullable(),
  relationship: sharedRelationshipSchema,
  parts: z.array(z.enum(recordParts)),
  readOnly: z.boolean(),
  /** When this access ends; null until the person changes it. */
  endsAt: z.string().nullable(),
});
export type SharedPersonLink = z.infer<typeof sharedPersonLinkSchema>;

export const sharedSessionSchema = z.object({
  accountId: z.uuid(),
  name: z.string(),
  email: z.string(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  csrfToken: z.string(),
  people: z.array(sharedPersonLinkSchema),
});
export type SharedSession = z.infer<typeof sharedSessionSchema>;

export const sharedInvitationInfoSchema = z.object({
  name: z.string(),
  email: z.string(),
  organisationName: z.string(),
  /** The people the invitation opens a view of (one for a contact; those a data request names for an officer). */
  people: z.array(z.string()),
  kind: z.enum(['contact', 'grant']),
  expiresAt: z.string(),
  /** An outside sign-in with this email already exists: accepting adds this link to it with its own password. */
  hasAccount: z.boolean(),
});
export type SharedInvitationInfo = z.infer<typeof sharedInvitationInfoSchema>;

export const acceptSharedInvitationBodySchema = z.object({
  password: z.string({ error: 'Enter a password' }).min(1, { error: 'Enter a password' }).max(1024),
});
export type AcceptSharedInvitationBody = z.infer<typeof acceptSharedInvitationBodySchema>;

/** Any id: one that is not a person in reach (malformed or not) answers 404 like every other. */
export const sharedPersonParamsSchema = z.object({ personId: z.string().min(1).max(100) });

/** A heading and what is written under it: the shape every shared part is shown, searched and printed in. */
export const sharedBlockSchema = z.object({ heading: z.string(), lines: z.array(z.string()) });
export type SharedBlock = z.infer<typeof sharedBlockSchema>;

export const sharedPlanSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  part: z.enum(recordParts),
  blocks: z.array(sharedBlockSchema),
});
export type SharedPlanSection = z.infer<typeof sharedPlanSectionSchema>;

export const sharedDailyRecordSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  arrivedAt: z.string(),
  leftAt: z.string().nullable(),
  recordedByName: z.string(),
  blocks: z.array(sharedBlockSchema),
});
export type SharedDailyRecord = z.infer<typeof sharedDailyRecordSchema>;

/** The capacity records shown to outside readers, each kind in the part of the record it belongs to (shared-capacity.ts). */
export const sharedCapacityKinds = [
  'resuscitation',
  'capacity_status',
  'capacity_assessment',
  'best_interests_decision',
  'legal_authority',
  'advance_decision',
  'advance_care_plan',
  'consent',
  'liberty_safeguard',
  'imca_involvement',
] as const;
export type SharedCapacityKind = (typeof sharedCapacityKinds)[number];

/** One capacity record as a reader sees it: a heading and the words a family member needs. */
export const sharedCapacityEntrySchema = sharedBlockSchema.extend({
  kind: z.enum(sharedCapacityKinds),
  /** The part whose sharing shows it: health, or finances for a property and financial affairs authority. */
  part: z.enum(recordParts),
});
export type SharedCapacityEntry = z.infer<typeof sharedCapacityEntrySchema>;

export const contactEntryKinds = ['comment', 'about_me', 'feedback', 'concern'] as const;
export type ContactEntryKind = (typeof contactEntryKinds)[number];
export const contactEntryKindLabels: Record<ContactEntryKind, string> = {
  comment: 'A comment',
  about_me: 'An update to About Me',
  feedback: 'Feedback about the care',
  concern: 'A concern',
};

export const sharedEntrySchema = z.object({
  id: z.uuid(),
  kind: z.enum(contactEntryKinds),
  text: z.string(),
  createdAt: z.string(),
  byYou: z.literal(true),
});
export type SharedEntry = z.infer<typeof sharedEntrySchema>;

export const newSharedEntryBodySchema = z.object({
  kind: z.enum(contactEntryKinds, { error: 'Choose what you are adding' }),
  text: requiredText(4000, 'what you want to say'),
  /** Sent by the form so a repeated submission adds the entry once. */
  clientId: z.uuid().optional(),
});
export type NewSharedEntryBody = z.infer<typeof newSharedEntryBodySchema>;

/** What a reader may see of one person's record now; everything else (search, text, PDF) is made from this. */
export const sharedRecordViewSchema = z.object({
  person: z.object({
    id: z.uuid(),
    name: z.string(),
    preferredName: z.string().nullable(),
    communicationNeeds: z.array(z.string()).nullable(),
  }),
  /** The versions to download, the person's preferred format first; null when they need no other format. */
  formats: z.object({
    order: z.array(z.enum(sharedOutputFormats)),
    preferred: z.enum(sharedOutputFormats).nullable(),
  }),
  relationship: sharedRelationshipSchema,
  parts: z.array(z.enum(recordParts)),
  readOnly: z.boolean(),
  canSeeRecordViews: z.boolean(),
  endsAt: z.string().nullable(),
  plan: z.object({ version: z.number().int(), agreedOn: z.string().nullable() }).nullable(),
  planSections: z.array(sharedPlanSectionSchema),
  /** Null when daily records are not shared. */
  dailyRecords: z.array(sharedDailyRecordSchema).nullable(),
  /** Capacity, legal authority and advance care planning; null when neither health nor finances is shared. */
  capacity: z.array(sharedCapacityEntrySchema).nullable(),
  /** The behaviour support plan in use and the last month's ABC records and restrictive interventions; null unless behaviour support is shared. */
  behaviourSupport: sharedBehaviourSupportSchema.nullable(),
  entries: z.array(sharedEntrySchema),
});
export type SharedRecordView = z.infer<typeof sharedRecordViewSchema>;

export const sharedSearchQuerySchema = z.object({ q: z.string().trim().max(200).default('') });

export const sharedSearchResultSchema = z.object({
  query: z.string(),
  results: z.array(z.object({ where: z.string(), text: z.string() })),
});
export type SharedSearchResult = z.infer<typeof sharedSearchResultSchema>;

export const recordViewEntrySchema = z.object({
  who: z.string(),
  kind: z.enum(['staff', 'outside']),
  /** The London date of these looks. */
  on: z.string(),
  lastAt: z.string(),
  times: z.number().int(),
});
export const recordViewsSchema = z.object({ views: z.array(recordViewEntrySchema) });
export type RecordViews = z.infer<typeof recordViewsSchema>;
