// What a person decides each contact may see, and what is in force today. Each change is a new decision; the newest
// for a contact is the one in force. Silence shares nothing: a contact with no decision sees nothing.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import { recordParts, type RecordPart } from './record-parts.js';

export const sharingDeciders = ['person', 'legal_authority'] as const;
export type SharingDecider = (typeof sharingDeciders)[number];

export const sharingDeciderLabels: Record<SharingDecider, string> = {
  person: 'The person decided',
  legal_authority: 'Someone with legal authority decided, because the person lacks capacity for this decision',
};

/** An id naming a record this decision rests on; absent, empty or null is none. */
const recordIdSchema = (error: string) =>
  z
    .uuid({ error })
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null));

/** The records a decision by someone with legal authority rests on: each is named by id, never described in words. */
export const sharingAuthorityFields = ['capacityAssessmentId', 'bestInterestsDecisionId', 'legalAuthorityRecordId'] as const;

export const sharingDecisionBodySchema = z
  .object({
    parts: z
      .array(z.enum(recordParts, { error: 'Choose a part of the record from the list' }))
      .max(recordParts.length)
      .refine((list) => new Set(list).size === list.length, { error: 'Choose each part once' }),
    /** The last day the contact may see the record; none means until the person changes it. */
    endsOn: isoDateSchema.nullish().or(z.literal('')).transform((v) => (v ? v : null)),
    decidedBy: z.enum(sharingDeciders, { error: 'Say who made this decision' }),
    /** Anything more about who decided and how, beyond the records named below. */
    authorityDetail: optionalText(1000, 'who decided and on what authority'),
    /** The signed assessment, in force for this decision, finding the person lacks capacity to decide about sharing. */
    capacityAssessmentId: recordIdSchema('Choose the capacity assessment from the list'),
    /** A best-interests decision resting on that assessment... */
    bestInterestsDecisionId: recordIdSchema('Choose the best-interests decision from the list'),
    /** ...or a lasting power of attorney or deputyship covering who may see the record. */
    legalAuthorityRecordId: recordIdSchema('Choose the lasting power of attorney or deputyship from the list'),
    reason: requiredText(1000, 'what the person said, or why this was decided'),
  })
  .superRefine((body, ctx) => {
    const add = (field: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [field], message });
    };
    if (body.decidedBy === 'person') {
      for (const field of sharingAuthorityFields) {
        if (body[field] !== null) add(field, 'Only a decision made for the person rests on this: leave it out, or say someone with legal authority decided');
      }
      return;
    }
    if (body.capacityAssessmentId === null)
      add('capacityAssessmentId', 'Choose the capacity assessment finding they lack capacity to decide who may see their record');
    if (body.bestInterestsDecisionId === null && body.legalAuthorityRecordId === null)
      add('bestInterestsDecisionId', 'Choose the best-interests decision, or the lasting power of attorney or deputyship, this decision rests on');
  });
export type SharingDecisionBody = z.infer<typeof sharingDecisionBodySchema>;

export const revokeSharingBodySchema = z.object({
  decidedBy: z.enum(sharingDeciders, { error: 'Say who made this decision' }),
  authorityDetail: optionalText(1000, 'who decided and on what authority'),
  reason: requiredText(1000, 'why the sharing is stopping'),
});
export type RevokeSharingBody = z.infer<typeof revokeSharingBodySchema>;

/** The date errors a decision's end date can have, given today's UK date: it cannot end before it starts. */
export function sharingEndErrors(body: Pick<SharingDecisionBody, 'endsOn'>, today: string): { field: string; message: string }[] {
  if (body.endsOn !== null && body.endsOn < today) {
    return [{ field: 'endsOn', message: 'The end date must be today or later' }];
  }
  return [];
}

export interface SharingDecisionRecord {
  contactId: string;
  parts: readonly RecordPart[];
  endsOn: string | null;
  revoked: boolean;
  recordedAt: string;
}

export type SharingState = 'not_decided' | 'sharing' | 'ended' | 'revoked' | 'nothing_shared';

/** What a contact may see today (UK date), from all decisions about them in any order. */
export function sharingInForce(
  decisions: readonly SharingDecisionRecord[],
  today: string,
): { state: SharingState; parts: RecordPart[]; endsOn: string | null } {
  const newest = [...decisions].sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0))[0];
  if (!newest) return { state: 'not_decided', parts: [], endsOn: null };
  if (newest.revoked) return { state: 'revoked', parts: [], endsOn: newest.endsOn };
  if (newest.endsOn !== null && newest.endsOn < today) return { state: 'ended', parts: [], endsOn: newest.endsOn };
  if (newest.parts.length === 0) return { state: 'nothing_shared', parts: [], endsOn: newest.endsOn };
  return { state: 'sharing', parts: [...newest.parts], endsOn: newest.endsOn };
}

export const sharingStateLabels: Record<SharingState, string> = {
  not_decided: 'Not yet decided: nothing is shared',
  sharing: 'Sharing',
  ended: 'Ended',
  revoked: 'Stopped',
  nothing_shared: 'Nothing shared',
};
