import { describe, expect, test } from 'vitest';
import { planContentSchema } from '../care-plan/plan-content.js';
import { toolkitSections } from '../care-plan/sections/index.js';
import { asSentence, spokenDate } from './plan-parts.js';
import { plainTextPlan } from './plain-text-plan.js';

const content = planContentSchema.parse({
  sections: [
    {
      sectionKey: 'personal_care',
      checklist: [
        {
          checklistKey: toolkitSections.find((s) => s.key === 'personal_care')!.checklists[0]!.key,
          itemKey: toolkitSections.find((s) => s.key === 'personal_care')!.checklists[0]!.items[0]!.key,
          level: 'some_support',
        },
      ],
      needs: 'I need a hand with buttons',
      steps: [
        { id: 's1', when: 'Morning visit', time: '08:00', what: 'Lay out two outfits so I can choose', who: 'Care worker' },
      ],
      outcomes: [
        {
          id: 'o1',
          goal: 'I want to dress myself again',
          howMet: 'Clothes with fewer buttons',
          whoInvolved: 'Me and my carers',
          targetDate: '2027-03-01',
        },
      ],
      risks: [{ id: 'r1', risk: 'I can lose my balance', howManaged: 'I sit on the bed to dress.' }],
      equipment: [{ id: 'e1', item: 'Perching stool', notes: 'In the bathroom' }],
    },
  ],
});

describe('the plan as plain text for a screen reader', () => {
  const text = plainTextPlan({
    name: 'Eddie (Edith Clarke)',
    plan: {
      version: 2,
      status: 'in_use',
      content,
      agreement: {
        method: 'signed_on_screen',
        agreedBy: 'Edith Clarke',
        date: '2026-11-21',
        witness: null,
        authority: null,
        bestInterestsDecision: null,
      },
    },
    definitions: toolkitSections,
    printedOn: '23 November 2026',
    communicationFlag: ['Large print', 'Contact by phone'],
  });
  const lines = text.split('\n');

  test('headings are lines of their own between blank lines, with no marks to be read aloud', () => {
    for (const heading of [
      'My personal care',
      'What I need help with',
      'The help I need',
      'What happens and when',
      'What I want to achieve',
      'Keeping me safe',
      'Things I use',
      'My information and communication needs',
    ]) {
      const at = lines.indexOf(heading);
      expect(at, heading).toBeGreaterThan(0);
      expect(lines[at - 1]).toBe('');
      expect(lines[at + 1]).toBe('');
    }
    expect(text).not.toMatch(/[|=#*]{2,}|\t/);
    expect(text).not.toMatch(/\n{3,}/);
  });

  test('says whose plan, which version and when it was printed, and the needs it must be given in', () => {
    expect(lines.slice(0, 4)).toEqual([
      'Care and support plan for Eddie (Edith Clarke)',
      '',
      'Plan version 2, in use. Agreed on 21 November 2026 by Edith Clarke.',
      'Printed 23 November 2026.',
    ]);
    expect(text).toContain('\nLarge print. Contact by phone.\n');
    expect(lines.at(-2)).toBe('End of the plan for Eddie (Edith Clarke).');
  });

  test('lists and the steps table become sentences, dates spelt out', () => {
    expect(lines).toContain('Morning visit, at 08:00: Lay out two outfits so I can choose. Who does it: Care worker.');
    expect(lines).toContain(
      'I want to dress myself again. How: Clothes with fewer buttons. Who helps: Me and my carers. By 1 March 2027.',
    );
    expect(lines).toContain('I can lose my balance. What we do about it: I sit on the bed to dress.');
    expect(lines).toContain('Perching stool: In the bathroom.');
    expect(lines.some((l) => l.endsWith(': I need some support.'))).toBe(true);
  });

  test('with no plan, says so', () => {
    expect(plainTextPlan({ name: 'Stan', plan: null, definitions: [], printedOn: '1 May 2026', communicationFlag: null })).toBe(
      'Care and support plan for Stan\n\nThere is no agreed plan yet. Ask the office for the current plan.\nPrinted 1 May 2026.\n\nEnd of the plan for Stan.\n',
    );
  });
});

describe('sentences and dates', () => {
  test.each([
    ['Tea', 'Tea.'],
    ['Tea.', 'Tea.'],
    ['Really?', 'Really?'],
    ['Please do:', 'Please do:'],
    ['He said \u201Cno.\u201D', 'He said \u201Cno.\u201D'],
    ['  ', ''],
  ])('%j as a sentence → %j', (text, sentence) => {
    expect(asSentence(text)).toBe(sentence);
  });

  test.each([
    ['2027-03-01', '1 March 2027'],
    ['2026-12-25', '25 December 2026'],
    ['soon', 'soon'],
  ])('%s → %s', (iso, spoken) => {
    expect(spokenDate(iso)).toBe(spoken);
  });
});
