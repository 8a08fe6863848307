// Answering a data request with a time-limited, read-only access grant for the named officer: what a grant needs,
// the rules it is checked against (people named in the request, an end in the future and within 30 days), and its state.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { optionalText, requiredText } from '../schemas/common.js';
import { recordPartLabels, recordParts, type RecordPart } from '../sharing/record-parts.js';
import { dataRequestSchema } from './data-request-api.js';
import { dataRequestUpdateRefusal, type DataRequestStatus } from './data-request-updates.js';

/** The form offers access for this long unless the officer needs less. */
export const defaultGrantDays = 7;
/** A grant never lasts longer than this: more is a different arrangement, not an answer to one request. */
export const longestGrantDays = 30;

const day = 86_400_000;

export const accessGrantBodySchema = z
  .object({
    /** Left out: the request's officer (who asked). */
    officerName: optionalText(200, 'the officer’s name'),
    /** Left out: the email the request was received from. */
    officerEmail: z
      .string()
      .trim()
      .pipe(z.union([z.literal(''), z.email({ error: 'Enter an email address in the right format, like name@council.example' })]))
      .nullish()
      .transform((v) => (v === '' || v === undefined ? null : v)),
    personIds: z
      .array(z.uuid({ error: 'Choose a person from the list' }), { error: 'Choose the people the officer may see' })
      .min(1, { error: 'Choose at least one person the officer may see' }),
    parts: z
      .array(z.enum(recordParts, { error: 'Choose parts of the record from the list' }), { error: 'Choose the parts of the record the officer may see' })
      .min(1, { error: 'Choose at least one part of the record the officer may see' }),
    expiresAt: z.iso.datetime({ offset: true, error: 'Enter a real date and time for when the access ends' }),
  })
  .superRefine((body, ctx) => {
    if (new Set(body.personIds).size !== body.personIds.length) ctx.addIssue({ code: 'custom', path: ['personIds'], message: 'Choose each person only once' });
    if (new Set(body.parts).size !== body.parts.length) ctx.addIssue({ code: 'custom', path: ['parts'], message: 'Choose each part only once' });
  });
export type AccessGrantBody = z.infer<typeof accessGrantBodySchema>;

/** The request as a grant is checked against it. */
export interface GrantableRequest {
  personIds: readonly string[];
  requester: { name: string; email: string };
}

/**
 * The rules that need the request and the clock: only people the request names, and an end after now and no more
 * than 30 days ahead. An officer's name and email left out are taken from the request.
 */
export function accessGrantErrors(body: { personIds: readonly string[]; expiresAt: string }, request: Pick<GrantableRequest, 'personIds'>, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const named = new Set(request.personIds);
  if (body.personIds.some((id) => !named.has(id))) errors.push({ field: 'personIds', message: 'Choose only people named in the request' });
  const ends = new Date(body.expiresAt).getTime();
  if (ends <= now.getTime()) errors.push({ field: 'expiresAt', message: 'The access must end in the future' });
  else if (ends > now.getTime() + longestGrantDays * day) errors.push({ field: 'expiresAt', message: `The access must end within ${longestGrantDays} days` });
  return errors;
}

/** Why no grant may answer the request now, or null: only an open request is answered. */
export function accessGrantRefusal(status: DataRequestStatus): string | null {
  return dataRequestUpdateRefusal(status) === null ? null : `This request is ${status} already, so it cannot be answered with an access grant; log a new request if more is asked`;
}

/** Who the grant is for: as given, or the request's officer. */
export function grantOfficer(body: Pick<AccessGrantBody, 'officerName' | 'officerEmail'>, requester: GrantableRequest['requester']): { name: string; email: string } {
  return { name: body.officerName ?? requester.name, email: body.officerEmail ?? requester.email };
}

/** The end the form offers: seven days from now, to the minute. */
export function defaultGrantEnd(now: Date): Date {
  const end = new Date(now.getTime() + defaultGrantDays * day);
  end.setUTCSeconds(0, 0);
  return end;
}

export const accessGrantStates = ['active', 'expired', 'revoked'] as const;
export type AccessGrantState = (typeof accessGrantStates)[number];
export const accessGrantStateLabels: Record<AccessGrantState, string> = { active: 'Active', expired: 'Ended', revoked: 'Revoked' };

/** Revoked wins over ended; at its end instant a grant has ended. */
export function accessGrantState(grant: { expiresAt: string | Date; revokedAt: string | Date | null }, now: Date): AccessGrantState {
  if (grant.revokedAt !== null) return 'revoked';
  return new Date(grant.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}

export const revokeAccessGrantBodySchema = z.object({ reason: requiredText(1000, 'why the access is ended') });
export type RevokeAccessGrantBody = z.infer<typeof revokeAccessGrantBodySchema>;

export const grantIdParamsSchema = z.object({ id: z.uuid(), grantId: z.uuid() });

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const accessGrantSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  officerName: z.string(),
  officerEmail: z.string(),
  people: z.array(z.object({ id: z.uuid(), legalName: z.string() })),
  parts: z.array(z.enum(recordParts)),
  expiresAt: z.string(),
  state: z.enum(accessGrantStates),
  createdBy: staffRef,
  createdAt: z.string(),
  /** When the officer accepted the invitation and set up their sign-in; null until then. */
  acceptedAt: z.string().nullable(),
  revocation: z.object({ reason: z.string(), revokedBy: staffRef, revokedAt: z.string() }).nullable(),
});
export type AccessGrant = z.infer<typeof accessGrantSchema>;

export const accessGrantListSchema = z.object({ now: z.string(), grants: z.array(accessGrantSchema) });
export type AccessGrantList = z.infer<typeof accessGrantListSchema>;

/** What giving a grant answers: the grant, the request now answered, and the invitation link, shown this once. */
export const issuedAccessGrantSchema = z.object({
  grant: accessGrantSchema,
  request: dataRequestSchema,
  invitation: z.object({ link: z.string(), expiresAt: z.string() }),
});
export type IssuedAccessGrant = z.infer<typeof issuedAccessGrantSchema>;


const londonTime = (at: Date | string) =>
  new Date(at).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'long', timeStyle: 'short' });

/** A grant as the person reads it in a copy of their record: who could see what, from when, until when. */
export function describeGrantDisclosure(grant: {
  officerName: string;
  organisation: string;
  parts: readonly RecordPart[];
  createdAt: Date | string;
  expiresAt: Date | string;
  revokedAt: Date | string | null;
}): string {
  const parts = recordParts.filter((p) => grant.parts.includes(p)).map((p) => recordPartLabels[p].toLowerCase()).join('; ');
  const ended = grant.revokedAt === null ? '' : `; ended early on ${londonTime(grant.revokedAt)}`;
  return `Gave ${grant.officerName} (${grant.organisation}) read-only access to: ${parts}; from ${londonTime(grant.createdAt)} until ${londonTime(grant.expiresAt)} (UK time)${ended}`;
}
