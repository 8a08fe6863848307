import { describe, expect, test } from 'vitest';
import { areaIdFor, areaSetChangeErrors, currentAreas, personalisationAreaSchema, saveAreaSetBodySchema, type PersonalisationArea } from './areas.js';
import { defaultPersonalisationAreas } from './default-areas.js';

const area = (id: string, overrides: Partial<PersonalisationArea> = {}): PersonalisationArea => ({
  id, title: `Area ${id}`, description: `About ${id}`, whatGoodLooksLike: [], retired: false, ...overrides,
});

describe('the default areas', () => {
  test('there are between 8 and 10, each valid, with unique ids and names and prompts for the conversation', () => {
    expect(defaultPersonalisationAreas.length).toBeGreaterThanOrEqual(8);
    expect(defaultPersonalisationAreas.length).toBeLessThanOrEqual(10);
    for (const a of defaultPersonalisationAreas) {
      expect(personalisationAreaSchema.parse(a)).toEqual(a);
      expect(a.whatGoodLooksLike.length).toBeGreaterThan(0);
    }
    expect(new Set(defaultPersonalisationAreas.map((a) => a.id)).size).toBe(defaultPersonalisationAreas.length);
    expect(areaSetChangeErrors([], defaultPersonalisationAreas)).toEqual([]);
  });
});

describe('saving a new version of the areas', () => {
  const previous = [area('food'), area('home'), area('choice')];

  test.each<[string, PersonalisationArea[], string[]]>([
    ['renaming and rewording an area keeps its id', [area('food', { title: 'Food, drink and mealtimes', description: 'New words' }), area('home'), area('choice')], []],
    ['adding an area at the end', [...previous, area('faith')], []],
    ['reordering the areas', [area('choice'), area('food'), area('home')], []],
    ['retiring an area keeps it in the list', [area('food', { retired: true }), area('home'), area('choice')], []],
    ['a retired area may share the name of a current one', [area('food', { retired: true, title: 'Area home' }), area('home'), area('choice')], []],
    ['removing an area is refused', [area('home'), area('choice')], ['areas: \u201cArea food\u201d cannot be removed because past self-assessments name it: retire it instead']],
    ['a repeated id is refused', [...previous, area('food', { title: 'Another' })], ['areas.3.id: Another area already has the id \u201cfood\u201d']],
    ['two current areas with the same name are refused', [...previous, area('faith', { title: 'area FOOD' })], ['areas.3.title: Another area is already called \u201carea FOOD\u201d']],
    ['retiring every area is refused', previous.map((a) => ({ ...a, retired: true })), ['areas: Keep at least one area that is not retired']],
  ])('%s', (_name, next, expected) => {
    expect(areaSetChangeErrors(previous, next).map((e) => `${e.field}: ${e.message}`)).toEqual(expected);
  });

  test.each([
    [{ reason: ' ' }, 'reason', 'Enter why the areas are changing'],
    [{ areas: [area('Food!')] }, 'areas.0.id', 'Use lower case letters, digits and underscores for the area\u2019s id'],
    [{ areas: [area('food', { title: '' })] }, 'areas.0.title', 'Enter the area\u2019s name'],
    [{ areas: [area('food', { description: '  ' })] }, 'areas.0.description', 'Enter what the area is about'],
    [{ areas: [area('food', { whatGoodLooksLike: [''] })] }, 'areas.0.whatGoodLooksLike.0', 'Enter the prompt'],
  ])('%o is refused on %s', (change, field, message) => {
    const result = saveAreaSetBodySchema.safeParse({ areas: previous, reason: 'Added faith', latestVersion: 1, ...change });
    expect(Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))[field]).toBe(message);
  });

  test('only areas not retired are offered for a new self-assessment, in order', () => {
    expect(currentAreas([area('a'), area('b', { retired: true }), area('c')]).map((a) => a.id)).toEqual(['a', 'c']);
  });

  test.each([
    ['Faith and belief', [], 'faith_and_belief'],
    ['Faith and belief', ['faith_and_belief'], 'faith_and_belief_2'],
    ['Faith and belief', ['faith_and_belief', 'faith_and_belief_2'], 'faith_and_belief_3'],
    ['24-hour care', [], 'area_24_hour_care'],
    ['Café', [], 'cafe'],
  ])('a new area called %s with ids %o taken gets the id %s', (title, taken, id) => {
    expect(areaIdFor(title, taken)).toBe(id);
  });
});
