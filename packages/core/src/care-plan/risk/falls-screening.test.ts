import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  defaultFallsThresholds,
  fallsAnswers,
  fallsRiskFactors,
  fallsScreeningSchema,
  screenFallsRisk,
  fallsSectionsToCrossReference,
  type FallsAnswer,
  type FallsRiskFactor,
} from './falls-screening.js';

const answersWith = (yes: FallsRiskFactor[] = [], notKnown: FallsRiskFactor[] = []): Record<FallsRiskFactor, FallsAnswer> =>
  Object.fromEntries(fallsRiskFactors.map((f) => [f, yes.includes(f) ? 'yes' : notKnown.includes(f) ? 'not_known' : 'no'])) as Record<FallsRiskFactor, FallsAnswer>;

describe('falls risk level with the default thresholds', () => {
  test.each<[string, FallsRiskFactor[], FallsRiskFactor[], string, boolean]>([
    ['no factors', [], [], 'low', false],
    ['one factor', ['poor_eyesight'], [], 'medium', false],
    ['two factors', ['poor_eyesight', 'medicines'], [], 'medium', false],
    ['three factors', ['poor_eyesight', 'medicines', 'fear_of_falling'], [], 'high', true],
    ['a fall in the last 12 months alone', ['fall_in_last_12_months'], [], 'high', true],
    ['not known whether they fell', [], ['fall_in_last_12_months'], 'high', true],
    ['one factor and one not known', ['poor_eyesight'], ['cognitive_impairment'], 'medium', false],
    ['two factors and one not known', ['poor_eyesight', 'medicines'], ['cognitive_impairment'], 'high', true],
  ])('%s → %s, referral %s', (_case, yes, notKnown, level, referral) => {
    const result = screenFallsRisk(answersWith(yes, notKnown));
    expect(result.level).toBe(level);
    expect(result.referralSuggested).toBe(referral);
  });

  test('it lists the factors present and not known, in the screen\u2019s order', () => {
    const result = screenFallsRisk(answersWith(['footwear_or_home_hazards', 'fear_of_falling'], ['poor_eyesight']));
    expect(result.factorsPresent).toEqual(['fear_of_falling', 'footwear_or_home_hazards']);
    expect(result.factorsNotKnown).toEqual(['poor_eyesight']);
    expect(result.factorCount).toBe(3);
  });

  test('the explanation says why, suggests the referral and what to do for each factor', () => {
    const result = screenFallsRisk(answersWith(['fall_in_last_12_months', 'medicines'], ['poor_eyesight']));
    expect(result.explanation).toEqual([
      'High risk: the person has fallen in the last 12 months.',
      '1 question could not be answered and is counted as a risk factor until someone finds out.',
      'Suggest a referral to the local falls service, or ask the GP, for a full multifactorial falls risk assessment.',
      'Find out how, where and when each fall happened, and follow the provider\u2019s post-fall procedure after any new fall.',
      'Ask the GP or pharmacist for a medication review.',
      'Find out: Does the person have poor eyesight, or glasses that no longer suit them?',
    ]);
  });

  test.each([
    [[], 'Low risk: no risk factors found. Screen again if anything changes, such as a fall, an illness or new medicines.'],
    [['poor_eyesight'], 'Medium risk: 1 risk factor.'],
    [['poor_eyesight', 'medicines', 'fear_of_falling', 'cognitive_impairment'], 'High risk: 4 risk factors (3 or more is high).'],
  ] as [FallsRiskFactor[], string][])('%j explains itself first: %s', (yes, first) => {
    expect(screenFallsRisk(answersWith(yes)).explanation[0]).toBe(first);
  });
});

