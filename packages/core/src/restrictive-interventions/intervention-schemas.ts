// What a restrictive intervention and its debrief are recorded with: the kinds, the body of each record, and the
// rules about time every recorder and the server apply alike.
import { z } from 'zod';
import { optionalText, requiredText } from '../schemas/common.js';
import type { FieldError } from '../errors.js';
import { londonDay } from '../visit-records/london-time.js';

export const restrictiveInterventionKinds = ['physical', 'seclusion', 'chemical', 'mechanical'] as const;
export type RestrictiveInterventionKind = (typeof restrictiveInterventionKinds)[number];

export const restrictiveInterventionKindLabels: Record<RestrictiveInterventionKind, string> = {
  physical: 'Physical restraint',
  seclusion: 'Seclusion',
  chemical: 'Chemical restraint',
  mechanical: 'Mechanical restraint',
};

export const restrictiveInterventionPlanAnswers = ['yes', 'partly', 'no', 'no_plan'] as const;
export type RestrictiveInterventionPlanAnswer = (typeof restrictiveInterventionPlanAnswers)[number];

export const restrictiveInterventionPlanLabels: Record<RestrictiveInterventionPlanAnswer, string> = {
  yes: 'Yes, as the behaviour support plan sets out',
  partly: 'Partly',
  no: 'No',
  no_plan: 'There is no behaviour support plan',
};

export const restrictiveInterventionPrnAnswers = ['followed', 'not_followed', 'no_protocol'] as const;
export type RestrictiveInterventionPrnAnswer = (typeof restrictiveInterventionPrnAnswers)[number];

export const restrictiveInterventionPrnLabels: Record<RestrictiveInterventionPrnAnswer, string> = {
  followed: 'Yes, the PRN protocol was followed',
  not_followed: 'No, the PRN protocol was not followed',
  no_protocol: 'There is no PRN protocol for this medicine',
};

export const restrictiveInterventionDebriefWith = ['person', 'staff'] as const;
export type RestrictiveInterventionDebriefWith = (typeof restrictiveInterventionDebriefWith)[number];

/** The longest a single use may be recorded as lasting: a week, in minutes. */
export const restrictiveInterventionMaxMinutes = 7 * 24 * 60;
/** How far ahead of the server's clock a phone's clock may be before a start time counts as in the future. */
export const restrictiveInterventionClockSkewMinutes = 5;

const staffMemberSchema = z.object({
  name: requiredText(120, 'the name of each member of staff involved'),
  role: optionalText(120, 'their role'),
});

/** At least one less restrictive option tried first, or the reason none could be. */
const lessRestrictiveSchema = z
  .object({
    tried: z.array(requiredText(1000, 'what was tried, or remove the empty line')).max(20, { error: 'List at most 20 options' }),
    noneReason: optionalText(2000, 'why none could be tried'),
  })
  .superRefine((value, ctx) => {
    if (value.tried.length === 0 && value.noneReason === null)
      ctx.addIssue({
        code: 'custom',
        path: ['tried'],
        message: 'Say what less restrictive options were tried first, or why none could be',
      });
  });

const medicineSchema = z.object({
  name: requiredText(200, 'the medicine given'),
  dose: requiredText(100, 'the dose'),
  route: requiredText(100, 'how it was given (the route)'),
  prnProtocol: z.enum(restrictiveInterventionPrnAnswers, { error: 'Say whether a PRN protocol was followed' }),
});

/** None, or what the injuries were: details are kept only when someone was injured. */
const injurySchema = (who: string) =>
  z
    .object({
      injured: z.boolean({ error: `Say whether ${who} was injured` }),
      details: optionalText(2000, 'the injuries'),
    })
    .superRefine((value, ctx) => {
      if (value.injured && value.details === null)
        ctx.addIssue({ code: 'custom', path: ['details'], message: `Describe the injuries to ${who}` });
    })
    .transform((value) => ({ injured: value.injured, details: value.injured ? value.details : null }));

export const restrictiveInterventionBodySchema = z.object({
  staffInvolved: z
    .array(staffMemberSchema)
    .min(1, { error: 'Name the staff involved' })
    .max(20, { error: 'Name at most 20 members of staff' }),
  reason: requiredText(4000, 'why it was used'),
  riskAnswered: requiredText(4000, 'the risk it answered'),
  lessRestrictive: lessRestrictiveSchema,
  whatWasDone: requiredText(4000, 'what was done, including any holds used'),
  /** For chemical restraint only: the medicine, dose, route and whether a PRN protocol was followed. */
  medicine: medicineSchema.nullish().transform((v) => v ?? null),
  personInjury: injurySchema('the person'),
  staffInjury: injurySchema('any member of staff'),
  /** The person's own view of what happened, where they gave it. */
  personView: optionalText(4000, 'the person\u2019s view'),
});
export type RestrictiveInterventionBody = z.output<typeof restrictiveInterventionBodySchema>;
export type RestrictiveInterventionBodyInput = z.input<typeof restrictiveInterventionBodySchema>;

