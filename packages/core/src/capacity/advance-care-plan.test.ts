import { describe, expect, test } from 'vitest';
import { acpPrompt, advanceCarePlanBodySchema, hasFluctuatingCapacity, hospitalPassportReviewDue } from './advance-care-plan.js';
import { buildAssessment } from './test-factories.js';

const plan = {
  madeOn: '2026-03-03',
  whatMatters: 'Being at home with my cat, and my family near me',
  wishesForFutureCare: 'I do not want to go back into hospital unless it will make me better',
  preferredPlaceOfCare: 'At home',
  preferredPlaceOfDeath: 'At home, in my own bed',
  peopleToInvolve: [{ name: 'David Brown', relationship: 'Son' }],
  religiousAndCulturalWishes: 'Father Michael from St Joseph\u2019s to visit',
  copiesHeldBy: ['David Brown', 'Dr Shah, GP'],
  capacityWhenMade: 'had_capacity',
  treatmentEscalationPlan: { inPlace: true, keptAt: 'Front of the care plan folder' },
  hospitalPassport: { inPlace: true, keptAt: 'Purple folder by the front door', lastReviewedOn: '2026-03-03' },
  reviewOn: '2027-03-03',
};

const fieldsOf = (value: unknown) => {
  const result = advanceCarePlanBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording an advance care plan', () => {
  test.each([
    ['everything recorded', {}, []],
    [
      'only what is required',
      {
        preferredPlaceOfCare: undefined,
        peopleToInvolve: undefined,
        copiesHeldBy: undefined,
        treatmentEscalationPlan: undefined,
        hospitalPassport: undefined,
        reviewOn: undefined,
      },
      [],
    ],
    ['what matters not recorded', { whatMatters: '' }, ['whatMatters']],
    ['wishes for future care not recorded', { wishesForFutureCare: ' ' }, ['wishesForFutureCare']],
    ['whether they had capacity not said', { capacityWhenMade: undefined }, ['capacityWhenMade']],
    ['made without capacity, not saying how', { capacityWhenMade: 'lacked_capacity' }, ['howMadeWithoutCapacity']],
    [
      'made without capacity, saying how',
      { capacityWhenMade: 'lacked_capacity', howMadeWithoutCapacity: 'With David, from what she said over many years' },
      [],
    ],
    [
      'a treatment escalation plan with nowhere kept',
      { treatmentEscalationPlan: { inPlace: true } },
      ['treatmentEscalationPlan.keptAt'],
    ],
    ['a hospital passport with nowhere kept', { hospitalPassport: { inPlace: true, keptAt: '' } }, ['hospitalPassport.keptAt']],
    ['someone to involve, unnamed', { peopleToInvolve: [{ name: '', relationship: 'Son' }] }, ['peopleToInvolve.0.name']],
    ['review on the day it was made', { reviewOn: '2026-03-03' }, ['reviewOn']],
  ])('%s', (_name, overrides, fields) => {
    expect(fieldsOf({ ...plan, ...overrides })).toEqual(fields);
  });

  test.each([
    ['reviewed on the day the plan changed', '2026-03-03', '2026-03-03', false],
    ['reviewed after the plan changed', '2026-04-01', '2026-03-03', false],
    ['the plan changed since the passport was reviewed', '2026-03-03', '2026-06-01', true],
    ['never reviewed', '', '2026-03-03', true],
  ])('hospital passport review (audit rule 73): %s', (_name, lastReviewedOn, planUpdatedOn, due) => {
    const parsed = advanceCarePlanBodySchema.parse({ ...plan, hospitalPassport: { ...plan.hospitalPassport, lastReviewedOn } });
    expect(hospitalPassportReviewDue(parsed, planUpdatedOn)).toBe(due);
  });

  test('no hospital passport: nothing to review', () => {
    const parsed = advanceCarePlanBodySchema.parse({ ...plan, hospitalPassport: undefined });
    expect(hospitalPassportReviewDue(parsed, '2026-06-01')).toBe(false);
  });
});

describe('offering an advance care plan (audit rule 74)', () => {
  const none = { progressiveIllness: false, fluctuatingCapacity: false, advanceCarePlanExists: false, offeredOn: null };
  test.each([
    ['nothing recorded that calls for one', none, false, []],
    ['a progressive illness, no plan, never offered', { ...none, progressiveIllness: true }, true, ['progressive_illness']],
    ['fluctuating capacity, no plan, never offered', { ...none, fluctuatingCapacity: true }, true, ['fluctuating_capacity']],
    [
      'both',
      { ...none, progressiveIllness: true, fluctuatingCapacity: true },
      true,
      ['progressive_illness', 'fluctuating_capacity'],
    ],
    ['a plan already exists', { ...none, progressiveIllness: true, advanceCarePlanExists: true }, false, ['progressive_illness']],
    ['offered and declined', { ...none, fluctuatingCapacity: true, offeredOn: '2026-05-01' }, false, ['fluctuating_capacity']],
  ])('%s', (_name, conditions, shouldOffer, triggers) => {
    expect(acpPrompt(conditions)).toEqual({ shouldOffer, triggers });
  });

  test.each([
    ['no assessments', [], false],
    ['an assessment in force that fluctuates', [buildAssessment({ fluctuates: true, reassessOn: '2027-01-01' })], true],
    ['only a draft that fluctuates', [buildAssessment({ fluctuates: true, signedAt: null })], false],
    [
      'a fluctuating assessment replaced by a steady one',
      [buildAssessment({ id: 'old', fluctuates: true }), buildAssessment({ supersedes: 'old', fluctuates: false })],
      false,
    ],
  ])('fluctuating capacity from assessments: %s', (_name, assessments, fluctuating) => {
    expect(hasFluctuatingCapacity(assessments)).toBe(fluctuating);
  });
});
