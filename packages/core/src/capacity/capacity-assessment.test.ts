import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  capacityAssessmentBodySchema,
  capacityAssessmentDateErrors,
  canEditCapacityAssessment,
  type StoredCapacityAssessment,
} from './capacity-assessment.js';

const can = (evidence: string) => ({ answer: 'can', evidence });
const cannot = (evidence: string) => ({ answer: 'cannot', evidence });

/** Peggy lacks capacity to manage her medicines: every part of the test recorded. */
const lacks = {
  decision: 'Whether to take her medicines from a locked cupboard managed by care staff',
  decisionKey: 'medication',
  sectionKeys: ['medication'],
  assessedOn: '2026-11-20',
  assessor: { name: 'Sam Senior', role: 'Senior carer' },
  practicableSteps: {
    kinds: ['information_in_their_format', 'best_time_of_day', 'people_they_trust_present'],
    detail: 'Pictures of each tablet, after breakfast, with her son David there',
  },
  stageOne: { impairment: 'yes', evidence: 'Diagnosed with Alzheimer\u2019s disease by the memory clinic, 2024' },
  stageTwo: {
    understand: can('Explained back what the tablets are for'),
    retain: cannot('Ten minutes later did not remember the conversation, on three visits'),
    useOrWeigh: cannot('Could not weigh missing doses against side effects'),
    communicate: can('Told us clearly what she wanted'),
  },
  causalLink: { answer: 'yes', explanation: 'The memory loss from her dementia is why she cannot retain the information' },
  outcome: 'lacks_capacity',
  fluctuates: false,
};

/** Arthur has no impairment: the assessment may stop after stage 1. */
const noImpairment = {
  decision: 'Whether to move into residential care',
  assessedOn: '2026-11-20',
  assessor: { name: 'Sam Senior', role: 'Senior carer' },
  practicableSteps: { kinds: [] },
  stageOne: { impairment: 'no' },
  outcome: 'has_capacity',
  fluctuates: false,
};

const hasAfterStageTwo = {
  ...lacks,
  stageTwo: {
    understand: can('Explained it back'),
    retain: can('Remembered it the next day'),
    useOrWeigh: can('Weighed the pros and cons'),
    communicate: can('Said so'),
  },
  causalLink: {},
  outcome: 'has_capacity',
};

