// A person's information and communication needs under the Accessible Information Standard (DCB1605): how they
// were asked (step 1), what they need (step 2), and the contract for recording a new version.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { optionalText, requiredText } from '../schemas/common.js';

/** Who answered: the person, or someone on their behalf (a relative, an advocate, an attorney). */
export const answeredByKinds = ['person', 'someone_else'] as const;
export const askedHowKinds = ['in_person', 'phone', 'video', 'in_writing', 'other'] as const;

/** "No needs" is an answer, kept apart from "not yet asked" (no record at all). */
export const needsOutcomes = ['has_needs', 'no_needs'] as const;
export type NeedsOutcome = (typeof needsOutcomes)[number];

/** The formats information can be given in. */
export const informationFormats = [
  'large_print',
  'easy_read',
  'braille',
  'audio',
  'bsl_interpreter',
  'spoken_language_interpreter',
  'plain_text',
  'email',
  'other',
] as const;
export type InformationFormat = (typeof informationFormats)[number];

/** Support to communicate, beyond the format of information. */
export const communicationSupports = [
  'communication_aid',
  'deafblind_manual',
  'lip_reading',
  'lipspeaker',
  'hearing_loop',
  'makaton',
  'more_time',
  'read_aloud',
  'other',
] as const;
export type CommunicationSupport = (typeof communicationSupports)[number];

export const contactMethods = ['phone', 'text_message', 'email', 'letter', 'in_person', 'through_contact'] as const;
export type ContactMethod = (typeof contactMethods)[number];

export const answeredByLabels: Record<(typeof answeredByKinds)[number], string> = {
  person: 'The person',
  someone_else: 'Someone on their behalf',
};

export const askedHowLabels: Record<(typeof askedHowKinds)[number], string> = {
  in_person: 'In person',
  phone: 'By phone',
  video: 'By video call',
  in_writing: 'In writing',
  other: 'Another way',
};

export const informationFormatLabels: Record<InformationFormat, string> = {
  large_print: 'Large print',
  easy_read: 'Easy read',
  braille: 'Braille',
  audio: 'Audio (recorded or read aloud)',
  bsl_interpreter: 'British Sign Language (BSL) interpreter',
  spoken_language_interpreter: 'An interpreter for another spoken language',
  plain_text: 'Plain text for a screen reader or text-to-speech',
  email: 'By email',
  other: 'Another format',
};

export const communicationSupportLabels: Record<CommunicationSupport, string> = {
  communication_aid: 'A communication aid or device',
  deafblind_manual: 'A deafblind manual interpreter',
  lip_reading: 'Face me and speak clearly: I lip-read',
  lipspeaker: 'A lipspeaker',
  hearing_loop: 'A hearing loop',
  makaton: 'Makaton signs and symbols',
  more_time: 'More time to listen, think and answer',
  read_aloud: 'Someone to read letters and forms to me',
  other: 'Other support',
};

export const contactMethodLabels: Record<ContactMethod, string> = {
  phone: 'Phone call',
  text_message: 'Text message',
  email: 'Email',
  letter: 'Letter',
  in_person: 'In person',
  through_contact: 'Through someone I name',
};

const uniqueList = <T extends string>(values: readonly [T, ...T[]], error: string) =>
  z
    .array(z.enum(values, { error }))
    .max(values.length)
    .default([])
    .refine((list) => new Set(list).size === list.length, { error: 'Choose each option once' });

const needsFieldsSchema = z.object({
  // Step 1, ask: who asked, who answered, when and how.
  askedBy: requiredText(120, 'who asked'),
  answeredBy: z.enum(answeredByKinds, { error: 'Choose who answered' }),
  answeredByName: optionalText(120, 'who answered for the person'),
  askedOn: z.iso.date({ error: 'Enter the date they were asked' }),
  askedHow: z.enum(askedHowKinds, { error: 'Choose how they were asked' }),
  // Step 2, record.
  outcome: z.enum(needsOutcomes, { error: 'Choose whether the person has information or communication needs' }),
  formats: uniqueList(informationFormats, 'Choose a format from the list'),
  interpreterLanguage: optionalText(60, 'the language'),
  otherFormat: optionalText(200, 'the other format'),
  supports: uniqueList(communicationSupports, 'Choose support from the list'),
  communicationAid: optionalText(200, 'the communication aid'),
  otherSupport: optionalText(200, 'the other support'),
  contactMethod: z
    .enum(contactMethods, { error: 'Choose a contact method' })
    .nullish()
    .transform((v) => v ?? null),
  contactName: optionalText(120, 'who to contact'),
  contactNote: optionalText(300, 'the note about contact'),
  ownWords: optionalText(2000, 'the person\u2019s own words'),
  reviewOn: z.iso.date({ error: 'Enter the date to review these needs' }),
});