describe('falls thresholds are configuration', () => {
  test('a provider can keep a fall from making the risk high on its own', () => {
    const result = screenFallsRisk(answersWith(['fall_in_last_12_months']), { ...defaultFallsThresholds, fallInLast12MonthsIsHigh: false });
    expect(result.level).toBe('medium');
  });

  test('a provider can leave unanswered questions out of the count', () => {
    const result = screenFallsRisk(answersWith([], ['fall_in_last_12_months', 'poor_eyesight']), { ...defaultFallsThresholds, countNotKnownAsPresent: false });
    expect(result.level).toBe('low');
    expect(result.factorCount).toBe(0);
    expect(result.explanation).toContain('2 questions could not be answered; find out and screen again.');
  });

  test('several unanswered questions are explained in the plural', () => {
    expect(screenFallsRisk(answersWith([], ['poor_eyesight', 'medicines'])).explanation).toContain(
      '2 questions could not be answered and are counted as risk factors until someone finds out.',
    );
  });

  test('a provider can refer from medium risk and set its own count', () => {
    const thresholds = { ...defaultFallsThresholds, highFromFactorCount: 2, mediumFromFactorCount: 1, referFrom: 'medium' as const };
    expect(screenFallsRisk(answersWith(['poor_eyesight']), thresholds)).toMatchObject({ level: 'medium', referralSuggested: true });
    expect(screenFallsRisk(answersWith(['poor_eyesight', 'medicines']), thresholds).level).toBe('high');
  });
});

describe('falls screening properties', () => {
  const answers = fc.record(Object.fromEntries(fallsRiskFactors.map((f) => [f, fc.constantFrom(...fallsAnswers)])) as Record<FallsRiskFactor, fc.Arbitrary<FallsAnswer>>);
  const order = { low: 0, medium: 1, high: 2 } as const;

  test('turning any answer to yes never lowers the level', () => {
    fc.assert(
      fc.property(answers, fc.constantFrom(...fallsRiskFactors), (before, factor) => {
        const after = { ...before, [factor]: 'yes' as const };
        expect(order[screenFallsRisk(after).level]).toBeGreaterThanOrEqual(order[screenFallsRisk(before).level]);
      }),
    );
  });

  test('the default rule holds for every set of answers', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const result = screenFallsRisk(a);
        const counted = fallsRiskFactors.filter((f) => a[f] !== 'no').length;
        const expected = a.fall_in_last_12_months !== 'no' || counted >= 3 ? 'high' : counted >= 1 ? 'medium' : 'low';
        expect(result.level).toBe(expected);
        expect(result.referralSuggested).toBe(expected === 'high');
        expect(result.explanation.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('falls screening schema and cross-references', () => {
  const input = { id: 'falls1', screenedOn: '2026-11-20', screenedBy: 'Priya Shah', answers: answersWith(['medicines', 'poor_eyesight']) };

  test('it parses, with an id to trace it across plan versions', () => {
    expect(fallsScreeningSchema.parse(input)).toMatchObject({ id: 'falls1', notes: null });
    expect(fallsScreeningSchema.safeParse({ ...input, id: undefined }).success).toBe(false);
  });

  test.each([
    [{ answers: { ...input.answers, poor_eyesight: 'maybe' } }, 'answers.poor_eyesight', 'Answer: Does the person have poor eyesight, or glasses that no longer suit them?'],
    [{ answers: { ...input.answers, medicines: undefined } }, 'answers.medicines', 'Answer: Does the person take 4 or more medicines, or any that cause drowsiness or lower blood pressure?'],
    [{ screenedOn: '20/11/2026' }, 'screenedOn', 'Enter a real date'],
    [{ screenedBy: '' }, 'screenedBy', 'Enter who carried out the screening'],
  ])('%j is refused at %s', (overrides, field, message) => {
    const result = fallsScreeningSchema.safeParse({ ...input, ...overrides });
    expect(result.error?.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))).toContainEqual({ field, message });
  });

  test('the factors found point to the plan sections that should mention falls risk', () => {
    const result = screenFallsRisk(answersWith(['medicines', 'dizziness_or_low_blood_pressure', 'continence_urgency_or_night_toileting']));
    expect(fallsSectionsToCrossReference(result)).toEqual(['medication', 'health_and_wellbeing', 'personal_care', 'sleep_and_night_time']);
  });
});
