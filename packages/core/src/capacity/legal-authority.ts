// Lasting powers of attorney and Court of Protection deputyships, and what each lets its holder decide for the person:
// an attorney's or deputy's decision is accepted only within the scope of their authority.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';

export const authorityKinds = ['lasting_power_of_attorney', 'deputyship'] as const;
export type AuthorityKind = (typeof authorityKinds)[number];

export const authorityScopes = ['health_and_welfare', 'property_and_financial_affairs'] as const;
export type AuthorityScope = (typeof authorityScopes)[number];

export const authorityKindLabels: Record<AuthorityKind, string> = {
  lasting_power_of_attorney: 'Lasting power of attorney',
  deputyship: 'Deputyship (Court of Protection)',
};

export const authorityScopeLabels: Record<AuthorityScope, string> = {
  health_and_welfare: 'Health and welfare',
  property_and_financial_affairs: 'Property and financial affairs',
};

/** The kinds of decision Hearth asks an authority about. */
export const authorityAreas = ['sharing', 'plan_agreement', 'health_and_care', 'finances'] as const;
export type AuthorityArea = (typeof authorityAreas)[number];

export const authorityAreaLabels: Record<AuthorityArea, string> = {
  sharing: 'Who may see and share their record',
  plan_agreement: 'Agreeing their care and support plan',
  health_and_care: 'Decisions about their health and care',
  finances: 'Decisions about their money and property',
};

/** Which areas each scope reaches: health and welfare is about the person's care, property and finance their money. */
export const areasCoveredByScope: Record<AuthorityScope, readonly AuthorityArea[]> = {
  health_and_welfare: ['sharing', 'plan_agreement', 'health_and_care'],
  property_and_financial_affairs: ['finances'],
};

const holder = {
  holderName: requiredText(120, 'the name of the attorney or deputy'),
  /** The contact on the person's record, when they are one. */
  holderContactId: z
    .uuid({ error: 'Choose a contact from the list' })
    .nullish()
    .transform((v) => v ?? null),
  scope: z.enum(authorityScopes, { error: 'Choose what it covers: health and welfare, or property and financial affairs' }),
  /** Restrictions, conditions or instructions written into the document or order. */
  conditions: optionalText(2000, 'the restrictions or conditions'),
  /** The date the original (or a certified copy, or the official online summary) was seen. */
  seenOn: isoDateSchema
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  /** When it stopped: revoked, disclaimed, or the order ended. */
  endedOn: isoDateSchema
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
};

const lastingPowerSchema = z.object({
  kind: z.literal('lasting_power_of_attorney'),
  ...holder,
  /** The Office of the Public Guardian's reference; required once registered. */
  reference: optionalText(40, 'the Office of the Public Guardian reference'),
  /** Null until registered: an unregistered lasting power of attorney cannot be used. */
  registeredOn: isoDateSchema
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  /** Health and welfare only: whether the attorney may decide about life-sustaining treatment (option A). */
  coversLifeSustainingTreatment: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
});

const deputyshipSchema = z.object({
  kind: z.literal('deputyship'),
  ...holder,
  reference: requiredText(40, 'the Court of Protection case number'),
  orderedOn: isoDateSchema,
});

export const legalAuthorityBodySchema = z
  .discriminatedUnion('kind', [lastingPowerSchema, deputyshipSchema], {
    error: 'Choose whether this is a lasting power of attorney or a deputyship',
  })
  .superRefine((body, ctx) => {
    for (const error of legalAuthorityErrors(body)) ctx.addIssue({ code: 'custom', path: [error.field], message: error.message });
  });
export type LegalAuthorityBody = z.infer<typeof lastingPowerSchema> | z.infer<typeof deputyshipSchema>;

