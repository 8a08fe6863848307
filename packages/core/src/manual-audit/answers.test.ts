import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { auditAnswerValues, checkAnswers, countAnswers, createManualAuditBodySchema, scoreAnswers, type AuditAnswerValue } from './answers.js';

const questions = [{ id: 'profile' }, { id: 'medication' }, { id: 'falls' }];
const answersOf = (...values: AuditAnswerValue[]) => values.map((answer) => ({ answer }));

describe('scoring a manual audit', () => {
  test.each([
    [['yes', 'yes', 'yes'], 100],
    [['no', 'no'], 0],
    [['yes', 'partly'], 75],
    [['yes', 'no', 'no'], 33.3],
    [['yes', 'yes', 'no'], 66.7],
    [['partly'], 50],
    [['yes', 'not_applicable', 'no'], 50],
    [['not_applicable', 'yes'], 100],
    [['not_applicable', 'not_applicable'], null],
    [[], null],
  ] as [AuditAnswerValue[], number | null][])('%o scores %s', (values, score) => {
    expect(scoreAnswers(answersOf(...values))).toBe(score);
  });

  const anyAnswers = fc.array(fc.constantFrom(...auditAnswerValues), { maxLength: 120 });

  test('the score is between 0 and 100 to one decimal place, and null only when nothing applies', () => {
    fc.assert(fc.property(anyAnswers, (values) => {
      const score = scoreAnswers(answersOf(...values));
      if (values.every((v) => v === 'not_applicable')) return score === null;
      return score !== null && score >= 0 && score <= 100 && Math.round(score * 10) === score * 10;
    }));
  });

  test('a "not applicable" answer never moves the score, and a better answer never lowers it', () => {
    fc.assert(fc.property(anyAnswers, fc.nat(), (values, at) => {
      const score = scoreAnswers(answersOf(...values));
      expect(scoreAnswers(answersOf(...values, 'not_applicable'))).toBe(score);
      if (values.length === 0 || values[at % values.length] === 'not_applicable') return;
      const better = values.map((v, n): AuditAnswerValue => (n === at % values.length ? 'yes' : v));
      expect(scoreAnswers(answersOf(...better))!).toBeGreaterThanOrEqual(score!);
    }));
  });

  test('counts each kind of answer', () => {
    expect(countAnswers(answersOf('yes', 'no', 'no', 'not_applicable'))).toEqual({ yes: 1, partly: 0, no: 2, not_applicable: 1 });
  });
});

describe('checking answers against the questions', () => {
  const full = [
    { questionId: 'profile', answer: 'yes', evidence: null },
    { questionId: 'medication', answer: 'no', evidence: 'No PRN guidance for paracetamol' },
    { questionId: 'falls', answer: 'not_applicable' },
  ];

  test('a full set comes back in the template order, with blank evidence as none and evidence trimmed', () => {
    const result = checkAnswers(questions, [full[2]!, { ...full[0]!, evidence: '   ' }, { ...full[1]!, evidence: '  No PRN guidance  ' }]);
    expect(result.errors).toEqual([]);
    expect(result.answers).toEqual([
      { questionId: 'profile', answer: 'yes', evidence: null },
      { questionId: 'medication', answer: 'no', evidence: 'No PRN guidance' },
      { questionId: 'falls', answer: 'not_applicable', evidence: null },
    ]);
  });

  test.each([
    ['a question left out', full.slice(0, 2), [{ field: 'answers.falls.answer', message: 'Choose yes, partly, no or not applicable' }]],
    ['no answer chosen', [...full.slice(0, 2), { questionId: 'falls', answer: null }], [{ field: 'answers.falls.answer', message: 'Choose yes, partly, no or not applicable' }]],
    ['an answer not on the scale', [...full.slice(0, 2), { questionId: 'falls', answer: 'maybe' }], [{ field: 'answers.falls.answer', message: 'Choose yes, partly, no or not applicable' }]],
    ['"no" without evidence', [full[0], { questionId: 'medication', answer: 'no', evidence: ' ' }, full[2]],
      [{ field: 'answers.medication.evidence', message: 'Say what you found in the plan that led you to answer “no”' }]],
    ['"partly" without evidence', [full[0], { questionId: 'medication', answer: 'partly' }, full[2]],
      [{ field: 'answers.medication.evidence', message: 'Say what you found in the plan that led you to answer “partly”' }]],
    ['evidence too long', [full[0], { questionId: 'medication', answer: 'yes', evidence: 'x'.repeat(2001) }, full[2]],
      [{ field: 'answers.medication.evidence', message: 'The evidence must be 2000 characters or fewer' }]],
    ['evidence with control characters', [full[0], { questionId: 'medication', answer: 'no', evidence: 'bad\u0007' }, full[2]],
      [{ field: 'answers.medication.evidence', message: 'Remove hidden control characters from this text' }]],
    ['a question the template does not have', [...full, { questionId: 'sleep', answer: 'yes' }], [{ field: 'answers.sleep', message: 'This question is not in the template' }]],
    ['a question answered twice', [...full, { questionId: 'profile', answer: 'no', evidence: 'x' }], [{ field: 'answers.profile', message: 'Answer this question once' }]],
  ])('%s is refused', (_case, submitted, errors) => {
    const result = checkAnswers(questions, submitted as never);
    expect(result.errors).toEqual(errors);
    expect(result.answers).toEqual([]);
  });

  test.each([
    ['yes', null], ['not_applicable', null], ['yes', 'Clear and in my words'], ['partly', 'Some times of day missing'],
  ])('"%s" with evidence %s is accepted', (answer, evidence) => {
    expect(checkAnswers([{ id: 'q' }], [{ questionId: 'q', answer, evidence }]).errors).toEqual([]);
  });
});

describe('the body of a new audit', () => {
  test('the plan version is optional and a blank summary reads as none', () => {
    expect(createManualAuditBodySchema.parse({ templateKey: 'toolkit', answers: [], summary: ' ' })).toEqual({ templateKey: 'toolkit', planVersion: null, answers: [], summary: null });
  });

  test.each([
    [{ templateKey: '' }, 'templateKey'],
    [{ planVersion: 0 }, 'planVersion'],
    [{ answers: 'all yes' }, 'answers'],
    [{ summary: 'x'.repeat(4001) }, 'summary'],
  ])('%o is refused on %s', (change, field) => {
    const result = createManualAuditBodySchema.safeParse({ templateKey: 'toolkit', answers: [], ...change });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});
