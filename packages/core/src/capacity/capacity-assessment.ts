// A decision-specific mental capacity assessment (MCA 2005 ss1–3): the two-stage test, the causal link, the steps
// taken to help the person decide, and the outcome. Once signed it is never edited; a new assessment supersedes it.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import { sectionKeySchema } from '../care-plan/section-definition.js';

export const assessmentOutcomes = ['has_capacity', 'lacks_capacity'] as const;
export type AssessmentOutcome = (typeof assessmentOutcomes)[number];

export const assessmentOutcomeLabels: Record<AssessmentOutcome, string> = {
  has_capacity: 'Has capacity to make this decision',
  lacks_capacity: 'Lacks capacity to make this decision at this time',
};

/** The practicable steps (principle 2) most often taken before anyone concludes a person cannot decide. */
export const practicableStepKinds = [
  'information_in_their_format',
  'best_time_of_day',
  'familiar_place',
  'people_they_trust_present',
  'communication_aids',
  'more_time_or_repeated',
  'interpreter_or_advocate',
  'other',
] as const;
export type PracticableStepKind = (typeof practicableStepKinds)[number];

export const practicableStepLabels: Record<PracticableStepKind, string> = {
  information_in_their_format: 'Information given in the way they understand best (easy read, pictures, objects)',
  best_time_of_day: 'At the time of day they decide best',
  familiar_place: 'Somewhere familiar and quiet',
  people_they_trust_present: 'With people they trust present',
  communication_aids: 'Using their communication aids, signs or gestures',
  more_time_or_repeated: 'Given more time, or tried again on another day',
  interpreter_or_advocate: 'With an interpreter or advocate',
  other: 'Something else (describe below)',
};

/** Stage 1 (the diagnostic test): is there an impairment of, or disturbance in the functioning of, the mind or brain? */
export const stageOneAnswers = ['yes', 'no'] as const;
export type StageOneAnswer = (typeof stageOneAnswers)[number];

/** Stage 2 (the functional test): the four things a person must be able to do to make the decision. */
export const stageTwoAbilities = ['understand', 'retain', 'useOrWeigh', 'communicate'] as const;
export type StageTwoAbility = (typeof stageTwoAbilities)[number];

export const stageTwoAbilityLabels: Record<StageTwoAbility, string> = {
  understand: 'Can they understand the information relevant to the decision?',
  retain: 'Can they retain that information long enough to make the decision?',
  useOrWeigh: 'Can they use or weigh that information as part of making the decision?',
  communicate: 'Can they communicate their decision, by any means?',
};

export const stageTwoAnswers = ['can', 'cannot'] as const;
export type StageTwoAnswer = (typeof stageTwoAnswers)[number];

/** Whether the inability found at stage 2 is because of the impairment found at stage 1. */
export const causalLinkAnswers = ['yes', 'no'] as const;
export type CausalLinkAnswer = (typeof causalLinkAnswers)[number];

const stageTwoAnswerSchema = z.object({
  answer: z.enum(stageTwoAnswers, { error: 'Say whether they can or cannot' }),
  evidence: requiredText(2000, 'the evidence for this answer'),
});
export type StageTwoAnswerRecord = z.infer<typeof stageTwoAnswerSchema>;

const answerOrNull = stageTwoAnswerSchema.nullish().transform((v) => v ?? null);

const assessmentFieldsSchema = z.object({
  /** The decision in question, in plain words: capacity is decision-specific. */
  decision: requiredText(500, 'the decision in question'),
  /** A stable key for the decision (for example a plan section key), so later assessments of it can be matched. */
  decisionKey: sectionKeySchema.nullish().transform((v) => v ?? null),
  /** Plan sections this decision is about, so "some decisions" can show one assessment per section. */
  sectionKeys: z
    .array(sectionKeySchema)
    .max(30)
    .default([])
    .refine((list) => new Set(list).size === list.length, { error: 'Choose each plan section once' }),
  assessedOn: isoDateSchema,
  assessor: z.object({
    name: requiredText(120, 'the name of the person who assessed'),
    role: requiredText(120, 'their role'),
  }),
  practicableSteps: z.object({
    kinds: z
      .array(z.enum(practicableStepKinds, { error: 'Choose a step from the list' }))
      .max(practicableStepKinds.length)
      .default([])
      .refine((list) => new Set(list).size === list.length, { error: 'Choose each step once' }),
    detail: optionalText(2000, 'what was done to help them decide'),
  }),
  stageOne: z.object({
    impairment: z.enum(stageOneAnswers, {
      error: 'Say whether there is an impairment of, or disturbance in the functioning of, the mind or brain',
    }),
    evidence: optionalText(2000, 'the evidence of the impairment'),
  }),
  stageTwo: z
    .object({
      understand: answerOrNull,
      retain: answerOrNull,
      useOrWeigh: answerOrNull,
      communicate: answerOrNull,
    })
    .default({ understand: null, retain: null, useOrWeigh: null, communicate: null }),
  causalLink: z
    .object({
      answer: z
        .enum(causalLinkAnswers, { error: 'Say whether the inability to decide is because of the impairment' })
        .nullish()
        .transform((v) => v ?? null),
      explanation: optionalText(2000, 'how the impairment causes the inability to decide'),
    })
    .default({ answer: null, explanation: null }),
  outcome: z.enum(assessmentOutcomes, { error: 'Choose the outcome of the assessment' }),
  /** Whether capacity for this decision comes and goes; if so, when to assess again. */
  fluctuates: z.boolean({ error: 'Say whether their capacity for this decision fluctuates' }),
  reassessOn: isoDateSchema
    .nullish()
    .or(z.literal(''))
    .transform((v) => (v ? v : null)),
  personsWords: optionalText(2000, 'what the person said'),
  /** The signed assessment this one replaces, and why. */
  supersedes: z
    .uuid({ error: 'Choose the assessment this replaces' })
    .nullish()
    .transform((v) => v ?? null),
  supersedeReason: optionalText(1000, 'why this assessment replaces the earlier one'),
});
export type CapacityAssessmentBody = z.infer<typeof assessmentFieldsSchema>;

