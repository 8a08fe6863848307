// A behaviour-support-planning audit as sent and as stored: each question answered yes, partly or no with the
// evidence, and an action (what, who, by when) for each gap. Summed up as where the service is now.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, isStorableText, optionalText } from '../schemas/common.js';
import { checkStaffChecklistAnswers, countStaffChecklistAnswers } from '../staff-training/checklist-answers.js';
import {
  behaviourSupportAuditQuestionIds,
  behaviourSupportAuditSections,
  behaviourSupportAuditVersion,
} from './audit-questions.js';

export const behaviourSupportAuditAnswers = ['yes', 'partly', 'no'] as const;
export type BehaviourSupportAuditAnswer = (typeof behaviourSupportAuditAnswers)[number];
export const behaviourSupportAuditAnswerLabels: Record<BehaviourSupportAuditAnswer, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
};

/** A "partly" or "no" is a gap: it needs an action. */
export const isBehaviourSupportAuditGap = (answer: BehaviourSupportAuditAnswer): boolean => answer !== 'yes';

export const maxAuditEvidenceLength = 2000;

export const behaviourSupportAuditActionSchema = z.object({ what: z.string(), who: z.string(), dueBy: z.string() });
export type BehaviourSupportAuditAction = z.infer<typeof behaviourSupportAuditActionSchema>;

export const behaviourSupportAuditStoredAnswerSchema = z.object({
  questionId: z.string(),
  answer: z.enum(behaviourSupportAuditAnswers),
  evidence: z.string(),
  action: behaviourSupportAuditActionSchema.nullable(),
});
export type BehaviourSupportAuditStoredAnswer = z.infer<typeof behaviourSupportAuditStoredAnswerSchema>;

/** A completed audit as stored. */
export const behaviourSupportAuditBodySchema = z.object({
  questionnaireVersion: z.literal(behaviourSupportAuditVersion),
  answers: z.array(behaviourSupportAuditStoredAnswerSchema),
  /** Where the service is now, in the auditor's words. */
  summary: z.string().nullable(),
});
export type BehaviourSupportAuditBody = z.infer<typeof behaviourSupportAuditBodySchema>;

const looseText = (max: number) => z.string().max(max).nullish();

/** An answer as sent; whether it fits the questionnaire is `buildBehaviourSupportAudit`, which names errors by question. */
export const submittedBehaviourSupportAuditAnswerSchema = z.object({
  questionId: z.string().max(100),
  answer: looseText(40),
  evidence: looseText(maxAuditEvidenceLength * 2),
  action: z.object({ what: looseText(4000), who: looseText(400), dueBy: looseText(40) }).nullish(),
});
type SubmittedAnswer = z.infer<typeof submittedBehaviourSupportAuditAnswerSchema>;

export const behaviourSupportAuditPostSchema = z.object({
  completedOn: isoDateSchema,
  answers: z.array(submittedBehaviourSupportAuditAnswerSchema).max(100),
  summary: optionalText(4000, 'the summary'),
});
export type BehaviourSupportAuditPost = z.output<typeof behaviourSupportAuditPostSchema>;
export type BehaviourSupportAuditPostInput = z.input<typeof behaviourSupportAuditPostSchema>;

/** Checks a parsed POST against the questionnaire and today (YYYY-MM-DD): the body to store, or the field errors. */
export function buildBehaviourSupportAudit(
  post: BehaviourSupportAuditPost,
  today: string,
): { errors: FieldError[]; body: BehaviourSupportAuditBody | null } {
  const errors: FieldError[] = [];
  if (post.completedOn > today)
    errors.push({ field: 'completedOn', message: 'The date of the audit must be today or in the past' });
  const checked = checkStaffChecklistAnswers(
    behaviourSupportAuditQuestionIds,
    post.answers.map((a) => ({ itemId: a.questionId, answer: a.answer, note: a.evidence })),
    {
      answers: behaviourSupportAuditAnswers,
      chooseMessage: 'Choose yes, partly or no',
      list: 'answers',
      answerField: 'answer',
      noteField: 'evidence',
      noteRequired: () => true,
      noteMissingMessage: (answer) =>
        `Give the evidence for \u201c${behaviourSupportAuditAnswerLabels[answer].toLowerCase()}\u201d`,
      maxNoteLength: maxAuditEvidenceLength,
    },
  );
  errors.push(...checked.errors);
  const byId = new Map(post.answers.map((a) => [a.questionId, a]));
  const answers: BehaviourSupportAuditStoredAnswer[] = [];
  for (const a of checked.answers) {
    const action = actionOf(a.itemId, a.answer, byId.get(a.itemId), post.completedOn, errors);
    answers.push({ questionId: a.itemId, answer: a.answer, evidence: a.note ?? '', action });
  }
  if (errors.length > 0) return { errors, body: null };
  return { errors, body: { questionnaireVersion: behaviourSupportAuditVersion, answers, summary: post.summary } };
}

