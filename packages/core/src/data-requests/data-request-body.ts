// What logging a data request from a council or another professional takes, and the rules on when it is due.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { optionalText, requiredText } from '../schemas/common.js';

export const requesterRoles = ['social_care_professional', 'monitoring_officer', 'other_professional'] as const;
export type RequesterRole = (typeof requesterRoles)[number];

export const requesterRoleLabels: Record<RequesterRole, string> = {
  social_care_professional: 'Social care professional',
  monitoring_officer: 'Monitoring officer',
  other_professional: 'Other professional',
};

/** A request is due this long after it was received unless the requester asked for it sooner. */
export const defaultResponseHours = 24;
/** A deadline later than the default needs a reason, and is never more than this long after receipt. */
export const longestResponseDays = 30;
/** How far ahead of the server's clock a receipt time may be, for a device clock a little fast. */
export const receivedSkewAllowanceMinutes = 5;
/** At most this many people in one request: more is a different conversation (a bulk data return). */
export const maxPeoplePerRequest = 50;

const hour = 3_600_000;
const instant = (what: string) => z.iso.datetime({ offset: true, error: `Enter a real date and time ${what}` });

export const dataRequesterSchema = z.object({
  name: requiredText(200, 'the name of the person asking'),
  organisation: requiredText(200, 'their organisation'),
  role: z.enum(requesterRoles, { error: 'Choose their role' }),
  email: z.string().trim().pipe(z.email({ error: 'Enter an email address in the right format, like name@council.example' })),
  phone: optionalText(40, 'the phone number'),
});
export type DataRequester = z.infer<typeof dataRequesterSchema>;

/**
 * A request as logged. `dueAt` may be left out: it is then 24 hours after receipt. It may be sooner when the
 * requester asked for sooner. A later deadline (agreed with the requester) needs `dueReason`, and is at most 30 days
 * after receipt, so the register never holds a deadline that is really "whenever".
 */
export const createDataRequestBodySchema = z
  .object({
    serviceId: z.uuid({ error: 'Choose the service' }),
    requester: dataRequesterSchema,
    personIds: z
      .array(z.uuid({ error: 'Choose a person from the list' }), { error: 'Choose the people the request is about' })
      .min(1, { error: 'Choose at least one person the request is about' })
      .max(maxPeoplePerRequest, { error: `Choose ${maxPeoplePerRequest} people or fewer` }),
    whatAsked: requiredText(4000, 'what was asked for'),
    receivedAt: instant('when the request was received'),
    dueAt: instant('for the deadline').nullish().transform((v) => v ?? null),
    dueReason: optionalText(500, 'the reason for the later deadline'),
  })
  .superRefine((body, ctx) => {
    if (new Set(body.personIds).size !== body.personIds.length) {
      ctx.addIssue({ code: 'custom', path: ['personIds'], message: 'Choose each person only once' });
    }
  });
export type CreateDataRequestBody = z.infer<typeof createDataRequestBodySchema>;

/** The deadline the request gets: the one given, or 24 hours after receipt. */
export function deadlineFor(body: Pick<CreateDataRequestBody, 'receivedAt' | 'dueAt'>): Date {
  return body.dueAt !== null ? new Date(body.dueAt) : new Date(new Date(body.receivedAt).getTime() + defaultResponseHours * hour);
}

/**
 * The rules that need the clock: receipt not in the future (beyond a few minutes of clock difference); a deadline
 * after receipt; later than 24 hours only with a reason, and never more than 30 days. A deadline already past is
 * allowed: a request logged late is overdue, and the register says so rather than hiding it.
 */
export function dataRequestTimingErrors(body: Pick<CreateDataRequestBody, 'receivedAt' | 'dueAt' | 'dueReason'>, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const received = new Date(body.receivedAt).getTime();
  if (received > now.getTime() + receivedSkewAllowanceMinutes * 60_000) {
    errors.push({ field: 'receivedAt', message: 'When the request was received must be now or in the past' });
  }
  if (body.dueAt === null) {
    if (body.dueReason !== null) errors.push({ field: 'dueReason', message: 'Give a reason only when you set a deadline later than 24 hours' });
    return errors;
  }
  const due = new Date(body.dueAt).getTime();
  if (due <= received) {
    errors.push({ field: 'dueAt', message: 'The deadline must be after the request was received' });
  } else if (due - received > longestResponseDays * 24 * hour) {
    errors.push({ field: 'dueAt', message: `The deadline must be within ${longestResponseDays} days of receiving the request` });
  } else if (due - received > defaultResponseHours * hour && body.dueReason === null) {
    errors.push({ field: 'dueReason', message: 'Say why the deadline is later than 24 hours after receipt, for example what was agreed with the requester' });
  }
  return errors;
}
