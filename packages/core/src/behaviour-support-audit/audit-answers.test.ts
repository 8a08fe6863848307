import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  behaviourSupportAuditLevel,
  behaviourSupportAuditLevels,
  behaviourSupportAuditPostSchema,
  behaviourSupportAuditScore,
  behaviourSupportAuditStanding,
  buildBehaviourSupportAudit,
  type BehaviourSupportAuditStoredAnswer,
} from './audit-answers.js';
import { behaviourSupportAuditQuestionIds, behaviourSupportAuditSections } from './audit-questions.js';

const today = '2026-11-20';
const ids = behaviourSupportAuditQuestionIds;
const allYes = ids.map((questionId) => ({ questionId, answer: 'yes', evidence: 'Seen in every plan sampled', action: null }));
const gap = {
  answer: 'partly',
  evidence: 'Two of five plans reviewed late',
  action: { what: 'Book the overdue reviews', who: 'Registered manager', dueBy: '2026-12-20' },
};
const build = (answers: unknown[], completedOn = today) =>
  buildBehaviourSupportAudit(behaviourSupportAuditPostSchema.parse({ completedOn, answers, summary: '' }), today);
const fields = (answers: unknown[]) => build(answers).errors.map((e) => e.field);
const first = ids[0]!;

describe('a behaviour-support-planning audit as sent', () => {
  test('answers are stored in the questionnaire\u2019s order, with an action for each gap', () => {
    const built = build([...allYes.slice(1), { questionId: first, ...gap }].reverse());
    expect(built.errors).toEqual([]);
    expect(built.body?.answers.map((a) => a.questionId)).toEqual(ids);
    expect(built.body?.answers[0]).toEqual({ questionId: first, ...gap });
    expect(built.body?.summary).toBeNull();
  });

  test.each<[string, unknown, string[]]>([
    ['no answer', { questionId: first, answer: null, evidence: 'x' }, [`answers.${first}.answer`]],
    ['no evidence', { questionId: first, answer: 'yes', evidence: ' ' }, [`answers.${first}.evidence`]],
    [
      'a gap with no action',
      { questionId: first, ...gap, action: null },
      [`answers.${first}.action.what`, `answers.${first}.action.who`, `answers.${first}.action.dueBy`],
    ],
    [
      'a gap whose action has no owner',
      { questionId: first, ...gap, action: { ...gap.action, who: '' } },
      [`answers.${first}.action.who`],
    ],
    [
      'an action due before the audit',
      { questionId: first, ...gap, action: { ...gap.action, dueBy: '2026-11-01' } },
      [`answers.${first}.action.dueBy`],
    ],
    [
      'an action due on a date that does not exist',
      { questionId: first, ...gap, action: { ...gap.action, dueBy: '2026-13-01' } },
      [`answers.${first}.action.dueBy`],
    ],
    [
      'an action on a "yes"',
      { questionId: first, answer: 'yes', evidence: 'x', action: gap.action },
      [`answers.${first}.action.what`],
    ],
  ])('%s is refused on its field', (_case, answer, expected) => {
    expect(fields([answer, ...allYes.slice(1)])).toEqual(expected);
  });

  test('an audit cannot be dated in the future', () => {
    expect(build(allYes, '2026-11-21').errors.map((e) => e.field)).toEqual(['completedOn']);
  });
});

describe('where the service is now', () => {
  test.each<[string, number, number, number, number, string]>([
    ['every answer yes', 17, 0, 0, 100, 'established'],
    ['two gaps', 15, 1, 1, 91, 'established'],
    ['half partly', 8, 9, 0, 74, 'developing'],
    ['mostly no', 3, 2, 12, 24, 'getting_started'],
  ])('%s', (_case, yes, partly, no, score, level) => {
    const answers: BehaviourSupportAuditStoredAnswer[] = ids.map((questionId, i) => ({
      questionId,
      answer: i < yes ? 'yes' : i < yes + partly ? 'partly' : 'no',
      evidence: 'e',
      action: i < yes ? null : { what: 'w', who: 'x', dueBy: today },
    }));
    const standing = behaviourSupportAuditStanding(answers);
    expect(standing).toMatchObject({ yes, partly, no, score, level, actions: partly + no });
    expect(standing.sections.map((s) => s.key)).toEqual(behaviourSupportAuditSections.map((s) => s.key));
    expect(standing.sections.reduce((sum, s) => sum + s.yes + s.partly + s.no, 0)).toBe(ids.length);
  });

  const counts = fc.record({ yes: fc.nat(40), partly: fc.nat(40), no: fc.nat(40) });

  test('the score lies between 0 and 100, and turning any answer into a better one never lowers it', () => {
    fc.assert(
      fc.property(counts, fc.constantFrom('partly', 'no'), (c, from) => {
        const score = behaviourSupportAuditScore(c);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        if (c[from] === 0) return;
        const better = { ...c, [from]: c[from] - 1, yes: c.yes + 1 };
        expect(behaviourSupportAuditScore(better)).toBeGreaterThanOrEqual(score);
        expect(
          behaviourSupportAuditLevels.indexOf(behaviourSupportAuditLevel(behaviourSupportAuditScore(better))),
        ).toBeLessThanOrEqual(behaviourSupportAuditLevels.indexOf(behaviourSupportAuditLevel(score)));
      }),
      { numRuns: 500 },
    );
  });

  test('all yes scores 100 and all no scores 0, however many questions', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        expect(behaviourSupportAuditScore({ yes: n, partly: 0, no: 0 })).toBe(100);
        expect(behaviourSupportAuditScore({ yes: 0, partly: 0, no: n })).toBe(0);
      }),
    );
  });
});
