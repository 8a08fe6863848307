// What the API takes and answers for competence checks: a support worker competence checklist or an observation.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import {
  checkCompetenceAnswers,
  competenceChecklistBodySchema,
  competenceChecklistVersion,
  competenceSummarySchema,
  submittedCompetenceAnswerSchema,
  type CompetenceChecklistBody,
} from './competence-checklist.js';
import {
  checkObservationItems,
  observationChecklistBodySchema,
  observationChecklistVersion,
  observationSummarySchema,
  submittedObservationItemSchema,
  type ObservationChecklistBody,
} from './observation-checklist.js';

export const staffCompetenceCheckKinds = ['competence', 'observation'] as const;
export type StaffCompetenceCheckKind = (typeof staffCompetenceCheckKinds)[number];

export const staffCompetenceCheckKindLabels: Record<StaffCompetenceCheckKind, string> = {
  competence: 'Support worker competence checklist',
  observation: 'Observational checklist',
};

export const competenceCheckPostSchema = z.object({
  kind: z.literal('competence'),
  completedOn: isoDateSchema,
  answers: z.array(submittedCompetenceAnswerSchema).max(100),
  nextSteps: optionalText(4000, 'the next steps'),
});

export const observationCheckPostSchema = z.object({
  kind: z.literal('observation'),
  completedOn: isoDateSchema,
  observerName: requiredText(200, 'the observer\u2019s name'),
  observerRole: optionalText(200, 'the observer\u2019s role'),
  setting: requiredText(500, 'where the observation took place and what was happening'),
  items: z.array(submittedObservationItemSchema).max(100),
  feedback: optionalText(4000, 'the feedback'),
});

export const staffCompetenceCheckPostSchema = z.discriminatedUnion('kind', [
  competenceCheckPostSchema,
  observationCheckPostSchema,
]);
export type StaffCompetenceCheckPost = z.output<typeof staffCompetenceCheckPostSchema>;
export type StaffCompetenceCheckPostInput = z.input<typeof staffCompetenceCheckPostSchema>;

/** A check ready to store: its kind, the day it was completed and its body. */
export type StaffCompetenceCheckDraft =
  | { kind: 'competence'; completedOn: string; body: CompetenceChecklistBody }
  | { kind: 'observation'; completedOn: string; body: ObservationChecklistBody };

/** Checks a parsed POST against the checklist and today (YYYY-MM-DD): the draft to store, or the field errors. */
export function buildStaffCompetenceCheck(
  post: StaffCompetenceCheckPost,
  today: string,
): { errors: FieldError[]; draft: StaffCompetenceCheckDraft | null } {
  const dateErrors: FieldError[] =
    post.completedOn > today ? [{ field: 'completedOn', message: 'The date must be today or in the past' }] : [];
  if (post.kind === 'competence') {
    const checked = checkCompetenceAnswers(post.answers);
    const errors = [...dateErrors, ...checked.errors];
    if (errors.length > 0) return { errors, draft: null };
    return {
      errors,
      draft: {
        kind: 'competence',
        completedOn: post.completedOn,
        body: { checklistVersion: competenceChecklistVersion, answers: checked.answers, nextSteps: post.nextSteps },
      },
    };
  }
  const checked = checkObservationItems(post.items);
  const errors = [...dateErrors, ...checked.errors];
  if (errors.length > 0) return { errors, draft: null };
  return {
    errors,
    draft: {
      kind: 'observation',
      completedOn: post.completedOn,
      body: {
        checklistVersion: observationChecklistVersion,
        observer: { name: post.observerName, role: post.observerRole },
        setting: post.setting,
        items: checked.items,
        feedback: post.feedback,
      },
    },
  };
}

const checkMetaSchema = z.object({
  id: z.uuid(),
  staffId: z.uuid(),
  completedOn: z.string(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }),
  recordedAt: z.string(),
});

export const competenceCheckViewSchema = checkMetaSchema.extend({
  kind: z.literal('competence'),
  body: competenceChecklistBodySchema,
  summary: competenceSummarySchema,
});
export const observationCheckViewSchema = checkMetaSchema.extend({
  kind: z.literal('observation'),
  body: observationChecklistBodySchema,
  summary: observationSummarySchema,
});
export const staffCompetenceCheckViewSchema = z.discriminatedUnion('kind', [
  competenceCheckViewSchema,
  observationCheckViewSchema,
]);
export type StaffCompetenceCheckView = z.infer<typeof staffCompetenceCheckViewSchema>;

export const staffCompetenceChecksResponseSchema = z.object({
  staffId: z.uuid(),
  /** Newest first. */
  checks: z.array(staffCompetenceCheckViewSchema),
});
export type StaffCompetenceChecksResponse = z.infer<typeof staffCompetenceChecksResponseSchema>;