const fieldsOf = (value: unknown) => {
  const result = capacityAssessmentBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording a capacity assessment', () => {
  test.each([
    ['lacks capacity, with every part of the test', lacks, []],
    ['has capacity: no impairment, so no stage 2', noImpairment, []],
    ['has capacity: impairment, and all four answered "can"', hasAfterStageTwo, []],
    ['lacks capacity without an impairment', { ...lacks, stageOne: { impairment: 'no' } }, ['stageOne.impairment']],
    ['an impairment without evidence', { ...lacks, stageOne: { impairment: 'yes', evidence: ' ' } }, ['stageOne.evidence']],
    ['lacks capacity with every stage-2 answer "can"', { ...lacks, stageTwo: hasAfterStageTwo.stageTwo }, ['stageTwo']],
    ['lacks capacity with no stage 2 at all', { ...lacks, stageTwo: undefined }, ['stageTwo']],
    [
      'a "cannot" without its evidence',
      { ...lacks, stageTwo: { ...lacks.stageTwo, retain: { answer: 'cannot', evidence: '' } } },
      ['stageTwo.retain.evidence'],
    ],
    ['lacks capacity without the causal link', { ...lacks, causalLink: undefined }, ['causalLink.answer']],
    [
      'lacks capacity with a causal link denied',
      { ...lacks, causalLink: { answer: 'no', explanation: 'x' } },
      ['causalLink.answer'],
    ],
    ['the causal link unexplained', { ...lacks, causalLink: { answer: 'yes' } }, ['causalLink.explanation']],
    [
      'lacks capacity without the steps taken to help',
      { ...lacks, practicableSteps: { kinds: [] } },
      ['practicableSteps.kinds', 'practicableSteps.detail'],
    ],
    [
      'has capacity after an impairment, stage 2 left unanswered',
      { ...hasAfterStageTwo, stageTwo: { ...hasAfterStageTwo.stageTwo, retain: null, communicate: undefined } },
      ['stageTwo.retain', 'stageTwo.communicate'],
    ],
    ['has capacity though they cannot decide because of the impairment', { ...lacks, outcome: 'has_capacity' }, ['outcome']],
    [
      'has capacity, a "cannot" recorded, the causal link not answered',
      { ...lacks, outcome: 'has_capacity', causalLink: undefined },
      ['causalLink.answer'],
    ],
    [
      'has capacity: an inability explained as not caused by the impairment',
      {
        ...lacks,
        outcome: 'has_capacity',
        causalLink: { answer: 'no', explanation: 'Too upset on the day: grief, not the dementia' },
      },
      [],
    ],
    [
      'has capacity: causal link "no" with no explanation',
      { ...lacks, outcome: 'has_capacity', causalLink: { answer: 'no' } },
      ['causalLink.explanation'],
    ],
    ['fluctuating capacity with no date to reassess', { ...lacks, fluctuates: true }, ['reassessOn']],
    ['fluctuating capacity with a date to reassess', { ...lacks, fluctuates: true, reassessOn: '2026-12-20' }, []],
    ['reassessment before the assessment', { ...lacks, reassessOn: '2026-11-19' }, ['reassessOn']],
    ['whether capacity fluctuates not said', { ...lacks, fluctuates: undefined }, ['fluctuates']],
    ['no decision named', { ...lacks, decision: '  ' }, ['decision']],
    ['no assessor', { ...lacks, assessor: { name: '', role: 'Senior carer' } }, ['assessor.name']],
    ['no outcome', { ...lacks, outcome: undefined }, ['outcome']],
    ['a step not on the list', { ...lacks, practicableSteps: { kinds: ['bribery'], detail: 'x' } }, ['practicableSteps.kinds.0']],
    ['"other" step undescribed', { ...noImpairment, practicableSteps: { kinds: ['other'] } }, ['practicableSteps.detail']],
    ['a date that does not exist', { ...lacks, assessedOn: '2026-02-30' }, ['assessedOn']],
    [
      'replacing an earlier assessment without a reason',
      { ...lacks, supersedes: '7c9e6679-7425-40de-944b-e07fc1f90ae7' },
      ['supersedeReason'],
    ],
    [
      'replacing an earlier assessment, with a reason',
      { ...lacks, supersedes: '7c9e6679-7425-40de-944b-e07fc1f90ae7', supersedeReason: 'Her health has changed' },
      [],
    ],
    ['a reason with nothing replaced', { ...lacks, supersedeReason: 'Changed' }, ['supersedeReason']],
    ['a decision key that is not a key', { ...lacks, decisionKey: 'Medication!' }, ['decisionKey']],
  ])('%s', (_name, body, fields) => {
    expect(fieldsOf(body)).toEqual(fields);
  });

  test('the messages say what is missing in plain English', () => {
    const result = capacityAssessmentBodySchema.safeParse({ ...lacks, causalLink: undefined, stageOne: { impairment: 'no' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      'A person can only be found to lack capacity where there is an impairment of, or disturbance in the functioning of, the mind or brain',
      'A person lacks capacity only if they cannot decide because of the impairment: record the causal link',
    ]);
  });

  test('an assessment stopped at stage 1 is stored with stage 2 and the causal link empty', () => {
    const parsed = capacityAssessmentBodySchema.parse(noImpairment);
    expect(parsed.stageTwo).toEqual({ understand: null, retain: null, useOrWeigh: null, communicate: null });
    expect(parsed.causalLink).toEqual({ answer: null, explanation: null });
    expect(parsed).toMatchObject({ decisionKey: null, sectionKeys: [], reassessOn: null, supersedes: null });
  });

  test.each([
    ['today', '2026-11-20', []],
    ['yesterday', '2026-11-21', []],
    ['tomorrow', '2026-11-19', ['assessedOn']],
  ])('assessed %s', (_name, today, fields) => {
    expect(capacityAssessmentDateErrors({ assessedOn: '2026-11-20' }, today).map((e) => e.field)).toEqual(fields);
  });
});

describe('a signed assessment is immutable', () => {
  const stored: StoredCapacityAssessment = {
    id: 'a1',
    decision: 'Medicines',
    outcome: 'lacks_capacity',
    assessedOn: '2026-11-20',
    signedAt: null,
    fluctuates: false,
    reassessOn: null,
  };
  test.each([
    ['a draft can be edited', null, true],
    ['a signed assessment cannot', '2026-11-20T10:00:00Z', false],
  ])('%s', (_name, signedAt, editable) => {
    expect(canEditCapacityAssessment({ ...stored, signedAt })).toBe(editable);
  });
});

