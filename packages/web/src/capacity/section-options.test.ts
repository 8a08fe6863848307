import type { CarePlan } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { sectionOptions } from './section-options';

const definitions = [
  { key: 'about_me', title: 'About me' },
  { key: 'medication', title: 'Medication' },
  { key: 'home_and_living', title: 'Home and living' },
];

/** A plan version holding these sections; only what the options read is filled in. */
function version(sections: { sectionKey: string; notApplicable?: { reason: string } }[]) {
  return { content: { sections: sections.map((s) => ({ notApplicable: null, ...s })) } } as unknown as NonNullable<CarePlan['current']>;
}

describe('plan sections offered to link a capacity record to', () => {
  test('the sections of the plan in use, titled, leaving out those that do not apply', () => {
    const plan = {
      current: version([{ sectionKey: 'medication' }, { sectionKey: 'about_me', notApplicable: { reason: 'x' } }]),
      draft: version([{ sectionKey: 'home_and_living' }]),
    };
    expect(sectionOptions(plan, definitions)).toEqual([{ value: 'medication', label: 'Medication' }]);
  });

  test('the draft when no version is in use', () => {
    expect(sectionOptions({ current: null, draft: version([{ sectionKey: 'home_and_living' }]) }, definitions)).toEqual([
      { value: 'home_and_living', label: 'Home and living' },
    ]);
  });

  test.each([
    ['no plan', null],
    ['a plan with no versions', { current: null, draft: null }],
  ])('with %s, every defined section', (_, plan) => {
    expect(sectionOptions(plan, definitions).map((o) => o.value)).toEqual(['about_me', 'medication', 'home_and_living']);
  });

  test('keys already chosen stay offered, in words even without a definition', () => {
    const plan = { current: version([{ sectionKey: 'medication' }]), draft: null };
    expect(sectionOptions(plan, definitions, ['medication', 'night_support'])).toEqual([
      { value: 'medication', label: 'Medication' },
      { value: 'night_support', label: 'Night support' },
    ]);
  });
});