const blank = (v: string | null | undefined): string | null => (v?.trim() ? v.trim() : null);

function actionOf(
  questionId: string,
  answer: BehaviourSupportAuditAnswer,
  submitted: SubmittedAnswer | undefined,
  completedOn: string,
  errors: FieldError[],
): BehaviourSupportAuditAction | null {
  const base = `answers.${questionId}.action`;
  const what = blank(submitted?.action?.what);
  const who = blank(submitted?.action?.who);
  const dueBy = blank(submitted?.action?.dueBy);
  if (!isBehaviourSupportAuditGap(answer)) {
    if (what !== null || who !== null || dueBy !== null)
      errors.push({
        field: `${base}.what`,
        message: 'An action is only for a \u201cpartly\u201d or \u201cno\u201d: remove it or change the answer',
      });
    return null;
  }
  const before = errors.length;
  if (what === null) errors.push({ field: `${base}.what`, message: 'Say what will be done to close this gap' });
  else if (what.length > 2000) errors.push({ field: `${base}.what`, message: 'The action must be 2000 characters or fewer' });
  else if (!isStorableText(what))
    errors.push({ field: `${base}.what`, message: 'Remove hidden control characters from this text' });
  if (who === null) errors.push({ field: `${base}.who`, message: 'Say who will do it' });
  else if (who.length > 200) errors.push({ field: `${base}.who`, message: 'Who will do it must be 200 characters or fewer' });
  else if (!isStorableText(who))
    errors.push({ field: `${base}.who`, message: 'Remove hidden control characters from this text' });
  if (dueBy === null || !isoDateSchema.safeParse(dueBy).success)
    errors.push({ field: `${base}.dueBy`, message: 'Enter a real date it is due by' });
  else if (dueBy < completedOn)
    errors.push({ field: `${base}.dueBy`, message: 'The due date must be on or after the date of the audit' });
  return errors.length === before && what !== null && who !== null && dueBy !== null ? { what, who, dueBy } : null;
}

export const behaviourSupportAuditLevels = ['established', 'developing', 'getting_started'] as const;
export type BehaviourSupportAuditLevel = (typeof behaviourSupportAuditLevels)[number];
export const behaviourSupportAuditLevelLabels: Record<BehaviourSupportAuditLevel, string> = {
  established: 'Well established',
  developing: 'Developing',
  getting_started: 'Getting started',
};

const countsSchema = { yes: z.number().int(), partly: z.number().int(), no: z.number().int(), score: z.number().int() };

export const behaviourSupportAuditStandingSchema = z.object({
  ...countsSchema,
  level: z.enum(behaviourSupportAuditLevels),
  sections: z.array(z.object({ key: z.string(), title: z.string(), ...countsSchema })),
  /** How many gaps carry an action. */
  actions: z.number().int(),
});
export type BehaviourSupportAuditStanding = z.infer<typeof behaviourSupportAuditStandingSchema>;

/** Out of 100, rounded: yes counts 1, partly a half, no nothing. No answers score 0. */
export function behaviourSupportAuditScore(counts: Record<BehaviourSupportAuditAnswer, number>): number {
  const total = counts.yes + counts.partly + counts.no;
  return total === 0 ? 0 : Math.round((100 * (counts.yes + counts.partly / 2)) / total);
}

/** Well established from 80, developing from 50, getting started below. */
export function behaviourSupportAuditLevel(score: number): BehaviourSupportAuditLevel {
  return score >= 80 ? 'established' : score >= 50 ? 'developing' : 'getting_started';
}

/** Where the service is now: overall and by section, and how many actions were set. */
export function behaviourSupportAuditStanding(
  answers: readonly BehaviourSupportAuditStoredAnswer[],
): BehaviourSupportAuditStanding {
  const counts = countStaffChecklistAnswers(behaviourSupportAuditAnswers, answers);
  const score = behaviourSupportAuditScore(counts);
  const sections = behaviourSupportAuditSections.map((s) => {
    const ids = new Set(s.questions.map((q) => q.id));
    const sc = countStaffChecklistAnswers(
      behaviourSupportAuditAnswers,
      answers.filter((a) => ids.has(a.questionId)),
    );
    return { key: s.key, title: s.title, ...sc, score: behaviourSupportAuditScore(sc) };
  });
  return {
    ...counts,
    score,
    level: behaviourSupportAuditLevel(score),
    sections,
    actions: answers.filter((a) => a.action !== null).length,
  };
}