describe('for every assessment the schema accepts', () => {
  // Biased towards complete answers, so that accepted bodies of every kind are generated often.
  const text = fc.oneof(
    { arbitrary: fc.constant('Seen on three visits'), weight: 6 },
    { arbitrary: fc.constantFrom('', ' '), weight: 1 },
  );
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 8 });
  const runs = { numRuns: 500 };
  const accepted = (value: unknown) => {
    const parsed = capacityAssessmentBodySchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };
  const answer = fc.record({ answer: fc.constantFrom('can', 'cannot'), evidence: text });
  const body = fc.record({
    decision: fc.constant('Managing her medicines'),
    assessedOn: fc.constant('2026-11-20'),
    assessor: fc.constant({ name: 'Sam Senior', role: 'Senior carer' }),
    practicableSteps: fc.record({ kinds: fc.subarray(['best_time_of_day', 'other'] as const), detail: maybe(text) }),
    stageOne: fc.record({ impairment: fc.constantFrom('yes', 'no'), evidence: maybe(text) }),
    stageTwo: fc.record({
      understand: maybe(answer),
      retain: maybe(answer),
      useOrWeigh: maybe(answer),
      communicate: maybe(answer),
    }),
    causalLink: fc.record({ answer: maybe(fc.constantFrom('yes', 'no')), explanation: maybe(text) }),
    outcome: fc.constantFrom('has_capacity', 'lacks_capacity'),
    fluctuates: fc.boolean(),
    reassessOn: maybe(fc.constantFrom('2026-11-19', '2027-01-01')),
  });
  // Bodies near the "lacks capacity" path (an impairment, its link, steps taken, stage 2 still random), mixed in so
  // that every run meets accepted bodies of each outcome, however the random answers fall.
  const nearComplete = body.map((b) => ({
    ...b,
    practicableSteps: { kinds: ['best_time_of_day' as const], detail: 'In the morning, with her glasses on' },
    stageOne: { impairment: 'yes' as const, evidence: 'Diagnosed with dementia in 2024' },
    causalLink: { answer: 'yes' as const, explanation: 'Her memory loss means she cannot retain the information' },
  }));
  // And near "has capacity" after an impairment: every stage-2 question answered "can", with evidence.
  const can = { answer: 'can' as const, evidence: 'She explained it back in her own words' };
  const nearCapable = nearComplete.map((b) => ({
    ...b,
    outcome: 'has_capacity' as const,
    stageTwo: { understand: can, retain: can, useOrWeigh: can, communicate: can },
  }));
  const bodies = fc.oneof(body, nearComplete, nearCapable);

  test('"lacks capacity" always has stage 1 "yes" with evidence, a "cannot" with evidence, and the causal link', () => {
    let checked = 0;
    fc.assert(
      fc.property(bodies, (value) => {
        const parsed = accepted(value);
        if (parsed?.outcome !== 'lacks_capacity') return;
        checked += 1;
        expect(parsed.stageOne.impairment).toBe('yes');
        expect(parsed.stageOne.evidence).not.toBeNull();
        expect(Object.values(parsed.stageTwo).some((a) => a?.answer === 'cannot' && a.evidence.length > 0)).toBe(true);
        expect(parsed.causalLink.answer).toBe('yes');
        expect(parsed.causalLink.explanation).not.toBeNull();
      }),
      runs,
    );
    expect(checked).toBeGreaterThan(0);
  });

  test('"has capacity" after an impairment always has all four questions answered', () => {
    let checked = 0;
    fc.assert(
      fc.property(bodies, (value) => {
        const parsed = accepted(value);
        if (parsed?.outcome !== 'has_capacity' || parsed.stageOne.impairment !== 'yes') return;
        checked += 1;
        expect(Object.values(parsed.stageTwo).every((a) => a !== null)).toBe(true);
      }),
      runs,
    );
    expect(checked).toBeGreaterThan(0);
  });

  test('fluctuating capacity always has a date to reassess, after the assessment', () => {
    let checked = 0;
    fc.assert(
      fc.property(bodies, (value) => {
        const parsed = accepted(value);
        if (!parsed?.fluctuates) return;
        checked += 1;
        expect(parsed.reassessOn !== null && parsed.reassessOn > parsed.assessedOn).toBe(true);
      }),
      runs,
    );
    expect(checked).toBeGreaterThan(0);
  });
});
