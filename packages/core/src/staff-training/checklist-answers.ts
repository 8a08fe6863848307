// Checking a checklist's answers against its items: every item answered once with one of the checklist's answers, and
// a note (evidence or a comment) where the checklist asks for one. Shared by the competence and observational
// checklists and the behaviour-support-planning audit, which name their fields differently.
import type { FieldError } from '../errors.js';
import { isStorableText } from '../schemas/common.js';

export interface StaffChecklistRules<A extends string> {
  answers: readonly A[];
  /** For example "Choose met, partly or not yet". */
  chooseMessage: string;
  /** Field names: errors read `${list}.${itemId}.${answerField}`. */
  list: string;
  answerField: string;
  noteField: string;
  noteRequired: (answer: A) => boolean;
  noteMissingMessage: (answer: A) => string;
  maxNoteLength: number;
}

export interface SubmittedStaffChecklistAnswer {
  itemId: string;
  answer: string | null | undefined;
  note: string | null | undefined;
}

export interface CheckedStaffChecklistAnswer<A extends string> {
  itemId: string;
  answer: A;
  note: string | null;
}

/** Answers in the checklist's order when valid; errors named by item id, never by position. */
export function checkStaffChecklistAnswers<A extends string>(
  itemIds: readonly string[],
  submitted: readonly SubmittedStaffChecklistAnswer[],
  rules: StaffChecklistRules<A>,
): { errors: FieldError[]; answers: CheckedStaffChecklistAnswer<A>[] } {
  const errors: FieldError[] = [];
  const known = new Set(itemIds);
  const byId = new Map<string, SubmittedStaffChecklistAnswer>();
  for (const s of submitted) {
    if (!known.has(s.itemId)) errors.push({ field: `${rules.list}.${s.itemId}`, message: 'This item is not in the checklist' });
    else if (byId.has(s.itemId)) errors.push({ field: `${rules.list}.${s.itemId}`, message: 'Answer this item once' });
    else byId.set(s.itemId, s);
  }
  const isAnswer = (v: unknown): v is A => (rules.answers as readonly unknown[]).includes(v);
  const answers: CheckedStaffChecklistAnswer<A>[] = [];
  for (const itemId of itemIds) {
    const given = byId.get(itemId);
    const base = `${rules.list}.${itemId}`;
    const answer = given?.answer;
    if (!isAnswer(answer)) {
      errors.push({ field: `${base}.${rules.answerField}`, message: rules.chooseMessage });
      continue;
    }
    const note = given?.note?.trim() ? given.note.trim() : null;
    const noteField = `${base}.${rules.noteField}`;
    if (note === null && rules.noteRequired(answer)) errors.push({ field: noteField, message: rules.noteMissingMessage(answer) });
    else if (note !== null && note.length > rules.maxNoteLength)
      errors.push({ field: noteField, message: `This must be ${rules.maxNoteLength} characters or fewer` });
    else if (note !== null && !isStorableText(note))
      errors.push({ field: noteField, message: 'Remove hidden control characters from this text' });
    else answers.push({ itemId, answer, note });
  }
  return { errors, answers: errors.length === 0 ? answers : [] };
}

/** How many answers of each kind. */
export function countStaffChecklistAnswers<A extends string>(
  values: readonly A[],
  answers: readonly { answer: A }[],
): Record<A, number> {
  const counts = Object.fromEntries(values.map((v) => [v, 0])) as Record<A, number>;
  for (const a of answers) counts[a.answer] += 1;
  return counts;
}
