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

export const sharingDecisionBodySchema = z
  .object({
    parts: z
      .array(z.enum(recordParts, { error: 'Choose a part of the record from the list' }))
      .max(recordParts.length)
      .refine((list) => new Set(list).size === list.length, { error: 'Choose each part once' }),
    /** The last day the contact may see the record; none means until the person changes it. */
    endsOn: isoDateSchema.nullish().or(z.literal('')).transform((v) => (v ? v : null)),
    decidedBy: z.enum(sharingDeciders, { error: 'Say who made this decision' }),
    /** Who decided for the person and on what authority; the capacity assessment and best-interests decision it rests on. */
    authorityDetail: optionalText(1000, 'who decided and on what authority'),
    reason: requiredText(1000, 'what the person said, or why this was decided'),
  })
  .superRefine((body, ctx) => {
    if (body.decidedBy === 'legal_authority' && body.authorityDetail === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['authorityDetail'],
        message: 'Name who decided, their authority (for example a health and welfare attorney), and the capacity assessment it rests on',
      });
    }
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
