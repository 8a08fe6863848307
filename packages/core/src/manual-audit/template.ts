// Manual audit templates: the questions an auditor answers reading a plan, and the rules for saving a new version.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { sectionKeySchema } from '../care-plan/section-definition.js';
import { cqcQualityStatements } from '../plan-audit/finding.js';
import { optionalText, requiredText } from '../schemas/common.js';

/** The key of the built-in toolkit checklist; a provider's template can never take it. */
export const toolkitTemplateKey = 'toolkit';

/** A question's id and a template's key: stable slugs, so answers and audits can be compared across versions. */
const slugPattern = /^[a-z][a-z0-9_-]{0,62}$/;
export const questionIdSchema = z.string({ error: 'Give the question an id' }).regex(slugPattern, { error: 'Use lower-case letters, digits, hyphens and underscores, starting with a letter' });
export const templateKeySchema = z.string().regex(slugPattern, { error: 'Choose a template from the list' });

export const maxQuestions = 100;

export const auditQuestionSchema = z.object({
  id: questionIdSchema,
  text: requiredText(500, 'the question'),
  guidance: optionalText(2000, 'the guidance'),
  /** The plan section the question is about, so the auditor can open it while answering. */
  sectionKey: sectionKeySchema.nullish().transform((v) => v ?? null),
  cqcStatement: z.enum(cqcQualityStatements, { error: 'Choose a CQC quality statement from the list' }).nullish().transform((v) => v ?? null),
});
export type AuditQuestion = z.infer<typeof auditQuestionSchema>;

/** A template's content as stored and as an audit snapshots it. */
export const auditTemplateContentSchema = z.object({
  title: requiredText(200, 'a title'),
  description: optionalText(2000, 'the description'),
  questions: z.array(auditQuestionSchema).max(maxQuestions, { error: `A template can have at most ${maxQuestions} questions` }),
});
export type AuditTemplateContent = z.infer<typeof auditTemplateContentSchema>;

export const createAuditTemplateBodySchema = auditTemplateContentSchema.extend({
  reason: requiredText(500, 'why this template is needed'),
});
export type CreateAuditTemplateBody = z.infer<typeof createAuditTemplateBodySchema>;

/**
 * A new version of a template. `latestVersion` is the version the author saw, so a save over someone else's is
 * refused. `retired` takes the template off the list for new audits (or, false, brings it back). Questions dropped
 * from the latest version must be listed in `removedQuestionIds`, so a removal is never an accident.
 */
export const newAuditTemplateVersionBodySchema = auditTemplateContentSchema.extend({
  latestVersion: z.number({ error: 'Reload the template and try again' }).int().min(1),
  reason: requiredText(500, 'the reason for the change'),
  retired: z.boolean().default(false),
  removedQuestionIds: z.array(questionIdSchema).max(maxQuestions).default([]),
});
export type NewAuditTemplateVersionBody = z.infer<typeof newAuditTemplateVersionBodySchema>;

/** What a template must be to be saved at all: at least one question, and each id once. */
export function templateContentErrors(content: Pick<AuditTemplateContent, 'questions'>): FieldError[] {
  if (content.questions.length === 0) return [{ field: 'questions', message: 'Add at least one question' }];
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  content.questions.forEach((q, i) => {
    if (seen.has(q.id)) errors.push({ field: `questions.${i}.id`, message: `Another question already has the id “${q.id}”` });
    seen.add(q.id);
  });
  return errors;
}

/**
 * The rules for a new version, against the latest one. A new version may drop questions: every completed audit
 * keeps its own snapshot of the questions it answered, so nothing already recorded is lost or changes meaning.
 * What a manager would not expect is a question vanishing because a row was deleted by mistake, so each dropped
 * id must be named in `removedQuestionIds` (the form does this when a question is removed). A question keeps its
 * id when its wording is improved, which is what lets the history compare its answers across versions.
 */
export function newVersionErrors(latest: Pick<AuditTemplateContent, 'questions'>, next: Pick<NewAuditTemplateVersionBody, 'questions' | 'removedQuestionIds'>): FieldError[] {
  const errors = templateContentErrors(next);
  const nextIds = new Set(next.questions.map((q) => q.id));
  const acknowledged = new Set(next.removedQuestionIds);
  // Named by their wording, as the manager knows them, not by their ids.
  const silent = latest.questions.filter((q) => !nextIds.has(q.id) && !acknowledged.has(q.id)).map((q) => `“${q.text}”`);
  if (silent.length > 0) {
    errors.push({ field: 'removedQuestionIds', message: `Confirm that these questions are to be removed: ${silent.join(', ')}` });
  }
  const stillThere = next.removedQuestionIds.filter((id) => nextIds.has(id));
  if (stillThere.length > 0) errors.push({ field: 'removedQuestionIds', message: `These questions are still in the template: ${stillThere.join(', ')}` });
  return errors;
}

/** Turns words into a slug: lower case, letters and digits joined by hyphens, starting with a letter. */
export function slugOf(words: string, fallback: string): string {
  const slug = words
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** A slug from the words not already taken: `falls`, then `falls-2`, `falls-3`, … */
export function uniqueSlug(words: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = slugOf(words, fallback);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new template's key, from its title: never the toolkit's, never one the provider already has. */
export function templateKeyFor(title: string, taken: Iterable<string>): string {
  return uniqueSlug(title, [toolkitTemplateKey, ...taken], 'template');
}
