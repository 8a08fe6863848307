import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkAgainstDefinitions } from './check-against-definitions.js';
import { planContentSchema } from './plan-content.js';
import { sectionDefinitionSchema } from './section-definition.js';
import { checkExtension } from './section-extension-check.js';
import {
  emptySectionExtension,
  extensionSummary,
  keyFromLabel,
  mergeSectionDefinitions,
  sectionExtensionSchema,
  type SectionExtension,
} from './section-extensions.js';
import { toolkitSections } from './sections/index.js';

const ext = (input: unknown): SectionExtension => sectionExtensionSchema.parse(input);

const nightChecks = {
  key: 'night_checks',
  title: 'My night checks',
  purpose: 'How I would like to be checked at night.',
  guidance: ['Agree how often and how quietly.'],
  goodExample: 'Please look in at 2am without turning on the big light.',
  checklists: [{ key: 'checks', title: 'Checks', items: [{ key: 'door_ajar', label: 'Leave the door ajar' }] }],
  prompts: [{ key: 'how_often', label: 'How often I want to be checked' }],
};

const base = ext({
  sections: [nightChecks],
  additions: [
    {
      sectionKey: 'mobility_and_falls',
      items: [{ checklistKey: 'activities', item: { key: 'garden_steps', label: 'Using the garden steps' } }],
      prompts: [{ key: 'favourite_walk', label: 'My favourite walk', hint: '  ' }],
      checklists: [{ key: 'aids_at_night', title: 'Aids at night', items: [{ key: 'night_light', label: 'Night light' }] }],
    },
  ],
});

describe('merging a provider extension with the toolkit', () => {
  const merged = mergeSectionDefinitions(toolkitSections, base, { providerSource: 'Riverside Care Partnership' });

  test('the toolkit sections keep their order and the provider sections follow, with the provider as source', () => {
    expect(merged.map((s) => s.key)).toEqual([...toolkitSections.map((s) => s.key), 'night_checks']);
    expect(merged.at(-1)?.source).toBe('Riverside Care Partnership');
    for (const s of merged) expect(sectionDefinitionSchema.safeParse(s).success).toBe(true);
  });

  test('additions are appended to the section and checklist they name; the toolkit itself is not changed', () => {
    const mobility = merged.find((s) => s.key === 'mobility_and_falls')!;
    const toolkitMobility = toolkitSections.find((s) => s.key === 'mobility_and_falls')!;
    expect(mobility.checklists.find((c) => c.key === 'activities')!.items.at(-1)).toEqual({ key: 'garden_steps', label: 'Using the garden steps' });
    expect(mobility.checklists.map((c) => c.key)).toEqual([...toolkitMobility.checklists.map((c) => c.key), 'aids_at_night']);
    // An empty hint is no hint.
    expect(mobility.prompts.at(-1)).toEqual({ key: 'favourite_walk', label: 'My favourite walk' });
    expect(toolkitMobility.checklists.find((c) => c.key === 'activities')!.items.some((i) => i.key === 'garden_steps')).toBe(false);
  });

  test('plan content answering the added things passes the plan check against the merged definitions only', () => {
    const content = planContentSchema.parse({
      sections: [
        { sectionKey: 'mobility_and_falls', checklist: [{ checklistKey: 'activities', itemKey: 'garden_steps', level: 'some_support', note: null }], answers: [{ promptKey: 'favourite_walk', text: 'Along the canal' }] },
        { sectionKey: 'night_checks', checklist: [{ checklistKey: 'checks', itemKey: 'door_ajar', level: 'no_support', note: null }] },
      ],
      involvement: [],
      writtenInFirstPerson: true,
    });
    expect(checkAgainstDefinitions(content, merged)).toEqual([]);
    expect(checkAgainstDefinitions(content, toolkitSections).map((e) => e.field)).toEqual([
      'sections.0.checklist.0.itemKey',
      'sections.0.answers.0.promptKey',
      'sections.1.sectionKey',
    ]);
  });

  test('an empty extension gives exactly the toolkit', () => {
    expect(mergeSectionDefinitions(toolkitSections, emptySectionExtension)).toEqual(toolkitSections);
  });

  test('the summary counts what was added', () => {
    expect(extensionSummary(base)).toEqual({ sections: 1, checklists: 2, items: 3, prompts: 2 });
  });
});

