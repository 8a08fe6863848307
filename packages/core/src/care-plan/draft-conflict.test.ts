import { describe, expect, test } from 'vitest';
import { compareSectionEdits, mergeSectionEdits } from './draft-conflict.js';
import { sectionContentSchema, type SectionContent } from './plan-content.js';

const section = (fields: Record<string, unknown> = {}): SectionContent =>
  sectionContentSchema.parse({
    sectionKey: 'personal_care',
    strengths: 'I can wash my face',
    checklist: [{ checklistKey: 'washing', itemKey: 'shower', level: 'some_support' }],
    answers: [{ promptKey: 'my_routine', text: 'Up at 7, shower first.' }],
    outcomes: [{ id: 'o1', goal: 'Wash my hair myself', howMet: 'Long-handled brush', whoInvolved: 'Me' }],
    steps: [{ id: 's1', when: 'Morning visit', time: '07:30', what: 'Run the shower', who: 'Care worker' }],
    ...fields,
  });

const outcome2 = {
  id: 'o2',
  goal: 'Walk to the shop',
  howMet: 'With my frame',
  whoInvolved: 'Me and Sam',
  targetDate: null,
  progress: [],
};
const fields = (list: { field: string }[]) => list.map((c) => c.field);

describe('what changed since your copy', () => {
  test('their change, your change elsewhere: no clash, and each is listed with all three values', () => {
    const base = section();
    const theirs = section({ strengths: 'I can wash my face and hands' });
    const yours = section({ needs: 'Help with my back' });
    const conflict = compareSectionEdits(base, theirs, yours);
    expect(conflict.theirChanges).toEqual([
      { field: 'strengths', base: 'I can wash my face', theirs: 'I can wash my face and hands', yours: 'I can wash my face' },
    ]);
    expect(conflict.clashes).toEqual([]);
    expect(conflict.yourOtherChanges).toEqual([{ field: 'needs', base: null, theirs: null, yours: 'Help with my back' }]);
  });

  test('both changed the same field differently: a clash with their value and yours', () => {
    const conflict = compareSectionEdits(section(), section({ strengths: 'Theirs' }), section({ strengths: 'Mine' }));
    expect(conflict.clashes).toEqual([{ field: 'strengths', base: 'I can wash my face', theirs: 'Theirs', yours: 'Mine' }]);
    expect(conflict.theirChanges[0]?.yours).toBe('Mine');
    expect(conflict.yourOtherChanges).toEqual([]);
  });

  test('both made the same change: nothing of yours is left to keep', () => {
    const conflict = compareSectionEdits(section(), section({ strengths: 'Same' }), section({ strengths: 'Same' }));
    expect(fields(conflict.theirChanges)).toEqual(['strengths']);
    expect(conflict.clashes).toEqual([]);
    expect(conflict.yourOtherChanges).toEqual([]);
  });

  test('checklist items, answers and outcomes are compared one by one, as the plan comparison names them', () => {
    const theirs = section({
      checklist: [{ checklistKey: 'washing', itemKey: 'shower', level: 'full_support' }],
      outcomes: [{ id: 'o1', goal: 'Wash my hair myself', howMet: 'Long-handled brush', whoInvolved: 'Me' }, outcome2],
    });
    const yours = section({ answers: [{ promptKey: 'my_routine', text: 'Up at 8 now.' }] });
    const conflict = compareSectionEdits(section(), theirs, yours);
    expect(fields(conflict.theirChanges)).toEqual(['checklist.washing.shower', 'outcomes.o2']);
    expect(conflict.theirChanges[1]).toMatchObject({ base: null, theirs: { goal: 'Walk to the shop' }, yours: null });
    expect(fields(conflict.yourOtherChanges)).toEqual(['answers.my_routine']);
  });

  test('a section they started while you wrote yours: all of it is theirs, your matching parts clash', () => {
    const conflict = compareSectionEdits(null, section({ strengths: 'Theirs' }), section());
    expect(fields(conflict.clashes)).toContain('strengths');
    expect(conflict.theirChanges.every((c) => c.base === null)).toBe(true);
  });
});

describe('keeping your changes over theirs', () => {
  test('your changes win where you made them; theirs stay everywhere else', () => {
    const theirs = section({
      strengths: 'Theirs',
      steps: [{ id: 's1', when: 'Morning visit', time: '08:00', what: 'Run the shower', who: 'Care worker' }],
      outcomes: [{ id: 'o1', goal: 'Wash my hair myself', howMet: 'Long-handled brush', whoInvolved: 'Me' }, outcome2],
    });
    const yours = section({
      strengths: 'Mine',
      needs: 'Help with my back',
      checklist: [
        { checklistKey: 'washing', itemKey: 'shower', level: 'some_support' },
        { checklistKey: 'washing', itemKey: 'hair', level: 'full_support' },
      ],
      outcomes: [],
    });
    const merged = mergeSectionEdits(section(), theirs, yours);
    expect(merged).toMatchObject({ strengths: 'Mine', needs: 'Help with my back' });
    expect(merged?.steps[0]?.time).toBe('08:00');
    // You removed o1; their new o2 stays.
    expect(merged?.outcomes.map((o) => o.id)).toEqual(['o2']);
    expect(merged?.checklist.map((c) => c.itemKey)).toEqual(['shower', 'hair']);
    expect(sectionContentSchema.safeParse(merged).success).toBe(true);
  });

  test('no change of yours: theirs as saved', () => {
    const theirs = section({ strengths: 'Theirs' });
    expect(mergeSectionEdits(section(), theirs, section())).toBe(theirs);
  });

  test('you marked it as not applying: only that is kept, not their writing', () => {
    const yours = sectionContentSchema.parse({ sectionKey: 'personal_care', notApplicable: { reason: 'I wash myself' } });
    const merged = mergeSectionEdits(section(), section({ outcomes: [outcome2] }), yours);
    expect(merged).toBe(yours);
  });

  test('they marked it as not applying while you wrote in it: your writing stands', () => {
    const theirs = sectionContentSchema.parse({ sectionKey: 'personal_care', notApplicable: { reason: 'Not needed' } });
    const merged = mergeSectionEdits(section(), theirs, section({ needs: 'Help with my back' }));
    expect(merged?.notApplicable).toBeNull();
    expect(merged?.needs).toBe('Help with my back');
  });

  test('you emptied the section and they changed nothing in it: it is left out', () => {
    expect(mergeSectionEdits(section(), section(), null)).toBeNull();
  });

  test('you emptied the section after they added an outcome: their outcome is kept', () => {
    const merged = mergeSectionEdits(section(), section({ outcomes: [outcome2] }), null);
    expect(merged?.outcomes.map((o) => o.id)).toEqual(['o2']);
    expect(merged?.strengths ?? null).toBeNull();
  });
});
