import { describe, expect, test } from 'vitest';
import type { AuditAnswer, AuditAnswerValue } from './answers.js';
import { changeBetween, compareAudits, type AnswerChange } from './comparison.js';

describe('how one answer changed', () => {
  test.each([
    [null, 'yes', 'new_question'],
    ['no', 'no', 'same'],
    ['not_applicable', 'not_applicable', 'same'],
    ['no', 'partly', 'improved'],
    ['partly', 'yes', 'improved'],
    ['no', 'yes', 'improved'],
    ['yes', 'partly', 'worsened'],
    ['yes', 'no', 'worsened'],
    ['partly', 'no', 'worsened'],
    ['not_applicable', 'no', 'not_comparable'],
    ['yes', 'not_applicable', 'not_comparable'],
  ] as [AuditAnswerValue | null, AuditAnswerValue, AnswerChange][])('%s → %s is %s', (previous, current, change) => {
    expect(changeBetween(previous, current)).toBe(change);
  });
});

describe('an audit against the previous one', () => {
  const audit = (score: number | null, ids: string[], answers: [string, AuditAnswerValue][]) => ({
    score,
    template: { questions: ids.map((id) => ({ id, text: `Question ${id}` })) },
    answers: answers.map(([questionId, answer]): AuditAnswer => ({ questionId, answer, evidence: answer === 'no' || answer === 'partly' ? 'seen' : null })),
  });

  test('lists each current question’s change, the questions dropped since, and the score’s movement', () => {
    const previous = audit(25, ['a', 'b', 'c'], [['a', 'no'], ['b', 'yes'], ['c', 'partly']]);
    const current = audit(66.7, ['b', 'a', 'd'], [['b', 'partly'], ['a', 'yes'], ['d', 'yes']]);
    expect(compareAudits(previous, current)).toEqual({
      scoreChange: 41.7,
      answers: [
        { questionId: 'b', previous: 'yes', current: 'partly', change: 'worsened' },
        { questionId: 'a', previous: 'no', current: 'yes', change: 'improved' },
        { questionId: 'd', previous: null, current: 'yes', change: 'new_question' },
      ],
      droppedQuestions: [{ questionId: 'c', text: 'Question c', previous: 'partly' }],
    });
  });

  test.each([
    [null, 50, null],
    [50, null, null],
    [33.3, 33.3, 0],
    [66.7, 33.3, -33.4],
  ])('score %s then %s moves by %s', (before, after, change) => {
    expect(compareAudits(audit(before, ['a'], [['a', 'yes']]), audit(after, ['a'], [['a', 'yes']])).scoreChange).toBe(change);
  });
});
