// A best-interests decision (MCA 2005 s4): the checklist answered, who was consulted, the less restrictive options
// weighed, and the plan sections it affects. It may only rest on a signed assessment finding a lack of capacity.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import { sectionKeySchema } from '../care-plan/section-definition.js';
import type { SignedCapacityAssessment, StoredCapacityAssessment } from './capacity-assessment.js';
import { assessmentInForceFor, type DecisionRef } from './assessments-in-force.js';

/** How the people consulted know the person; attorneys, deputies and an IMCA are named as such (s4(7), ss35–37). */
export const consultedRelationships = [
  'the_person',
  'family',
  'friend',
  'unpaid_carer',
  'attorney',
  'deputy',
  'imca',
  'other_advocate',
  'professional',
] as const;
export type ConsultedRelationship = (typeof consultedRelationships)[number];

export const consultedRelationshipLabels: Record<ConsultedRelationship, string> = {
  the_person: 'The person themselves',
  family: 'Family member',
  friend: 'Friend',
  unpaid_carer: 'Unpaid carer',
  attorney: 'Attorney (lasting power of attorney)',
  deputy: 'Deputy appointed by the Court of Protection',
  imca: 'Independent Mental Capacity Advocate (IMCA)',
  other_advocate: 'Other advocate',
  professional: 'Professional',
};

export const regainOutlooks = ['likely', 'unlikely', 'not_known'] as const;
export type RegainOutlook = (typeof regainOutlooks)[number];

export const regainOutlookLabels: Record<RegainOutlook, string> = {
  likely: 'They are likely to regain capacity for this decision',
  unlikely: 'They are unlikely to regain capacity for this decision',
  not_known: 'It is not known whether they will regain capacity',
};

const consultedPersonSchema = z.object({
  name: requiredText(120, 'their name'),
  relationship: z.enum(consultedRelationships, { error: 'Choose how they know the person' }),
  /** What they said, including what they think the person would want. */
  views: requiredText(2000, 'their views'),
});
export type ConsultedPerson = z.infer<typeof consultedPersonSchema>;

const optionConsideredSchema = z.object({
  option: requiredText(500, 'the option considered'),
  /** Why it was or was not chosen: what it would restrict, and whether it meets the need. */
  assessment: requiredText(2000, 'why it was or was not chosen'),
});

const bestInterestsFieldsSchema = z.object({
  decision: requiredText(500, 'the decision in question'),
  decisionKey: sectionKeySchema.nullish().transform((v) => v ?? null),
  /** The signed assessment it rests on: the one in force for this decision. */
  assessmentId: z.uuid({ error: 'Choose the capacity assessment this decision rests on' }),
  decidedOn: isoDateSchema,
  decisionMaker: z.object({
    name: requiredText(120, 'the name of the decision maker'),
    role: requiredText(120, 'their role'),
  }),
  /** s4(1): not based on age, appearance, a condition or behaviour that could lead to unjustified assumptions. */
  notBasedOnAppearance: z.literal(true, {
    error: 'Confirm the decision is not based on their age, appearance, condition or behaviour',
  }),
  relevantCircumstances: requiredText(4000, 'the relevant circumstances considered'),
  regainCapacity: z.object({
    outlook: z.enum(regainOutlooks, { error: 'Say whether they may regain capacity for this decision' }),
    detail: requiredText(1000, 'whether and when they may regain capacity'),
  }),
  canWait: z.boolean({ error: 'Say whether the decision can wait' }),
  whyNotWait: optionalText(1000, 'why the decision cannot wait'),
  participation: requiredText(2000, 'how the person was helped to take part'),
  wishesFeelingsBeliefsValues: requiredText(4000, 'their past and present wishes, feelings, beliefs and values'),
  /** Anything they wrote while they had capacity, such as an advance statement. */
  writtenStatements: optionalText(2000, 'their written statements'),
  /** s4(5): a decision about life-sustaining treatment must not be motivated by a desire to bring about death. */
  lifeSustainingTreatment: z.boolean({ error: 'Say whether the decision is about life-sustaining treatment' }),
  notMotivatedByDesireForDeath: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
  consulted: z
    .array(consultedPersonSchema, { error: 'Name the people consulted' })
    .max(20, { error: 'Name up to 20 people' })
    .default([])
    .refine((list) => list.length > 0, {
      error: 'Name at least one person consulted and their views; where there is no one suitable, an IMCA',
    }),
  lessRestrictiveOptions: z
    .array(optionConsideredSchema, { error: 'Record the less restrictive options considered' })
    .max(10, { error: 'Record up to 10 options' })
    .default([])
    .refine((list) => list.length > 0, { error: 'Record at least one less restrictive option considered' }),
  decisionMade: requiredText(4000, 'the decision made and why it is in their best interests'),
  /** Plan sections this decision changes, so the plan links to it. */
  sectionKeys: z
    .array(sectionKeySchema)
    .max(30)
    .default([])
    .refine((list) => new Set(list).size === list.length, { error: 'Choose each plan section once' }),
  reviewOn: isoDateSchema
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
});
export type BestInterestsBody = z.infer<typeof bestInterestsFieldsSchema>;

