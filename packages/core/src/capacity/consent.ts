// Consent to a care activity or plan section: given or refused by the person, decided by an attorney or deputy within
// their authority, or handled through a best-interests decision. A refusal is the person's to make, and is recorded
// in their words.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import { sectionKeySchema } from '../care-plan/section-definition.js';
import {
  authorityLimit,
  type AuthorityArea,
  type AuthorityContext,
  type AuthorityFacts,
  type AuthorityLimit,
} from './legal-authority.js';

export const consentBases = ['person', 'legal_authority', 'best_interests'] as const;
export type ConsentBasis = (typeof consentBases)[number];

export const consentBasisLabels: Record<ConsentBasis, string> = {
  person: 'The person decided',
  legal_authority: 'Their attorney or deputy decided, within their authority',
  best_interests: 'Decided in their best interests, because they lack capacity for this decision',
};

export const consentAnswers = ['given', 'refused'] as const;
export type ConsentAnswer = (typeof consentAnswers)[number];

export const consentMethods = ['spoken', 'written', 'gesture_or_behaviour', 'communication_aid', 'other'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

export const consentMethodLabels: Record<ConsentMethod, string> = {
  spoken: 'They told us',
  written: 'In writing',
  gesture_or_behaviour: 'By a gesture or their behaviour, as their plan describes',
  communication_aid: 'Using a communication aid or signs',
  other: 'Another way (describe)',
};

export const consentScopeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('plan_section'), sectionKey: sectionKeySchema }),
    z.object({ kind: z.literal('care_activity'), activity: requiredText(200, 'the care activity') }),
  ],
  { error: 'Say whether this is consent to a plan section or a care activity' },
);
export type ConsentScope = z.infer<typeof consentScopeSchema>;

const consentFieldsSchema = z.object({
  scope: consentScopeSchema,
  basis: z.enum(consentBases, { error: 'Say who decided' }),
  /** Given or refused; not asked when the decision was made in the person's best interests. */
  answer: z
    .enum(consentAnswers, { error: 'Say whether consent was given or refused' })
    .nullish()
    .transform((v) => v ?? null),
  decidedOn: isoDateSchema,
  method: z
    .enum(consentMethods, { error: 'Choose how they gave their answer' })
    .nullish()
    .transform((v) => v ?? null),
  methodDetail: optionalText(500, 'how they gave their answer'),
  /** What the person said or showed, in their own words. */
  personsWords: optionalText(2000, 'what the person said'),
  /** The lasting power of attorney or deputyship relied on. */
  authorityId: z
    .uuid({ error: 'Choose the lasting power of attorney or deputyship' })
    .nullish()
    .transform((v) => v ?? null),
  /** The best-interests decision this rests on. */
  bestInterestsDecisionId: z
    .uuid({ error: 'Choose the best-interests decision' })
    .nullish()
    .transform((v) => v ?? null),
  /** After a refusal: what was offered instead, or what happens next, agreed with the person where possible. */
  afterRefusal: optionalText(2000, 'what happens next'),
});
export type ConsentBody = z.infer<typeof consentFieldsSchema>;

export const consentBodySchema = consentFieldsSchema.superRefine((body, ctx) => {
  const issue = (path: string, message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
  };
  if (body.basis === 'best_interests') {
    if (body.bestInterestsDecisionId === null)
      issue('bestInterestsDecisionId', 'Choose the best-interests decision this rests on');
    if (body.answer !== null) issue('answer', 'A best-interests decision is not consent: leave given or refused blank');
    return;
  }
  if (body.answer === null) issue('answer', 'Say whether consent was given or refused');
  if (body.basis === 'legal_authority' && body.authorityId === null)
    issue('authorityId', 'Choose the lasting power of attorney or deputyship relied on');
  if (body.basis === 'person' && body.method === null) issue('method', 'Choose how they gave their answer');
  if (body.method === 'other' && body.methodDetail === null) issue('methodDetail', 'Describe how they gave their answer');
  if (body.answer === 'refused' && body.basis === 'person' && body.personsWords === null)
    issue('personsWords', 'Record what they said or showed, in their own words: it is their choice to refuse');
});

/** The kind of decision a consent is, for checking an attorney's or deputy's authority. */
export function consentArea(scope: ConsentScope): AuthorityArea {
  if (scope.kind === 'plan_section') return scope.sectionKey === 'finances' ? 'finances' : 'plan_agreement';
  return 'health_and_care';
}

/** Why the authority relied on cannot decide this consent, or null when it can. */
export function consentAuthorityLimit(
  scope: ConsentScope,
  authority: AuthorityFacts,
  context: AuthorityContext,
): AuthorityLimit | null {
  return authorityLimit(authority, consentArea(scope), context);
}

export type ConsentState = 'not_recorded' | 'given' | 'refused' | 'best_interests';

export const consentStateLabels: Record<ConsentState, string> = {
  not_recorded: 'Not yet recorded',
  given: 'Consent given',
  refused: 'Refused',
  best_interests: 'Decided in their best interests',
};

export interface ConsentRecord {
  scope: ConsentScope;
  basis: ConsentBasis;
  answer: ConsentAnswer | null;
  recordedAt: string;
}

export function consentScopeKey(scope: ConsentScope): string {
  return scope.kind === 'plan_section'
    ? `section:${scope.sectionKey}`
    : `activity:${scope.activity.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Where consent for one scope stands: the newest record for it counts; none recorded is never consent. */
export function consentState(scope: ConsentScope, records: readonly ConsentRecord[]): ConsentState {
  const key = consentScopeKey(scope);
  const newest = records
    .filter((r) => consentScopeKey(r.scope) === key)
    .reduce<ConsentRecord | null>((best, r) => (best === null || r.recordedAt > best.recordedAt ? r : best), null);
  if (newest === null) return 'not_recorded';
  if (newest.basis === 'best_interests') return 'best_interests';
  return newest.answer ?? 'not_recorded';
}
