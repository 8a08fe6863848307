import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bspAgreementSchema } from './bsp-agreement.js';
import { bspSaveBodySchema } from './bsp-api.js';
import { bspChangedSections, bspStableJson } from './bsp-diff.js';
import { bspContentSchema, bspRestrictivePracticeKinds, bspRestrictivePractices, bspSectionKeys } from './bsp-content.js';
import { buildBspContent, buildBspContentInput } from './bsp-test-factories.js';

const fieldsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

const escort = {
  id: 'p1',
  kind: 'physical' as const,
  whatStaffDo: 'Two staff walk beside him, each guiding an elbow, to his room.',
  onlyWhen: 'Only when he is hitting out and every step above has been tried.',
};

describe('what a behaviour support plan must hold', () => {
  test('an empty form names every section that is missing', () => {
    const result = bspSaveBodySchema.safeParse({ basedOnVersion: null, changeReason: '', reviewBy: '', content: {} });
    expect(fieldsOf(result)).toEqual([
      'changeReason',
      'reviewBy',
      'content.profile',
      'content.behaviours',
      'content.functionalAssessment',
      'content.primaryPrevention',
      'content.secondaryStrategies',
      'content.reactiveStrategies',
      'content.postIncidentSupport',
    ]);
  });

  test('a complete plan is accepted as written, with no restrictive practice allowed', () => {
    const parsed = bspContentSchema.parse(buildBspContentInput());
    expect(parsed.behaviours[0]?.name).toBe('Trying to leave to fetch the children');
    expect(bspRestrictivePractices(parsed)).toEqual([]);
  });

  test.each([
    [
      'a restrictive practice without a plan to reduce it',
      { reactiveStrategies: { ...buildBspContentInput().reactiveStrategies, restrictivePractices: [escort] } },
      ['reductionPlan'],
    ],
    [
      'the same kind of restrictive practice twice',
      {
        reactiveStrategies: {
          ...buildBspContentInput().reactiveStrategies,
          restrictivePractices: [escort, { ...escort, id: 'p2' }],
        },
        reductionPlan: 'Fewer escorts each month.',
      },
      ['reactiveStrategies.restrictivePractices.1.kind'],
    ],
    [
      'an assessment of a behaviour the plan does not describe',
      { functionalAssessment: [{ ...buildBspContentInput().functionalAssessment[0]!, behaviourId: 'b9' }] },
      ['functionalAssessment.0.behaviourId', 'behaviours.0.name'],
    ],
    [
      'an assessment that names no function',
      { functionalAssessment: [{ ...buildBspContentInput().functionalAssessment[0]!, functions: [] }] },
      ['functionalAssessment.0.functions'],
    ],
    ['no reactive strategy', { reactiveStrategies: { steps: [], neverDo: 'Never shout.' } }, ['reactiveStrategies.steps']],
    [
      'a behaviour described only by a label',
      { behaviours: [{ ...buildBspContentInput().behaviours[0]!, looksLike: '  ' }] },
      ['behaviours.0.looksLike'],
    ],
  ])('refused: %s', (_name, overrides, fields) => {
    expect(fieldsOf(bspContentSchema.safeParse(buildBspContentInput(overrides)))).toEqual(fields);
  });

  test('the restrictive practices allowed are read from the reactive strategies, each kind once in the register order', () => {
    const practice = fc.record({
      kind: fc.constantFrom(...bspRestrictivePracticeKinds),
      whatStaffDo: fc.constant('Something specific'),
      onlyWhen: fc.constant('Only as a last resort'),
    });
    fc.assert(
      fc.property(fc.array(practice, { maxLength: 6 }), (listed) => {
        const content = {
          reactiveStrategies: { steps: [], neverDo: 'x', restrictivePractices: listed.map((p, i) => ({ ...p, id: `p${i}` })) },
        };
        const kinds = bspRestrictivePractices(content);
        return (
          new Set(kinds).size === kinds.length &&
          kinds.every((k) => listed.some((p) => p.kind === k)) &&
          listed.every((p) => kinds.includes(p.kind)) &&
          kinds.join() === bspRestrictivePracticeKinds.filter((k) => kinds.includes(k)).join()
        );
      }),
    );
  });
});

describe('who agreed the plan', () => {
  const base = { agreedOn: '2026-03-01', howPersonTookPart: 'Went through it with Grace over a brew', personsWords: null };
  test.each([
    ['the person alone', { personAgreed: true, representatives: [] }, []],
    ['his daughter for him', { personAgreed: false, representatives: [{ name: 'Jean Whitaker', relationship: 'Daughter' }] }, []],
    ['nobody', { personAgreed: false, representatives: [] }, ['representatives']],
    [
      'a representative with no relationship',
      { personAgreed: true, representatives: [{ name: 'Jean', relationship: '' }] },
      ['representatives.0.relationship'],
    ],
    ['without saying whether the person agreed', { representatives: [] }, ['personAgreed']],
  ])('%s', (_name, who, fields) => {
    expect(fieldsOf(bspAgreementSchema.safeParse({ ...base, ...who }))).toEqual(fields);
  });
});

describe('what a new version changes', () => {
  test('a first version changes every section', () => {
    expect(bspChangedSections(null, buildBspContent())).toEqual([...bspSectionKeys]);
  });

  test('the sections changed are listed in reading order', () => {
    const before = buildBspContent();
    const after = buildBspContent({
      reactiveStrategies: { ...buildBspContentInput().reactiveStrategies, restrictivePractices: [escort] },
      reductionPlan: 'Fewer escorts each month.',
      profile: { ...buildBspContentInput().profile, goodDay: 'A different good day' },
    });
    expect(bspChangedSections(before, after)).toEqual(['profile', 'reactiveStrategies', 'reductionPlan']);
    expect(bspChangedSections(before, buildBspContent())).toEqual([]);
  });

  test('the order keys come back in from storage changes nothing', () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    fc.assert(fc.property(fc.jsonValue(), (value) => bspStableJson(reversed(value)) === bspStableJson(value)));
    const content = buildBspContent();
    expect(bspChangedSections(content, reversed(content) as typeof content)).toEqual([]);
  });
});
