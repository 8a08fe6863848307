import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkAgainstDefinitions } from './check-against-definitions.js';
import { nextStatus, planStatuses, problemsBeforeAgreement, agreementSchema, type PlanEvent } from './lifecycle.js';
import { diffPlans } from './plan-diff.js';
import { planContentSchema, type PlanContent } from './plan-content.js';
import type { SectionDefinition } from './section-definition.js';

const definitions: SectionDefinition[] = [
  {
    key: 'personal_care', title: 'Personal care', purpose: 'How I like to wash and dress.', guidance: ['Write it in my words.'],
    goodExample: 'I like a shower in the morning.', source: 'Hearth default',
    checklists: [{ key: 'washing', title: 'Washing', items: [{ key: 'shower', label: 'Shower' }, { key: 'hair', label: 'Washing my hair' }] }],
    prompts: [{ key: 'my_routine', label: 'My routine' }],
  },
  {
    key: 'medication', title: 'Medication', purpose: 'My medicines.', guidance: ['Say the level of support.'],
    goodExample: 'I take my tablets with breakfast.', source: 'Hearth default', checklists: [], prompts: [],
  },
];

const content = (overrides: Partial<PlanContent> = {}): PlanContent =>
  planContentSchema.parse({
    sections: [{
      sectionKey: 'personal_care',
      checklist: [{ checklistKey: 'washing', itemKey: 'shower', level: 'some_support' }],
      answers: [{ promptKey: 'my_routine', text: 'I get up at 7 and like a shower first.' }],
      outcomes: [{ id: 'o1', goal: 'I want to wash my hair myself again', howMet: 'Long-handled brush, prompts', whoInvolved: 'Me and my carers' }],
      steps: [{ id: 's1', when: 'Morning visit', time: '07:30', what: 'Run the shower and check the temperature with me', who: 'Care worker' }],
    }],
    involvement: [{ kind: 'person', name: 'Edith Clarke', how: 'in_person', date: '2026-11-20' }],
    ...overrides,
  });

describe('plan lifecycle', () => {
  test.each([
    ['draft', 'agree', 'agreed'], ['agreed', 'start_use', 'in_use'], ['in_use', 'start_review', 'under_review'],
    ['in_use', 'supersede', 'superseded'], ['draft', 'start_use', null], ['superseded', 'agree', null], ['agreed', 'agree', null],
  ] as const)('%s + %s → %s', (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
  });

  test('nothing leaves superseded, and nothing returns to draft', () => {
    fc.assert(fc.property(fc.constantFrom(...planStatuses), fc.constantFrom<PlanEvent>('agree', 'start_use', 'start_review', 'supersede'), (status, event) => {
      const next = nextStatus(status, event);
      if (status === 'superseded') expect(next).toBeNull();
      expect(next).not.toBe('draft');
    }));
  });

  test('a plan with no recorded involvement of the person cannot be agreed', () => {
    const agreement = agreementSchema.parse({ method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-20' });
    expect(problemsBeforeAgreement(content(), agreement)).toEqual([]);
    expect(problemsBeforeAgreement(content({ involvement: [{ kind: 'family', name: 'Ray', relationship: 'Son', how: 'phone', date: '2026-11-20' }] }), agreement))
      .toEqual([{ field: 'involvement', message: 'Record how the person took part before the plan is agreed' }]);
  });

  test.each([
    [{ method: 'verbal_with_witness', agreedBy: 'Edith', date: '2026-11-20' }, 'witness'],
    [{ method: 'attorney_or_deputy', agreedBy: 'Ray', date: '2026-11-20' }, 'authorityId'],
    [{ method: 'best_interests', agreedBy: 'Team', date: '2026-11-20' }, 'bestInterestsDecision'],
  ])('agreement by %j needs %s', (input, field) => {
    const result = agreementSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

describe('checking content against the section definitions', () => {
  test('a plan that follows its definitions has no problems', () => {
    expect(checkAgainstDefinitions(content(), definitions)).toEqual([]);
  });

  test('unknown sections, items, prompts and misplaced fields are named by path', () => {
    const bad = content({
      sections: [
        { ...content().sections[0]!, checklist: [{ checklistKey: 'washing', itemKey: 'bath', level: 'no_support', note: null }], answers: [{ promptKey: 'nope', text: 'x' }], medicationSupportLevel: 'level_1' },
        { ...content().sections[0]!, sectionKey: 'gardening' },
        { ...content().sections[0]!, steps: [...content().sections[0]!.steps, ...content().sections[0]!.steps] },
      ],
    });
    expect(checkAgainstDefinitions(bad, definitions).map((e) => e.field)).toEqual([
      'sections.0.checklist.0.itemKey', 'sections.0.answers.0.promptKey', 'sections.0.medicationSupportLevel',
      'sections.1.sectionKey', 'sections.2.sectionKey', 'sections.2.steps.1.id',
    ]);
  });
});

describe('the difference between versions', () => {
  test('shows changed checklist levels, edited steps by id, and added sections', () => {
    const before = content();
    const section = before.sections[0]!;
    const after = content({
      sections: [
        { ...section, checklist: [{ ...section.checklist[0]!, level: 'full_support' }], steps: [{ ...section.steps[0]!, time: '08:00' }] },
        { ...section, sectionKey: 'medication', checklist: [], answers: [], outcomes: [], steps: [], medicationSupportLevel: 'level_2' },
      ],
    });
    const diff = diffPlans(before, after);
    expect(diff.sections.map((s) => [s.sectionKey, s.change])).toEqual([['personal_care', 'changed'], ['medication', 'added']]);
    expect(diff.sections[0]!.changes.map((c) => c.field)).toEqual(['checklist.washing.shower', 'steps.s1']);
    expect(diffPlans(before, before)).toEqual({ sections: [], involvement: [] });
  });
});