/** The needs as recorded. Checks that hold whatever the date; dates against today are `needsDateErrors`. */
export const communicationNeedsSchema = needsFieldsSchema.superRefine((n, ctx) => {
  const issue = (path: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
  };
  if (n.answeredBy === 'someone_else' && n.answeredByName === null)
    issue('answeredByName', 'Enter who answered for the person, and how they know them');
  if (n.outcome === 'no_needs') {
    if (n.formats.length > 0)
      issue('formats', 'You said there are no needs: clear the formats, or choose that the person has needs');
    if (n.supports.length > 0)
      issue('supports', 'You said there are no needs: clear the support, or choose that the person has needs');
  } else if (n.formats.length === 0 && n.supports.length === 0 && n.contactMethod === null) {
    issue('formats', 'Choose at least one format, kind of support or contact method');
  }
  if (n.formats.includes('spoken_language_interpreter') && n.interpreterLanguage === null)
    issue('interpreterLanguage', 'Enter the language the person needs an interpreter for');
  if (n.formats.includes('other') && n.otherFormat === null) issue('otherFormat', 'Say what the other format is');
  if (n.supports.includes('communication_aid') && n.communicationAid === null)
    issue('communicationAid', 'Say what the communication aid is');
  if (n.supports.includes('other') && n.otherSupport === null) issue('otherSupport', 'Say what the other support is');
  if (n.contactMethod === 'through_contact' && n.contactName === null)
    issue('contactName', 'Enter who to contact, and how they know the person');
  if (n.reviewOn <= n.askedOn) issue('reviewOn', 'The review date must be after the date they were asked');
});
export type CommunicationNeeds = z.infer<typeof communicationNeedsSchema>;

/** The date they were asked may not be in the future. `today` is the caller's (the server's London day). */
export function needsDateErrors(needs: Pick<CommunicationNeeds, 'askedOn'>, today: string, prefix = 'needs.'): FieldError[] {
  return needs.askedOn > today
    ? [{ field: `${prefix}askedOn`, message: 'The date they were asked must be today or in the past' }]
    : [];
}

/** Whether the needs are due for review on `today`. */
export function isReviewDue(needs: Pick<CommunicationNeeds, 'reviewOn'>, today: string): boolean {
  return needs.reviewOn <= today;
}

/**
 * Recording needs: a new version. `latestVersion` is the version the author saw (0 when none was recorded), so a
 * save over someone else's is refused; a change to recorded needs says why.
 */
export const saveCommunicationNeedsBodySchema = z
  .object({
    needs: communicationNeedsSchema,
    reason: optionalText(500, 'why the needs are changing'),
    latestVersion: z.number({ error: 'Reload the page and try again' }).int().min(0),
  })
  .superRefine((body, ctx) => {
    if (body.latestVersion > 0 && body.reason === null)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why the needs are changing' });
  });
export type SaveCommunicationNeedsBody = z.infer<typeof saveCommunicationNeedsBodySchema>;

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const communicationNeedsVersionSchema = z.object({
  version: z.number().int(),
  needs: communicationNeedsSchema,
  reason: z.string().nullable(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});
export type CommunicationNeedsVersion = z.infer<typeof communicationNeedsVersionSchema>;

export const outputFormats = ['easy_read', 'large_print', 'plain_text', 'standard'] as const;
export type OutputFormat = (typeof outputFormats)[number];

export const communicationNeedsResponseSchema = z.object({
  personId: z.uuid(),
  /** Null when nobody has asked yet. */
  current: communicationNeedsVersionSchema.nullable(),
  /** The labels shown wherever the person appears. */
  flag: z.array(z.string()),
  preferredOutput: z.enum(outputFormats),
  reviewDue: z.boolean(),
  /** Newest first; the first is `current`. */
  history: z.array(communicationNeedsVersionSchema),
});
export type CommunicationNeedsResponse = z.infer<typeof communicationNeedsResponseSchema>;
