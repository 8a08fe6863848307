import { describe, expect, test } from 'vitest';
import type { PersonalisationArea } from './areas.js';
import { assessmentErrors, createAssessmentBodySchema, ratingRank, ratingScale, type AssessmentDraft } from './assessment.js';

const area = (id: string, retired = false): PersonalisationArea => ({ id, title: `Area ${id}`, description: 'About it', whatGoodLooksLike: [], retired });
const areas = [area('food'), area('home'), area('old', true)];
const today = '2026-11-23';
const valid: AssessmentDraft = {
  ratings: [
    { areaId: 'food', rating: 'starting', evidence: 'Residents said the menu never changes' },
    { areaId: 'home', rating: 'developing', evidence: '' },
  ],
  priorities: [{ areaId: 'food', why: 'Mealtimes came up in every conversation' }],
  participants: 'Six residents, three relatives, the cook and four care staff',
  agreedOn: '2026-11-20',
};
const errorsOf = (change: Partial<AssessmentDraft>) => assessmentErrors({ ...valid, ...change }, areas, today).map((e) => `${e.field}: ${e.message}`);

describe('a self-assessment', () => {
  test('every current area rated once, a priority with its why and evidence, who took part and the day: no errors', () => {
    expect(errorsOf({})).toEqual([]);
  });

  test.each<[string, Partial<AssessmentDraft>, string[]]>([
    ['an area left unrated', { ratings: [valid.ratings[0]!] }, ['ratings: Rate every area: Area home is not rated']],
    ['a rating not chosen', { ratings: [valid.ratings[0]!, { areaId: 'home', rating: '', evidence: '' }] }, ['ratings.1.rating: Choose where the home is now for Area home']],
    ['an area rated twice', { ratings: [...valid.ratings, { areaId: 'home', rating: 'starting', evidence: '' }] }, ['ratings.2.areaId: Area home is rated more than once']],
    ['a retired area rated', { ratings: [...valid.ratings, { areaId: 'old', rating: 'starting', evidence: '' }] }, ['ratings.2.areaId: This area is not in the current list: reload the form']],
    ['an unknown area rated', { ratings: [...valid.ratings, { areaId: 'nope', rating: 'starting', evidence: '' }] }, ['ratings.2.areaId: This area is not in the current list: reload the form']],
    ['no priority', { priorities: [] }, ['priorities: Choose at least one area as a priority for improvement']],
    ['a priority without its why', { priorities: [{ areaId: 'food', why: '  ' }] }, ['priorities.0.why: Say why Area food is a priority']],
    ['a priority area without evidence', { priorities: [{ areaId: 'home', why: 'Rooms feel bare' }] }, ['ratings.1.evidence: Say what people said about Area home: it is a priority']],
    ['a priority that was not rated', { priorities: [...valid.priorities, { areaId: 'old', why: 'x' }] }, ['priorities.1.areaId: A priority must be one of the areas rated in this self-assessment']],
    ['the same priority twice', { priorities: [...valid.priorities, { areaId: 'food', why: 'Again' }] }, ['priorities.1.areaId: Area food is already a priority']],
    ['no one named as taking part', { participants: ' ' }, ['participants: Say who took part: residents, relatives and staff']],
    ['a date that does not exist', { agreedOn: '2026-02-30' }, ['agreedOn: Enter a real date for when it was agreed']],
    ['a date in the future', { agreedOn: '2026-11-24' }, ['agreedOn: The date it was agreed must be today or in the past']],
  ])('%s is refused', (_name, change, expected) => {
    expect(errorsOf(change)).toEqual(expected);
  });

  test('agreed today is fine', () => {
    expect(errorsOf({ agreedOn: today })).toEqual([]);
  });

  test('more than five priorities is refused', () => {
    const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => area(id));
    const draft: AssessmentDraft = {
      ...valid,
      ratings: many.map((a) => ({ areaId: a.id, rating: 'starting', evidence: 'Said so' })),
      priorities: many.map((a) => ({ areaId: a.id, why: 'Because' })),
    };
    expect(assessmentErrors(draft, many, today)).toEqual([{ field: 'priorities', message: 'Choose no more than 5 priorities' }]);
    expect(assessmentErrors({ ...draft, priorities: draft.priorities.slice(0, 5) }, many, today)).toEqual([]);
  });

  test('the body schema trims text, defaults blank evidence and refuses a rating off the scale', () => {
    const parsed = createAssessmentBodySchema.parse({ ...valid, areaSetVersion: 0, ratings: [{ areaId: 'food', rating: 'established' }], participants: '  Residents ', note: '' });
    expect(parsed).toMatchObject({ ratings: [{ areaId: 'food', rating: 'established', evidence: '' }], participants: 'Residents', note: null });
    const bad = createAssessmentBodySchema.safeParse({ ...valid, areaSetVersion: 0, ratings: [{ areaId: 'food', rating: 'excellent' }] });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['ratings.0.rating', 'Choose a rating']]);
  });

  test('the scale runs from not yet to established, each with a plain meaning', () => {
    expect(Object.keys(ratingScale)).toEqual(['not_yet', 'starting', 'developing', 'established']);
    expect([ratingRank('not_yet'), ratingRank('established')]).toEqual([0, 3]);
    for (const s of Object.values(ratingScale)) expect(s.meaning.length).toBeGreaterThan(20);
  });
});