const item = (sectionKey: string, checklistKey: string, key: string) => ({ sectionKey, items: [{ checklistKey, item: { key, label: `Item ${key}` } }] });

describe('checking a new version of the extension', () => {
  test.each([
    ['a section key the toolkit already has', { sections: [{ ...nightChecks, key: 'medication' }] }, 'sections.0.key', 'The toolkit already has'],
    ['two sections with one key', { sections: [nightChecks, { ...nightChecks, title: 'Again' }] }, 'sections.1.key', 'Another of your sections'],
    ['an item key the toolkit checklist already has', { additions: [item('mobility_and_falls', 'activities', 'standing_up')] }, 'additions.0.items.0.item.key', 'already has an item'],
    ['an addition to a section that does not exist', { additions: [item('no_such_section', 'activities', 'x_1')] }, 'additions.0.sectionKey', 'There is no section'],
    ['an item in a checklist that does not exist', { additions: [item('mobility_and_falls', 'no_such_list', 'x_1')] }, 'additions.0.items.0.checklistKey', 'has no checklist'],
    ['a checklist key the section already has', { additions: [{ sectionKey: 'mobility_and_falls', checklists: [{ key: 'equipment', title: 'More', items: [{ key: 'a_1', label: 'A' }] }] }] }, 'additions.0.checklists.0.key', 'already has a checklist'],
    ['a question key the section already asks', { additions: [{ sectionKey: 'mobility_and_falls', prompts: [{ key: 'concerns', label: 'Concerns' }] }] }, 'additions.0.prompts.0.key', 'already asks'],
    ['two items with one key in a new checklist', { additions: [{ sectionKey: 'finances', checklists: [{ key: 'new_list', title: 'New', items: [{ key: 'a_1', label: 'A' }, { key: 'a_1', label: 'B' }] }] }] }, 'additions.0.checklists.0.items.1.key', 'already has an item'],
  ])('refuses %s', (_name, doc, field, message) => {
    const errors = checkExtension(null, ext(doc), toolkitSections);
    expect(errors.map((e) => e.field)).toEqual([field]);
    expect(errors[0]?.message).toContain(message);
  });

  test('accepts additions to the provider’s own section and to a checklist added earlier in the document', () => {
    const doc = ext({
      sections: [nightChecks],
      additions: [
        { sectionKey: 'night_checks', items: [{ checklistKey: 'checks', item: { key: 'radio_on', label: 'Radio on low' } }] },
        { sectionKey: 'finances', checklists: [{ key: 'new_list', title: 'New', items: [{ key: 'a_1', label: 'A' }] }] },
        item('finances', 'new_list', 'a_2'),
      ],
    });
    expect(checkExtension(null, doc, toolkitSections)).toEqual([]);
  });

  test('refuses going over the toolkit’s limit of checklists in a section', () => {
    const section = toolkitSections.find((s) => s.key === 'mobility_and_falls')!;
    const room = 10 - section.checklists.length;
    const checklists = Array.from({ length: room + 1 }, (_, i) => ({ key: `list_${i}`, title: `List ${i}`, items: [{ key: 'a_1', label: 'A' }] }));
    const errors = checkExtension(null, ext({ additions: [{ sectionKey: 'mobility_and_falls', checklists }] }), toolkitSections);
    expect(errors).toEqual([{ field: `additions.0.checklists.${room}`, message: `${section.title} can have up to 10 checklists` }]);
  });

  test.each([
    ['a provider section', { ...base, sections: [] }, 'My night checks'],
    ['an item added to a toolkit checklist', { ...base, additions: [{ ...base.additions[0]!, items: [] }] }, 'Using the garden steps'],
    ['a checklist added to a toolkit section', { ...base, additions: [{ ...base.additions[0]!, checklists: [] }] }, 'Aids at night'],
    ['a question added to a toolkit section', { ...base, additions: [{ ...base.additions[0]!, prompts: [] }] }, 'My favourite walk'],
    ['an item in the provider’s own checklist', { ...base, sections: [{ ...base.sections[0]!, checklists: [{ ...base.sections[0]!.checklists[0]!, items: [{ key: 'other_1', label: 'Other' }] }] }] }, 'Leave the door ajar'],
  ])('refuses removing %s that an earlier version had', (_name, next, label) => {
    const errors = checkExtension(base, next, toolkitSections);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((e) => e.message).join(' ')).toContain(label);
  });

  test('accepts new wording, and moving an addition into the section itself, as long as every key stays', () => {
    const reworded = ext({
      sections: [{ ...nightChecks, title: 'Night-time checks', checklists: [{ ...nightChecks.checklists[0]!, items: [{ key: 'door_ajar', label: 'Door left a little open' }] }] }],
      additions: base.additions,
    });
    expect(checkExtension(base, reworded, toolkitSections)).toEqual([]);
  });
});

