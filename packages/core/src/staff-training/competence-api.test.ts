import { describe, expect, test } from 'vitest';
import { buildStaffCompetenceCheck, staffCompetenceCheckPostSchema } from './competence-api.js';
import { competenceItemIds, summariseCompetence } from './competence-checklist.js';
import { observationItemIds, summariseObservation } from './observation-checklist.js';

const today = '2026-11-20';
const allMet = competenceItemIds.map((itemId) => ({ itemId, answer: 'met', evidence: 'Seen on shift' }));
const competence = (answers: unknown[] = allMet, completedOn = today) =>
  staffCompetenceCheckPostSchema.parse({ kind: 'competence', completedOn, answers, nextSteps: '' });
const observation = (items: unknown[]) =>
  staffCompetenceCheckPostSchema.parse({
    kind: 'observation',
    completedOn: today,
    observerName: 'Maya Patel',
    observerRole: 'Registered manager',
    setting: 'Lounge at Oak House, afternoon activity',
    items,
    feedback: null,
  });
const fields = (result: { errors: { field: string }[] }) => result.errors.map((e) => e.field);

describe('the support worker competence checklist', () => {
  test('every item met with evidence is stored in the checklist\u2019s order', () => {
    const built = buildStaffCompetenceCheck(competence([...allMet].reverse()), today);
    expect(built.errors).toEqual([]);
    expect(built.draft?.kind).toBe('competence');
    if (built.draft?.kind !== 'competence') throw new Error('not a competence check');
    expect(built.draft.body.answers.map((a) => a.itemId)).toEqual(competenceItemIds);
    expect(built.draft.body).toMatchObject({ checklistVersion: 1, nextSteps: null });
  });

  test.each<[string, (answers: typeof allMet) => unknown[], string[]]>([
    ['an item left out', (a) => a.slice(1), [`answers.${competenceItemIds[0]}.answer`]],
    [
      'an answer that is not met, partly or not yet',
      (a) => [{ ...a[0], answer: 'maybe' }, ...a.slice(1)],
      [`answers.${competenceItemIds[0]}.answer`],
    ],
    [
      'a "not yet" with no evidence',
      (a) => [{ ...a[0], answer: 'not_yet', evidence: ' ' }, ...a.slice(1)],
      [`answers.${competenceItemIds[0]}.evidence`],
    ],
    ['a "met" with no evidence', (a) => [{ ...a[0], evidence: '' }, ...a.slice(1)], [`answers.${competenceItemIds[0]}.evidence`]],
    [
      'an item the checklist does not have',
      (a) => [...a, { itemId: 'made_up', answer: 'met', evidence: 'x' }],
      ['answers.made_up'],
    ],
    ['an item answered twice', (a) => [...a, a[0]], [`answers.${competenceItemIds[0]}`]],
  ])('%s is refused on its field', (_case, change, expected) => {
    expect(fields(buildStaffCompetenceCheck(competence(change(allMet)), today))).toEqual(expected);
  });

  test('a checklist cannot be dated in the future', () => {
    expect(fields(buildStaffCompetenceCheck(competence(allMet, '2026-11-21'), today))).toEqual(['completedOn']);
  });

  test('the summary counts the answers and names the groups still to develop', () => {
    const answers = competenceItemIds.map((itemId) => ({
      itemId,
      answer: itemId.startsWith('record_') ? ('partly' as const) : ('met' as const),
    }));
    expect(summariseCompetence(answers)).toEqual({
      met: competenceItemIds.length - 3,
      partly: 3,
      not_yet: 0,
      allMet: false,
      groupsToDevelop: ['recording'],
    });
    expect(summariseCompetence(answers.map((a) => ({ ...a, answer: 'met' as const }))).allMet).toBe(true);
    expect(summariseCompetence([]).allMet).toBe(false);
  });
});

describe('the observational checklist', () => {
  const items = observationItemIds.map((itemId) => ({ itemId, result: 'met', comment: null }));

  test('met and not seen need no comment; the observer and setting are kept', () => {
    const built = buildStaffCompetenceCheck(observation([{ ...items[0], result: 'not_seen' }, ...items.slice(1)]), today);
    expect(built.errors).toEqual([]);
    if (built.draft?.kind !== 'observation') throw new Error('not an observation');
    expect(built.draft.body.observer).toEqual({ name: 'Maya Patel', role: 'Registered manager' });
    expect(summariseObservation(built.draft.body.items)).toEqual({ met: observationItemIds.length - 1, not_seen: 1, not_met: 0 });
  });

  test('a "not met" must say what was seen', () => {
    const built = buildStaffCompetenceCheck(observation([{ ...items[0], result: 'not_met' }, ...items.slice(1)]), today);
    expect(fields(built)).toEqual([`items.${observationItemIds[0]}.comment`]);
  });

  test('the observer and the setting are required', () => {
    const parsed = staffCompetenceCheckPostSchema.safeParse({
      kind: 'observation',
      completedOn: today,
      observerName: ' ',
      setting: '',
      items,
    });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['observerName', 'setting']);
  });
});