/** The body of a new assessment: each field checked, then the rules between them (`capacityAssessmentErrors`). */
export const capacityAssessmentBodySchema = assessmentFieldsSchema.superRefine((body, ctx) => {
  for (const error of capacityAssessmentErrors(body)) {
    ctx.addIssue({ code: 'custom', path: error.field.split('.'), message: error.message });
  }
});

/**
 * The rules that hold between fields. "Lacks capacity" needs: stage 1 "yes" with evidence, at least one stage-2
 * "cannot" with evidence, and the causal link; and the practicable steps that were tried. "Has capacity" needs no
 * stage 2 when stage 1 is "no"; when stage 1 is "yes" all four questions are answered, and any "cannot" is
 * explained as not caused by the impairment (then the Act does not treat the person as lacking capacity).
 */
export function capacityAssessmentErrors(body: CapacityAssessmentBody): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const answers = stageTwoAbilities.map((ability) => [ability, body.stageTwo[ability]] as const);
  const cannot = answers.filter(([, a]) => a?.answer === 'cannot');
  const impaired = body.stageOne.impairment === 'yes';

  if (impaired && body.stageOne.evidence === null)
    add('stageOne.evidence', 'Give the evidence of the impairment, for example a diagnosis or what was observed');

  if (body.outcome === 'lacks_capacity') {
    if (!impaired)
      add(
        'stageOne.impairment',
        'A person can only be found to lack capacity where there is an impairment of, or disturbance in the functioning of, the mind or brain',
      );
    if (cannot.length === 0)
      add(
        'stageTwo',
        'Record at least one thing they cannot do (understand, retain, use or weigh, or communicate), with the evidence',
      );
    if (body.causalLink.answer !== 'yes')
      add(
        'causalLink.answer',
        'A person lacks capacity only if they cannot decide because of the impairment: record the causal link',
      );
    else if (body.causalLink.explanation === null)
      add('causalLink.explanation', 'Explain how the impairment causes the inability to decide');
    if (body.practicableSteps.kinds.length === 0)
      add(
        'practicableSteps.kinds',
        'Record the steps taken to help them decide: no one is treated as unable to decide until all practicable steps have been tried',
      );
    if (body.practicableSteps.detail === null)
      add(
        'practicableSteps.detail',
        'Describe what was done to help them decide, for example the information given, the time of day and who was there',
      );
  } else if (impaired) {
    for (const [ability, answer] of answers) {
      if (answer === null) add(`stageTwo.${ability}`, 'Answer this question, with the evidence: stage 1 found an impairment');
    }
    if (cannot.length > 0) {
      if (body.causalLink.answer === null)
        add(
          'causalLink.answer',
          'They cannot do one of the four things needed to decide: say whether this is because of the impairment',
        );
      else if (body.causalLink.answer === 'yes')
        add(
          'outcome',
          'They cannot do one of the four things needed to decide, because of the impairment: record that they lack capacity, or correct the answers',
        );
      else if (body.causalLink.explanation === null)
        add('causalLink.explanation', 'Explain why the inability to decide is not because of the impairment');
    }
  }

  if (body.practicableSteps.kinds.includes('other') && body.practicableSteps.detail === null && body.outcome !== 'lacks_capacity')
    add('practicableSteps.detail', 'Describe the other step taken');
  if (body.fluctuates && body.reassessOn === null)
    add('reassessOn', 'Their capacity fluctuates: give the date to assess this decision again');
  if (body.reassessOn !== null && body.reassessOn <= body.assessedOn)
    add('reassessOn', 'The date to assess again must be after the assessment');
  if (body.supersedes !== null && body.supersedeReason === null)
    add('supersedeReason', 'Say why this assessment replaces the earlier one');
  if (body.supersedes === null && body.supersedeReason !== null)
    add('supersedeReason', 'Give a reason only when this assessment replaces an earlier one');
  return errors;
}

/** The assessment cannot have happened after today (the caller's London day). */
export function capacityAssessmentDateErrors(body: Pick<CapacityAssessmentBody, 'assessedOn'>, today: string): FieldError[] {
  return body.assessedOn > today
    ? [{ field: 'assessedOn', message: 'The date of the assessment must be today or in the past' }]
    : [];
}

/** An assessment as stored. `signedAt` is null while it is a draft; once signed it never changes. */
export interface StoredCapacityAssessment {
  id: string;
  decision: string;
  decisionKey?: string | null;
  outcome: AssessmentOutcome;
  assessedOn: string;
  /** ISO instant it was signed, or null for a draft. */
  signedAt: string | null;
  /** The id of the signed assessment this one replaces. */
  supersedes?: string | null;
  fluctuates: boolean;
  reassessOn: string | null;
  sectionKeys?: readonly string[];
}

/** A signed assessment: immutable, and the only kind that counts. */
export type SignedCapacityAssessment = StoredCapacityAssessment & { signedAt: string };

export function isSignedAssessment(assessment: StoredCapacityAssessment): assessment is SignedCapacityAssessment {
  return assessment.signedAt !== null;
}

/** Only a draft can be changed; a signed assessment is superseded by a new one instead. */
export function canEditCapacityAssessment(assessment: StoredCapacityAssessment): boolean {
  return !isSignedAssessment(assessment);
}
