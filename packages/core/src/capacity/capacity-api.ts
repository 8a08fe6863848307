// What the capacity API answers: signed assessments and best-interests decisions as stored, the person's capacity
// status, and the assessments due to be done again; plus the date check a best-interests decision gets on saving.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import {
  assessmentOutcomes,
  causalLinkAnswers,
  practicableStepKinds,
  stageOneAnswers,
  stageTwoAnswers,
} from './capacity-assessment.js';
import { consultedRelationships, regainOutlooks } from './best-interests.js';
import { capacityStatusKinds, capacityStatusLabels, type PersonCapacityStatus } from './capacity-status.js';

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

const stageTwoAnswerViewSchema = z.object({ answer: z.enum(stageTwoAnswers), evidence: z.string() }).nullable();

/** A signed assessment as stored, with who signed it and whether it is still the one in force for its decision. */
export const capacityAssessmentViewSchema = z.object({
  id: z.uuid(),
  decision: z.string(),
  decisionKey: z.string().nullable(),
  sectionKeys: z.array(z.string()),
  assessedOn: z.string(),
  assessor: z.object({ name: z.string(), role: z.string() }),
  practicableSteps: z.object({ kinds: z.array(z.enum(practicableStepKinds)), detail: z.string().nullable() }),
  stageOne: z.object({ impairment: z.enum(stageOneAnswers), evidence: z.string().nullable() }),
  stageTwo: z.object({
    understand: stageTwoAnswerViewSchema,
    retain: stageTwoAnswerViewSchema,
    useOrWeigh: stageTwoAnswerViewSchema,
    communicate: stageTwoAnswerViewSchema,
  }),
  causalLink: z.object({ answer: z.enum(causalLinkAnswers).nullable(), explanation: z.string().nullable() }),
  outcome: z.enum(assessmentOutcomes),
  fluctuates: z.boolean(),
  reassessOn: z.string().nullable(),
  personsWords: z.string().nullable(),
  supersedes: z.uuid().nullable(),
  supersedeReason: z.string().nullable(),
  /** The newer assessment that replaced this one, if any: a replaced assessment stays readable. */
  supersededBy: z.uuid().nullable(),
  /** Whether it is the newest signed assessment for its decision (not replaced, not outdated). */
  inForce: z.boolean(),
  signedBy: staffRefSchema,
  signedAt: z.string(),
});
export type CapacityAssessmentView = z.infer<typeof capacityAssessmentViewSchema>;

/** A best-interests decision as stored, with who recorded it. */
export const bestInterestsDecisionViewSchema = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  decision: z.string(),
  decisionKey: z.string().nullable(),
  decidedOn: z.string(),
  decisionMaker: z.object({ name: z.string(), role: z.string() }),
  notBasedOnAppearance: z.boolean(),
  relevantCircumstances: z.string(),
  regainCapacity: z.object({ outlook: z.enum(regainOutlooks), detail: z.string() }),
  canWait: z.boolean(),
  whyNotWait: z.string().nullable(),
  participation: z.string(),
  wishesFeelingsBeliefsValues: z.string(),
  writtenStatements: z.string().nullable(),
  lifeSustainingTreatment: z.boolean(),
  notMotivatedByDesireForDeath: z.boolean().nullable(),
  consulted: z.array(z.object({ name: z.string(), relationship: z.enum(consultedRelationships), views: z.string() })),
  lessRestrictiveOptions: z.array(z.object({ option: z.string(), assessment: z.string() })),
  decisionMade: z.string(),
  sectionKeys: z.array(z.string()),
  reviewOn: z.string().nullable(),
  recordedBy: staffRefSchema,
  recordedAt: z.string(),
});
export type BestInterestsDecisionView = z.infer<typeof bestInterestsDecisionViewSchema>;

/** The capacity status as the API sends it: the assessments it rests on by id. */
export const capacityStatusViewSchema = z.object({
  kind: z.enum(capacityStatusKinds),
  label: z.string(),
  /** For "all decisions": no impairment, an impairment not affecting decisions, or assessed. */
  basis: z.enum(['no_impairment', 'impairment_not_affecting', 'assessed']).nullable(),
  /** For "assumed": an impairment that may affect decisions is recorded but nothing assessed. */
  assessmentNeeded: z.boolean(),
  hasCapacityFor: z.array(z.uuid()),
  lacksCapacityFor: z.array(z.uuid()),
});
export type CapacityStatusView = z.infer<typeof capacityStatusViewSchema>;

export function capacityStatusView(status: PersonCapacityStatus): CapacityStatusView {
  const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);
  const base = { kind: status.kind, label: capacityStatusLabels[status.kind] };
  switch (status.kind) {
    case 'assumed':
      return { ...base, basis: null, assessmentNeeded: status.assessmentNeeded, hasCapacityFor: [], lacksCapacityFor: [] };
    case 'all':
      return {
        ...base,
        basis: status.basis,
        assessmentNeeded: false,
        hasCapacityFor: ids(status.hasCapacityFor),
        lacksCapacityFor: [],
      };
    case 'some':
      return {
        ...base,
        basis: null,
        assessmentNeeded: false,
        hasCapacityFor: ids(status.hasCapacityFor),
        lacksCapacityFor: ids(status.lacksCapacityFor),
      };
    case 'lacks':
      return {
        ...base,
        basis: null,
        assessmentNeeded: false,
        hasCapacityFor: [],
        lacksCapacityFor: ids(status.lacksCapacityFor),
      };
  }
}

export const reassessmentDueViewSchema = z.object({
  assessmentId: z.uuid(),
  decision: z.string(),
  reassessOn: z.string(),
  overdue: z.boolean(),
});

/** Everything about a person's capacity: status, every assessment (newest first), what is due, and the decisions. */
export const capacityResponseSchema = z.object({
  personId: z.uuid(),
  status: capacityStatusViewSchema,
  assessments: z.array(capacityAssessmentViewSchema),
  reassessmentsDue: z.array(reassessmentDueViewSchema),
  /** Newest first. */
  bestInterestsDecisions: z.array(bestInterestsDecisionViewSchema),
});
export type CapacityResponse = z.infer<typeof capacityResponseSchema>;

/** A best-interests decision is made on or before today (the London day), and not before the assessment it rests on. */
export function bestInterestsDateErrors(
  body: { decidedOn: string },
  assessment: { assessedOn: string },
  today: string,
): FieldError[] {
  if (body.decidedOn > today) return [{ field: 'decidedOn', message: 'The date of the decision must be today or in the past' }];
  if (body.decidedOn < assessment.assessedOn)
    return [{ field: 'decidedOn', message: 'The decision cannot be made before the capacity assessment it rests on' }];
  return [];
}