function legalAuthorityErrors(body: LegalAuthorityBody): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const from = body.kind === 'deputyship' ? body.orderedOn : body.registeredOn;
  if (body.kind === 'lasting_power_of_attorney') {
    if (body.registeredOn !== null && body.reference === null)
      add('reference', 'Enter the Office of the Public Guardian reference from the registered document');
    if (body.scope === 'health_and_welfare' && body.coversLifeSustainingTreatment === null)
      add('coversLifeSustainingTreatment', 'Say whether it gives the attorney authority over life-sustaining treatment');
    if (body.scope === 'property_and_financial_affairs' && body.coversLifeSustainingTreatment !== null)
      add(
        'coversLifeSustainingTreatment',
        'Only a health and welfare lasting power of attorney covers life-sustaining treatment',
      );
  }
  if (from !== null && body.seenOn !== null && body.seenOn < from)
    add('seenOn', 'The date it was seen must be on or after the date it was registered or ordered');
  if (from !== null && body.endedOn !== null && body.endedOn < from)
    add('endedOn', 'The date it ended must be on or after the date it was registered or ordered');
  return errors;
}

/** Dates against today (the London day): registration, the order and the sighting cannot be in the future. */
export function legalAuthorityDateErrors(body: LegalAuthorityBody, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const from = body.kind === 'deputyship' ? body.orderedOn : body.registeredOn;
  const fromField = body.kind === 'deputyship' ? 'orderedOn' : 'registeredOn';
  if (from !== null && from > today) errors.push({ field: fromField, message: 'The date must be today or in the past' });
  if (body.seenOn !== null && body.seenOn > today)
    errors.push({ field: 'seenOn', message: 'The date it was seen must be today or in the past' });
  return errors;
}

/** What `authorityCovers` reads: a body as recorded, or the same fields from a stored record. */
export type AuthorityFacts =
  | Pick<z.infer<typeof lastingPowerSchema>, 'kind' | 'scope' | 'registeredOn' | 'seenOn' | 'endedOn'>
  | Pick<z.infer<typeof deputyshipSchema>, 'kind' | 'scope' | 'orderedOn' | 'seenOn' | 'endedOn'>;

export interface AuthorityContext {
  /** Whether the newest signed assessment for this decision found the person lacks capacity for it. */
  lacksCapacityForDecision: boolean;
  /** The London day. */
  today: string;
}

export type AuthorityLimit = 'not_registered' | 'not_seen' | 'ended' | 'outside_scope' | 'person_can_decide';

export const authorityLimitMessages: Record<AuthorityLimit, string> = {
  not_registered: 'The lasting power of attorney is not registered, so it cannot be used yet',
  not_seen: 'The document has not been seen: check the registered document or court order first',
  ended: 'This authority has ended',
  outside_scope: 'This decision is outside what the authority covers',
  person_can_decide: 'The person has not been assessed as lacking capacity for this decision: it is theirs to make',
};

/**
 * Why an authority does not let its holder make a decision in `area`, or null when it does. An unregistered lasting
 * power covers nothing; neither does one not yet seen or one that has ended. Health and welfare attorneys, and deputies
 * of either kind, decide only where the person lacks capacity for the decision (MCA ss11(7)(a), 20(1)). A property
 * and financial affairs attorney may act while the person has capacity, with their consent, so that limit is not
 * applied to them.
 */
export function authorityLimit(authority: AuthorityFacts, area: AuthorityArea, context: AuthorityContext): AuthorityLimit | null {
  if (authority.kind === 'lasting_power_of_attorney' && authority.registeredOn === null) return 'not_registered';
  if (authority.seenOn === null) return 'not_seen';
  if (authority.endedOn !== null && authority.endedOn <= context.today) return 'ended';
  if (!areasCoveredByScope[authority.scope].includes(area)) return 'outside_scope';
  const needsLackOfCapacity = authority.kind === 'deputyship' || authority.scope === 'health_and_welfare';
  if (needsLackOfCapacity && !context.lacksCapacityForDecision) return 'person_can_decide';
  return null;
}

/** Whether the holder's decision in `area` is accepted. */
export function authorityCovers(authority: AuthorityFacts, area: AuthorityArea, context: AuthorityContext): boolean {
  return authorityLimit(authority, area, context) === null;
}
