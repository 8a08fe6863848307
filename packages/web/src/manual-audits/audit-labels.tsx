// How manual audit answers, scores and changes read on screen.
import { auditAnswerLabels, type AnswerChange, type AuditAnswerValue } from '@hearth/core';

const answerColours: Record<AuditAnswerValue, string> = {
  yes: 'nhsuk-tag--green',
  partly: 'nhsuk-tag--yellow',
  no: 'nhsuk-tag--red',
  not_applicable: 'nhsuk-tag--grey',
};

export function AnswerTag({ answer }: { answer: AuditAnswerValue }) {
  return <strong className={`nhsuk-tag ${answerColours[answer]}`}>{auditAnswerLabels[answer]}</strong>;
}

export const changeLabels: Record<AnswerChange, string> = {
  improved: 'Improved',
  worsened: 'Worse',
  same: 'No change',
  not_comparable: 'Not comparable',
  new_question: 'New question',
};

export function formatScore(score: number | null): string {
  return score === null ? 'No score (no question applied)' : `${score} out of 100`;
}

export function describeScoreChange(change: number | null): string {
  if (change === null) return 'The score cannot be compared.';
  if (change === 0) return 'The score is the same.';
  return change > 0 ? `The score went up by ${change}.` : `The score went down by ${-change}.`;
}
