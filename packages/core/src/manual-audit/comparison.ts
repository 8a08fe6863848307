// How an audit compares with the previous audit of the same person against the same template: which answers
// improved, which worsened, and how the score moved. Compared by question id, which a question keeps across versions.
import type { AuditAnswer, AuditAnswerValue } from './answers.js';
import type { AuditQuestion } from './template.js';

export const answerChanges = ['improved', 'worsened', 'same', 'not_comparable', 'new_question'] as const;
export type AnswerChange = (typeof answerChanges)[number];

/** How good an answer is; not applicable has no place on the scale. */
const rank: Record<AuditAnswerValue, number | null> = { no: 0, partly: 1, yes: 2, not_applicable: null };

export function changeBetween(previous: AuditAnswerValue | null, current: AuditAnswerValue): AnswerChange {
  if (previous === null) return 'new_question';
  if (previous === current) return 'same';
  const from = rank[previous];
  const to = rank[current];
  if (from === null || to === null) return 'not_comparable';
  return to > from ? 'improved' : 'worsened';
}

export interface ComparedAudit {
  score: number | null;
  template: { questions: readonly Pick<AuditQuestion, 'id' | 'text'>[] };
  answers: readonly AuditAnswer[];
}

export interface AuditComparison {
  /** Current score minus the previous one, to one decimal place; null when either has no score. */
  scoreChange: number | null;
  /** One entry per question of the current audit, in its order. */
  answers: { questionId: string; previous: AuditAnswerValue | null; current: AuditAnswerValue; change: AnswerChange }[];
  /** Questions the previous audit answered that the current one's template no longer asks. */
  droppedQuestions: { questionId: string; text: string; previous: AuditAnswerValue }[];
}

export function compareAudits(previous: ComparedAudit, current: ComparedAudit): AuditComparison {
  const before = new Map(previous.answers.map((a) => [a.questionId, a.answer]));
  const now = new Map(current.answers.map((a) => [a.questionId, a.answer]));
  const answers = current.template.questions.flatMap((q) => {
    const answer = now.get(q.id);
    if (answer === undefined) return [];
    const prior = before.get(q.id) ?? null;
    return [{ questionId: q.id, previous: prior, current: answer, change: changeBetween(prior, answer) }];
  });
  const droppedQuestions = previous.template.questions.flatMap((q) => {
    const prior = before.get(q.id);
    return now.has(q.id) || prior === undefined ? [] : [{ questionId: q.id, text: q.text, previous: prior }];
  });
  const scoreChange = previous.score === null || current.score === null ? null : Math.round((current.score - previous.score) * 10) / 10;
  return { scoreChange, answers, droppedQuestions };
}
