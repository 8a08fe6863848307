import { describe, expect, test } from 'vitest';
import type { QualityActionStatus } from '../plan-audit/quality-actions.js';
import type { PersonalisationRating } from './assessment.js';
import { actionPlanProgress, compareAssessments, type PlanAction } from './progress.js';

describe('comparing a self-assessment with the one before', () => {
  test.each<[PersonalisationRating | null, PersonalisationRating, string]>([
    ['not_yet', 'starting', 'improved'],
    ['starting', 'established', 'improved'],
    ['developing', 'developing', 'same'],
    ['established', 'developing', 'worse'],
    ['starting', 'not_yet', 'worse'],
    [null, 'starting', 'new'],
  ])('from %s to %s is %s', (from, to, change) => {
    const previous = { ratings: from === null ? [] : [{ areaId: 'food', rating: from }] };
    expect(compareAssessments(previous, { ratings: [{ areaId: 'food', rating: to }] }).areas).toEqual([{ areaId: 'food', from, to, change }]);
  });

  test('counts each kind of change, keeps the later order and ignores areas only the earlier one rated', () => {
    const result = compareAssessments(
      { ratings: [{ areaId: 'a', rating: 'not_yet' }, { areaId: 'b', rating: 'developing' }, { areaId: 'gone', rating: 'starting' }, { areaId: 'c', rating: 'starting' }] },
      { ratings: [{ areaId: 'c', rating: 'starting' }, { areaId: 'a', rating: 'developing' }, { areaId: 'b', rating: 'starting' }, { areaId: 'new', rating: 'not_yet' }] },
    );
    expect(result.areas.map((a) => `${a.areaId}:${a.change}`)).toEqual(['c:same', 'a:improved', 'b:worse', 'new:new']);
    expect(result).toMatchObject({ improved: 1, same: 1, worse: 1, new: 1 });
  });
});

describe('action plan progress', () => {
  const today = '2026-11-23';
  const act = (areaId: string, status: QualityActionStatus, dueDate = '2026-12-01'): PlanAction => ({ areaId, status, dueDate });

  test.each<[string, PlanAction[], { total: number; closed: number; overdue: number }]>([
    ['no actions', [], { total: 0, closed: 0, overdue: 0 }],
    ['done and cancelled are closed', [act('food', 'done'), act('food', 'cancelled'), act('food', 'open')], { total: 3, closed: 2, overdue: 0 }],
    ['open or in progress past due is overdue', [act('food', 'open', '2026-11-22'), act('food', 'in_progress', '2026-11-01')], { total: 2, closed: 0, overdue: 2 }],
    ['due today is not overdue', [act('food', 'open', today)], { total: 1, closed: 0, overdue: 0 }],
    ['a closed action past due is not overdue', [act('food', 'done', '2026-11-01'), act('food', 'cancelled', '2026-11-01')], { total: 2, closed: 2, overdue: 0 }],
  ])('%s', (_name, actions, totals) => {
    expect(actionPlanProgress([{ areaId: 'food' }], actions, today)).toMatchObject(totals);
  });

  test('counts by status per priority area in priority order, then other areas with actions; priorities with none are named', () => {
    const progress = actionPlanProgress(
      [{ areaId: 'food' }, { areaId: 'home' }, { areaId: 'say' }],
      [act('home', 'open', '2026-11-01'), act('food', 'in_progress'), act('food', 'done'), act('home', 'cancelled'), act('choice', 'open')],
      today,
    );
    expect(progress.areas).toEqual([
      { areaId: 'food', isPriority: true, total: 2, open: 0, inProgress: 1, done: 1, cancelled: 0, closed: 1, overdue: 0 },
      { areaId: 'home', isPriority: true, total: 2, open: 1, inProgress: 0, done: 0, cancelled: 1, closed: 1, overdue: 1 },
      { areaId: 'say', isPriority: true, total: 0, open: 0, inProgress: 0, done: 0, cancelled: 0, closed: 0, overdue: 0 },
      { areaId: 'choice', isPriority: false, total: 1, open: 1, inProgress: 0, done: 0, cancelled: 0, closed: 0, overdue: 0 },
    ]);
    expect(progress).toMatchObject({ total: 5, closed: 2, overdue: 1, prioritiesWithoutActions: ['say'] });
  });
});