export const restrictiveInterventionPostSchema = z
  .object({
    /** Made by the form once, kept across every retry, so a resend is stored once. */
    clientId: z.uuid({ error: 'The form\u2019s own id is missing: reload the page and try again' }),
    kind: z.enum(restrictiveInterventionKinds, { error: 'Choose the kind of restrictive intervention' }),
    startedAt: z.iso.datetime({ offset: true, error: 'Enter the date and time it started' }),
    durationMinutes: z
      .number({ error: 'Enter how long it lasted, in minutes' })
      .int({ error: 'Enter how long it lasted in whole minutes' })
      .min(0, { error: 'How long it lasted cannot be less than 0 minutes' })
      .max(restrictiveInterventionMaxMinutes, { error: 'How long it lasted must be a week or less' }),
    followedPlan: z.enum(restrictiveInterventionPlanAnswers, {
      error: 'Say whether it followed the behaviour support plan',
    }),
    abcRecordId: z
      .uuid({ error: 'Choose one of this person\u2019s ABC records' })
      .nullish()
      .transform((v) => v ?? null),
    body: restrictiveInterventionBodySchema,
    supersedes: z
      .uuid({ error: 'Choose the record this corrects' })
      .nullish()
      .transform((v) => v ?? null),
    supersedeReason: optionalText(1000, 'why this corrects the earlier record'),
  })
  .superRefine((post, ctx) => {
    if (post.kind === 'chemical' && post.body.medicine === null)
      ctx.addIssue({
        code: 'custom',
        path: ['body', 'medicine'],
        message: 'Give the medicine, dose and route for chemical restraint',
      });
    if (post.kind !== 'chemical' && post.body.medicine !== null)
      ctx.addIssue({ code: 'custom', path: ['body', 'medicine'], message: 'Medicine details are only for chemical restraint' });
    if (post.supersedes !== null && post.supersedeReason === null)
      ctx.addIssue({ code: 'custom', path: ['supersedeReason'], message: 'Say why this corrects the earlier record' });
    if (post.supersedes === null && post.supersedeReason !== null)
      ctx.addIssue({ code: 'custom', path: ['supersedeReason'], message: 'A reason is only needed when correcting a record' });
  });
export type RestrictiveInterventionPost = z.output<typeof restrictiveInterventionPostSchema>;
export type RestrictiveInterventionPostInput = z.input<typeof restrictiveInterventionPostSchema>;

/** A start in the future (beyond a phone's clock running a little fast), or an end after now, cannot be right. */
export function restrictiveInterventionTimeErrors(
  post: Pick<RestrictiveInterventionPost, 'startedAt' | 'durationMinutes'>,
  now: Date,
): FieldError[] {
  const started = Date.parse(post.startedAt);
  const allowance = restrictiveInterventionClockSkewMinutes * 60_000;
  if (started > now.getTime() + allowance) return [{ field: 'startedAt', message: 'The start cannot be in the future' }];
  if (started + post.durationMinutes * 60_000 > now.getTime() + allowance)
    return [{ field: 'durationMinutes', message: 'It cannot have ended after now: check how long it lasted' }];
  return [];
}

const planChangeSchema = z
  .object({
    needed: z.boolean({ error: 'Say whether the behaviour support plan needs changing' }),
    what: optionalText(2000, 'what needs changing'),
  })
  .superRefine((value, ctx) => {
    if (value.needed && value.what === null)
      ctx.addIssue({ code: 'custom', path: ['what'], message: 'Say what needs changing in the behaviour support plan' });
  })
  .transform((value) => ({ needed: value.needed, what: value.needed ? value.what : null }));

export const restrictiveInterventionDebriefBodySchema = z.object({
  participants: requiredText(1000, 'who took part'),
  /** With the person: their account in their own words. With staff: what happened, as they describe it. */
  account: requiredText(6000, 'the account of what happened'),
  couldBeDoneDifferently: requiredText(4000, 'what could be done differently'),
  planChange: planChangeSchema,
});
export type RestrictiveInterventionDebriefBody = z.output<typeof restrictiveInterventionDebriefBodySchema>;

export const restrictiveInterventionDebriefPostSchema = z.object({
  withWhom: z.enum(restrictiveInterventionDebriefWith, { error: 'Choose who the debrief was with' }),
  heldOn: z.iso.date({ error: 'Enter the date the debrief was held, like 14 3 2026' }),
  body: restrictiveInterventionDebriefBodySchema,
});
export type RestrictiveInterventionDebriefPost = z.output<typeof restrictiveInterventionDebriefPostSchema>;
export type RestrictiveInterventionDebriefPostInput = z.input<typeof restrictiveInterventionDebriefPostSchema>;

/** A debrief is held on or after the day of the intervention (in England), and not after today. */
export function restrictiveInterventionDebriefDateErrors(heldOn: string, startedAt: string, today: string): FieldError[] {
  if (heldOn > today) return [{ field: 'heldOn', message: 'The debrief cannot be in the future' }];
  if (heldOn < londonDay(new Date(startedAt)))
    return [{ field: 'heldOn', message: 'The debrief cannot be before the restrictive intervention' }];
  return [];
}
