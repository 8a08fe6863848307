// The answers of a manual audit: one per question, with evidence where the plan falls short, and the score.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isStorableText, optionalText } from '../schemas/common.js';
import type { AuditQuestion } from './template.js';

export const auditAnswerValues = ['yes', 'partly', 'no', 'not_applicable'] as const;
export type AuditAnswerValue = (typeof auditAnswerValues)[number];

export const auditAnswerLabels: Record<AuditAnswerValue, string> = {
  yes: 'Yes',
  partly: 'Partly',
  no: 'No',
  not_applicable: 'Not applicable',
};

/** Answers that say the plan falls short: they need evidence, and each can raise an action. */
export const shortfallAnswers: readonly AuditAnswerValue[] = ['no', 'partly'];
export const isShortfall = (answer: AuditAnswerValue): boolean => shortfallAnswers.includes(answer);

export const maxEvidenceLength = 2000;

/** An answer as stored: its question, the answer and the evidence (null when none was given). */
export const auditAnswerSchema = z.object({
  questionId: z.string(),
  answer: z.enum(auditAnswerValues),
  evidence: z.string().nullable(),
});
export type AuditAnswer = z.infer<typeof auditAnswerSchema>;

/**
 * An answer as sent. Only its shape is checked here; whether it fits the template (known question, a real answer,
 * evidence where needed) is `checkAnswers`, which names errors by question id rather than by position.
 */
export const submittedAnswerSchema = z.object({
  questionId: z.string().max(100),
  answer: z.string().max(40).nullish(),
  evidence: z.string().max(maxEvidenceLength * 2).nullish(),
});
export type SubmittedAnswer = z.infer<typeof submittedAnswerSchema>;

export const createManualAuditBodySchema = z.object({
  templateKey: z.string({ error: 'Choose a template' }).min(1, { error: 'Choose a template' }).max(100),
  /** The plan version audited; the person's current version when left out. */
  planVersion: z.number().int().min(1).nullish().transform((v) => v ?? null),
  answers: z.array(submittedAnswerSchema).max(200),
  summary: optionalText(4000, 'the summary'),
});
export type CreateManualAuditBody = z.infer<typeof createManualAuditBodySchema>;

const isAnswerValue = (v: unknown): v is AuditAnswerValue => (auditAnswerValues as readonly unknown[]).includes(v);

/**
 * Checks answers against the questions: every question answered exactly once, no question the template does not
 * have, and evidence (within its length) for each "no" or "partly". Answers in the template's order when valid.
 */
export function checkAnswers(questions: readonly Pick<AuditQuestion, 'id'>[], submitted: readonly SubmittedAnswer[]): { errors: FieldError[]; answers: AuditAnswer[] } {
  const errors: FieldError[] = [];
  const known = new Set(questions.map((q) => q.id));
  const byId = new Map<string, SubmittedAnswer>();
  for (const a of submitted) {
    if (!known.has(a.questionId)) errors.push({ field: `answers.${a.questionId}`, message: 'This question is not in the template' });
    else if (byId.has(a.questionId)) errors.push({ field: `answers.${a.questionId}`, message: 'Answer this question once' });
    else byId.set(a.questionId, a);
  }
  const answers: AuditAnswer[] = [];
  for (const q of questions) {
    const given = byId.get(q.id);
    const answer = given?.answer;
    if (!isAnswerValue(answer)) {
      errors.push({ field: `answers.${q.id}.answer`, message: 'Choose yes, partly, no or not applicable' });
      continue;
    }
    const evidence = given?.evidence?.trim() ? given.evidence.trim() : null;
    if (evidence === null && isShortfall(answer)) {
      errors.push({ field: `answers.${q.id}.evidence`, message: `Say what you found in the plan that led you to answer “${auditAnswerLabels[answer].toLowerCase()}”` });
    } else if (evidence !== null && evidence.length > maxEvidenceLength) {
      errors.push({ field: `answers.${q.id}.evidence`, message: `The evidence must be ${maxEvidenceLength} characters or fewer` });
    } else if (evidence !== null && !isStorableText(evidence)) {
      errors.push({ field: `answers.${q.id}.evidence`, message: 'Remove hidden control characters from this text' });
    } else {
      answers.push({ questionId: q.id, answer, evidence });
    }
  }
  return { errors, answers: errors.length === 0 ? answers : [] };
}

const points: Record<AuditAnswerValue, number | null> = { yes: 1, partly: 0.5, no: 0, not_applicable: null };

/**
 * The score out of 100, to one decimal place: yes 1, partly ½, no 0, averaged over the questions that apply.
 * Null when none applies, since a plan cannot score on questions that do not concern it.
 */
export function scoreAnswers(answers: readonly Pick<AuditAnswer, 'answer'>[]): number | null {
  let sum = 0;
  let counted = 0;
  for (const a of answers) {
    const p = points[a.answer];
    if (p === null) continue;
    sum += p;
    counted++;
  }
  return counted === 0 ? null : Math.round((1000 * sum) / counted) / 10;
}

export type AnswerCounts = Record<AuditAnswerValue, number>;

export function countAnswers(answers: readonly Pick<AuditAnswer, 'answer'>[]): AnswerCounts {
  const counts: AnswerCounts = { yes: 0, partly: 0, no: 0, not_applicable: 0 };
  for (const a of answers) counts[a.answer]++;
  return counts;
}