// Arbitrary extensions built from unique keys, so every one is valid by construction.
const keyArb = fc.stringMatching(/^[a-z][a-z0-9_]{1,8}$/).map((k) => `p_${k}`);
const extensionArb = fc
  .record({
    items: fc.uniqueArray(fc.tuple(fc.constantFrom(...toolkitSections.filter((s) => s.checklists.length > 0).map((s) => s.key)), keyArb), { maxLength: 6, selector: ([s, k]) => `${s}/${k}` }),
    prompts: fc.uniqueArray(fc.tuple(fc.constantFrom(...toolkitSections.map((s) => s.key)), keyArb), { maxLength: 6, selector: ([s, k]) => `${s}/${k}` }),
    sections: fc.uniqueArray(keyArb, { maxLength: 3 }),
  })
  .map(({ items, prompts, sections }) =>
    ext({
      sections: sections.map((key) => ({ ...nightChecks, key, title: `Section ${key}` })),
      additions: [
        ...items.map(([sectionKey, key]) => {
          const checklistKey = toolkitSections.find((s) => s.key === sectionKey)!.checklists[0]!.key;
          return { sectionKey, items: [{ checklistKey, item: { key, label: key } }] };
        }),
        ...prompts.map(([sectionKey, key]) => ({ sectionKey, prompts: [{ key, label: key }] })),
      ],
    }),
  );

describe('properties', () => {
  test('a valid extension never loses or reorders anything of the toolkit', () => {
    fc.assert(fc.property(extensionArb, (doc) => {
      expect(checkExtension(null, doc, toolkitSections)).toEqual([]);
      const merged = mergeSectionDefinitions(toolkitSections, doc);
      toolkitSections.forEach((t, i) => {
        const m = merged[i]!;
        expect(m.key).toBe(t.key);
        expect(m.prompts.slice(0, t.prompts.length)).toEqual(t.prompts);
        t.checklists.forEach((c, j) => {
          expect(m.checklists[j]!.items.slice(0, c.items.length)).toEqual(c.items);
        });
      });
    }));
  });

  test('adding to a version is always accepted; dropping any one addition is always refused', () => {
    fc.assert(fc.property(extensionArb, extensionArb, fc.nat(), (first, more, pick) => {
      const combined = ext({ sections: first.sections, additions: [...first.additions, ...more.additions] });
      fc.pre(checkExtension(null, combined, toolkitSections).length === 0);
      expect(checkExtension(first, combined, toolkitSections)).toEqual([]);
      fc.pre(combined.additions.length > 0);
      const dropped = { ...combined, additions: combined.additions.filter((_, i) => i !== pick % combined.additions.length) };
      expect(checkExtension(combined, dropped, toolkitSections).length).toBeGreaterThan(0);
    }));
  });

  test('a key made from any label is a valid key and clashes with none taken', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.uniqueArray(keyArb, { maxLength: 20 }), (label, takenList) => {
      const taken = new Set([...takenList, keyFromLabel(label, new Set())]);
      const key = keyFromLabel(label, taken);
      expect(key).toMatch(/^[a-z][a-z0-9_]{1,62}$/);
      expect(taken.has(key)).toBe(false);
    }));
  });

  test.each([
    ['Using the garden steps', 'using_the_garden_steps'],
    ['  Café visits!  ', 'cafe_visits'],
    ['2nd floor lift', 'item_2nd_floor_lift'],
    ['?', 'item'],
    ['A', 'a_1'],
  ])('the key for "%s" is %s', (label, key) => {
    expect(keyFromLabel(label, new Set())).toBe(key);
  });
});
