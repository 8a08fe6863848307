import { describe, expect, test } from 'vitest';
import { palAssessmentsResponse, type PalAssessmentRecord } from './pal-api.js';
import {
  palAssessmentDateErrors,
  palAssessmentPostSchema,
  palReassessmentState,
  palSupersedeErrors,
  type PalAssessmentBody,
} from './pal-assessment.js';
import type { PalStatements } from './pal-import.js';
import { palActivities, palLevels, type PalLevel } from './pal-structure.js';

const checklist = (level: (i: number) => PalLevel) =>
  Object.fromEntries(palActivities.map((a, i) => [a, { level: level(i), note: null }])) as PalAssessmentBody['checklist'];

const post = (overrides: Record<string, unknown> = {}) => ({
  assessedOn: '2026-03-01',
  reassessBy: '2026-06-01',
  statementSetId: null,
  checklist: checklist(() => 'exploratory'),
  profile: { lifeHistory: 'A joiner for forty years', interests: '', likes: null },
  actionPlan: { goals: 'Enjoy an hour in the workshop', activities: 'Sanding', howToSupport: 'One step at a time', who: 'Key worker' },
  ...overrides,
});

const fieldsOf = (input: unknown) => {
  const parsed = palAssessmentPostSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('what a checklist must hold', () => {
  test('a complete checklist is read, blanks in the profile becoming null', () => {
    const parsed = palAssessmentPostSchema.parse(post());
    expect(parsed.profile).toEqual({ lifeHistory: 'A joiner for forty years', interests: null, likes: null, dislikes: null });
    expect(parsed).toMatchObject({ supersedes: null, supersedeReason: null, statementSetId: null });
  });

  test('each activity without a tick is named against its own radios', () => {
    const { eating: _e, use_of_objects: _u, ...rest } = checklist(() => 'sensory');
    expect(fieldsOf(post({ checklist: { ...rest, eating: { level: 'sideways' } } }))).toEqual([
      'checklist.eating.level: Choose one statement for eating',
      'checklist.use_of_objects.level: Choose one statement for use of objects',
    ]);
  });

  test('a body with nothing in it names every activity and every part of the action plan', () => {
    const fields = fieldsOf({ assessedOn: '2026-03-01', reassessBy: '2026-06-01' }).map((f) => f.split(':')[0]);
    expect(fields).toEqual([...palActivities.map((a) => `checklist.${a}.level`), 'actionPlan.goals', 'actionPlan.activities', 'actionPlan.howToSupport', 'actionPlan.who']);
  });

  test('a correction needs its reason, and a reason needs a correction', () => {
    expect(fieldsOf(post({ supersedes: '7c9e6679-7425-40de-944b-e07fc1f90ae7' }))).toEqual(['supersedeReason: Say why this replaces the earlier record']);
    expect(fieldsOf(post({ supersedeReason: 'Wrong person' }))).toEqual(['supersedeReason: Give a reason only when this replaces an earlier record']);
  });

  test.each([
    ['on the day', '2026-03-01', '2026-03-02', []],
    ['in the future', '2026-03-02', '2026-06-01', ['assessedOn']],
    ['reassessed the same day', '2026-02-01', '2026-02-01', ['reassessBy']],
    ['reassessed before', '2026-02-01', '2026-01-01', ['reassessBy']],
  ])('dates: %s', (_name, assessedOn, reassessBy, fields) => {
    expect(palAssessmentDateErrors({ assessedOn, reassessBy }, '2026-03-01').map((e) => e.field)).toEqual(fields);
  });

  test.each([
    ['nothing replaced', null, []],
    ['a current checklist', 'a', []],
    ['one already replaced', 'b', ['That PAL checklist has already been replaced by a newer one']],
    ['one not of this person', 'z', ['Choose a PAL checklist of this person to replace']],
  ])('replacing %s', (_name, supersedes, messages) => {
    const existing = [
      { id: 'a', current: true },
      { id: 'b', current: false },
    ];
    expect(palSupersedeErrors(supersedes, existing).map((e) => e.message)).toEqual(messages);
  });

  test.each([
    ['2026-03-01', 'due_soon'],
    ['2026-03-15', 'due_soon'],
    ['2026-03-16', 'not_due'],
    ['2026-02-28', 'overdue'],
  ])('reassess by %s, today 1 March: %s', (reassessBy, state) => {
    expect(palReassessmentState(reassessBy, '2026-03-01')).toBe(state);
  });
});

describe('a person\u2019s checklists as answered', () => {
  const statements = Object.fromEntries(
    palActivities.map((a) => [a, Object.fromEntries(palLevels.map((l) => [l, `Invented ${a} ${l}`]))]),
  ) as PalStatements;
  const record = (id: string, assessedOn: string, overrides: Partial<PalAssessmentRecord> = {}): PalAssessmentRecord => ({
    id,
    assessedOn,
    reassessBy: '2026-06-01',
    statementSetId: 'set-1',
    body: palAssessmentPostSchema.parse(post()),
    supersedes: null,
    supersedeReason: null,
    recordedBy: { id: 's', name: 'Grace Mensah' },
    recordedAt: `${assessedOn}T10:00:00.000Z`,
    ...overrides,
  });

  test('newest first, a corrected checklist marked replaced, the latest the newest in force, with the statements ticked', () => {
    const tie = palAssessmentPostSchema.parse(post({ checklist: checklist((i) => (i < 4 ? 'sensory' : i < 8 ? 'exploratory' : 'reflex')) }));
    const response = palAssessmentsResponse(
      'person',
      [
        record('old', '2025-11-01', { statementSetId: null, reassessBy: '2026-02-01' }),
        record('wrong', '2026-02-20'),
        record('fixed', '2026-02-20', { body: tie, supersedes: 'wrong', supersedeReason: 'Ticked the wrong column', recordedAt: '2026-02-21T09:00:00.000Z' }),
      ],
      (id) => (id === 'set-1' ? statements : null),
      '2026-03-01',
    );
    expect(response.assessments.map((a) => [a.id, a.current, a.supersededBy, a.reassessment])).toEqual([
      ['fixed', true, null, 'not_due'],
      ['wrong', false, 'fixed', null],
      ['old', true, null, 'overdue'],
    ]);
    expect(response.latestId).toBe('fixed');
    const [fixed, wrong, old] = response.assessments;
    expect(fixed?.score).toMatchObject({ totals: { planned: 0, exploratory: 4, sensory: 4, reflex: 1 }, result: { kind: 'tie', levels: ['exploratory', 'sensory'] } });
    expect(wrong?.score.result).toEqual({ kind: 'level', level: 'exploratory' });
    expect(fixed?.ticked[0]).toEqual({ activity: 'bathing_washing', level: 'sensory', statement: 'Invented bathing_washing sensory', note: null });
    expect(old?.ticked.every((t) => t.statement === null)).toBe(true);
  });

  test('no checklists: no latest', () => {
    expect(palAssessmentsResponse('person', [], () => null, '2026-03-01')).toEqual({ personId: 'person', assessments: [], latestId: null });
  });
});