export const bestInterestsBodySchema = bestInterestsFieldsSchema.superRefine((body, ctx) => {
  const issue = (path: string[], message: string) => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  if (body.regainCapacity.outlook === 'likely' && body.canWait)
    issue(['canWait'], 'They are likely to regain capacity and the decision can wait: wait, and help them make it themselves');
  if (!body.canWait && body.whyNotWait === null) issue(['whyNotWait'], 'Say why the decision cannot wait');
  if (body.lifeSustainingTreatment && body.notMotivatedByDesireForDeath !== true)
    issue(
      ['notMotivatedByDesireForDeath'],
      'Confirm the decision about life-sustaining treatment is not motivated by a desire to bring about their death',
    );
  if (body.reviewOn !== null && body.reviewOn <= body.decidedOn)
    issue(['reviewOn'], 'The review date must be after the decision');
});

export type BestInterestsRefusal = 'no_assessment' | 'has_capacity' | 'not_current_assessment';

export const bestInterestsRefusalMessages: Record<BestInterestsRefusal, string> = {
  no_assessment:
    'Record a signed capacity assessment for this decision first: capacity is assumed until an assessment shows otherwise',
  has_capacity: 'The newest assessment for this decision found they have capacity: the decision is theirs to make',
  not_current_assessment:
    'That assessment has been replaced or is about another decision: use the newest signed assessment for this decision',
};

export type BestInterestsPermission =
  { allowed: true; assessment: SignedCapacityAssessment } | { allowed: false; reason: BestInterestsRefusal; message: string };

/**
 * Whether a best-interests decision may be recorded: only where the newest signed assessment for THAT decision found
 * the person lacks capacity. Given an `assessmentId`, it must be that assessment (not a draft, a superseded one or
 * one about something else).
 */
export function bestInterestsAllowed(
  decision: DecisionRef & { assessmentId?: string | null },
  assessments: readonly StoredCapacityAssessment[],
): BestInterestsPermission {
  const refuse = (reason: BestInterestsRefusal): BestInterestsPermission => ({
    allowed: false,
    reason,
    message: bestInterestsRefusalMessages[reason],
  });
  const current = assessmentInForceFor(decision, assessments);
  if (current === null) return refuse('no_assessment');
  if (current.outcome === 'has_capacity') return refuse('has_capacity');
  if (decision.assessmentId != null && decision.assessmentId !== current.id) return refuse('not_current_assessment');
  return { allowed: true, assessment: current };
}

/** An attorney or deputy on the person's record, as the consultation check reads them. */
export interface AuthorityHolder {
  holderName: string;
  kind: 'lasting_power_of_attorney' | 'deputyship';
  endedOn: string | null;
}

/**
 * s4(7)(c)–(d): attorneys and deputies are to be consulted where practicable and appropriate. The holders of
 * authorities still in force (on `today`, the London day) who are not among the people consulted, matched by name.
 */
export function unconsultedAuthorityHolders(
  consulted: readonly Pick<ConsultedPerson, 'name'>[],
  holders: readonly AuthorityHolder[],
  today: string,
): AuthorityHolder[] {
  const normalise = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
  const names = new Set(consulted.map((c) => normalise(c.name)));
  return holders.filter((h) => (h.endedOn === null || h.endedOn > today) && !names.has(normalise(h.holderName)));
}
