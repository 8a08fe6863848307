// The conversation about how a person wants their records kept: who took part, what was explained, what they chose,
// and when to talk again. Until one is recorded the person's choices are "not yet discussed": silence is never consent.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { optionalText, requiredText } from '../schemas/common.js';

/** The ways a person's records can be kept and reached that staff explain. */
export const recordKeepingOptions = ['paper_in_home', 'app', 'secure_email', 'printed_copy_sent', 'mix'] as const;
export type RecordKeepingOption = (typeof recordKeepingOptions)[number];

/** What the person can choose: one or more ways (more than one is a mix). */
export const recordKeepingWays = ['paper_in_home', 'app', 'secure_email', 'printed_copy_sent'] as const;
export type RecordKeepingWay = (typeof recordKeepingWays)[number];

export const recordKeepingOptionLabels: Record<RecordKeepingOption, string> = {
  paper_in_home: 'A paper copy kept in the home',
  app: 'Reading it in the app',
  secure_email: 'Secure email',
  printed_copy_sent: 'A printed copy sent to them',
  mix: 'A mix of these',
};

export const informationChoicesStatuses = ['not_discussed', 'review_due', 'current'] as const;
export type InformationChoicesStatus = (typeof informationChoicesStatuses)[number];

export const informationChoicesStatusLabels: Record<InformationChoicesStatus, string> = {
  not_discussed: 'Information choices not yet discussed',
  review_due: 'Information choices due for review',
  current: 'Information choices discussed',
};

/** A list of choices, each once, at least one (so "nothing ticked" is named beside the other fields' errors). */
const choiceList = <T extends string>(values: readonly [T, ...T[]], error: string, noneChosen: string) =>
  z
    .array(z.enum(values, { error }), { error: noneChosen })
    .max(values.length)
    .default([])
    .refine((list) => list.length > 0, { error: noneChosen })
    .refine((list) => new Set(list).size === list.length, { error: 'Choose each option once' });

const otherParticipantSchema = z.object({
  name: requiredText(120, 'their name'),
  relationship: requiredText(120, 'how they know the person'),
});

export const participantsSchema = z
  .object({
    personPresent: z.boolean({ error: 'Say whether the person took part' }),
    /** Why the person did not take part, when they did not. */
    personAbsentReason: optionalText(500, 'why the person did not take part'),
    /** Relatives, friends, advocates or attorneys, each with how they know the person. */
    others: z.array(otherParticipantSchema).max(10, { error: 'Name up to 10 people' }).default([]),
    staffMember: requiredText(120, 'the staff member who took part'),
  })
  .superRefine((p, ctx) => {
    if (!p.personPresent && p.personAbsentReason === null)
      ctx.addIssue({ code: 'custom', path: ['personAbsentReason'], message: 'Say why the person did not take part' });
    if (!p.personPresent && p.others.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['others'],
        message: 'Name someone who took part for the person, or say that the person took part',
      });
  });
export type InformationChoicesParticipants = z.infer<typeof participantsSchema>;

export const decisionSchema = z.object({
  ways: choiceList(recordKeepingWays, 'Choose a way from the list', 'Choose at least one way they want their records kept'),
  /** Anything else they said about their records; who may be told what is recorded elsewhere. */
  anythingElse: optionalText(2000, 'anything else they said'),
});

const choicesFieldsSchema = z.object({
  discussedOn: z.iso.date({ error: 'Enter the date of the conversation' }),
  participants: participantsSchema,
  optionsExplained: choiceList(
    recordKeepingOptions,
    'Choose an option from the list',
    'Choose at least one option you explained',
  ),
  decision: decisionSchema,
  personsWords: optionalText(2000, 'the person\u2019s own words'),
  reviewOn: z.iso.date({ error: 'Enter the date to talk about this again' }),
});

/** A conversation as recorded. Checks that hold whatever the date; dates against today are `choicesDateErrors`. */
export const informationChoicesSchema = choicesFieldsSchema.superRefine((c, ctx) => {
  const issue = (path: (string | number)[], message: string) => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  const unexplained = c.decision.ways.find((w) => !c.optionsExplained.includes(w));
  if (c.optionsExplained.length > 0 && unexplained !== undefined)
    issue(
      ['decision', 'ways'],
      `Only record a choice you explained: also tick \u201c${recordKeepingOptionLabels[unexplained]}\u201d under the options explained`,
    );
  if (c.reviewOn <= c.discussedOn) issue(['reviewOn'], 'The review date must be after the date of the conversation');
});
export type InformationChoices = z.infer<typeof informationChoicesSchema>;

/** The body of a new conversation. */
export const recordInformationChoicesBodySchema = informationChoicesSchema;
export type RecordInformationChoicesBody = InformationChoices;

/** The conversation cannot have happened after today. `today` is the caller's (the server's London day). */
export function choicesDateErrors(choices: Pick<InformationChoices, 'discussedOn'>, today: string): FieldError[] {
  return choices.discussedOn > today
    ? [{ field: 'discussedOn', message: 'The date of the conversation must be today or in the past' }]
    : [];
}

/** The review date offered by default: a year after the conversation (29 February becomes 28 February). */
export function suggestedReviewOn(discussedOn: string): string {
  const [y, m, d] = discussedOn.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/** Where the person stands: never discussed (no record), due for review on or after the review date, or current. */
export function informationChoicesStatus(
  latest: Pick<InformationChoices, 'reviewOn'> | null,
  today: string,
): InformationChoicesStatus {
  if (latest === null) return 'not_discussed';
  return latest.reviewOn <= today ? 'review_due' : 'current';
}

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const informationChoicesRecordSchema = choicesFieldsSchema.extend({
  id: z.uuid(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});
export type InformationChoicesRecord = z.infer<typeof informationChoicesRecordSchema>;

export const informationChoicesResponseSchema = z.object({
  personId: z.uuid(),
  status: z.enum(informationChoicesStatuses),
  /** The newest conversation, or null when none is recorded. */
  current: informationChoicesRecordSchema.nullable(),
  /** Newest first; the first is `current`. */
  history: z.array(informationChoicesRecordSchema),
});
export type InformationChoicesResponse = z.infer<typeof informationChoicesResponseSchema>;

export const choicesAttentionQuerySchema = z.object({ serviceId: z.uuid().optional() });

export const choicesAttentionRowSchema = z.object({
  personId: z.uuid(),
  serviceId: z.uuid(),
  legalName: z.string(),
  preferredName: z.string().nullable(),
  status: z.enum(['not_discussed', 'review_due']),
  /** When the last conversation said to talk again; null when never discussed. */
  reviewOn: z.string().nullable(),
});
export type ChoicesAttentionRow = z.infer<typeof choicesAttentionRowSchema>;
export const choicesAttentionResponseSchema = z.array(choicesAttentionRowSchema);
