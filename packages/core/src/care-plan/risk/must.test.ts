import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  bmiScoreFromTenths,
  bmiTenths,
  mustRiskCategory,
  mustScreeningSchema,
  scoreMust,
  weightLossScoreFromTenths,
  weightLossTenths,
  type MustSetting,
} from './must.js';

const buildScreening = (overrides: Record<string, unknown> = {}) => ({
  id: 'must1',
  screenedOn: '2026-11-20',
  screenedBy: 'Priya Shah',
  setting: 'care_home',
  bmi: { method: 'calculated', weightKg: 60, heightM: 1.6 },
  weightLoss: { method: 'calculated', previousWeightKg: 61, currentWeightKg: 60 },
  acuteDisease: { acutelyIll: false, noIntakeOverFiveDays: false },
  ...overrides,
});
const score = (overrides: Record<string, unknown> = {}) => scoreMust(mustScreeningSchema.parse(buildScreening(overrides)));

const kg = fc.integer({ min: 200, max: 3500 }).map((tenths) => tenths / 10);
const metres = fc.integer({ min: 100, max: 230 }).map((cm) => cm / 100);

describe('MUST step 1: BMI', () => {
  // Weights chosen so the BMI lands exactly on each boundary at 1.60 m (2.56 m²).
  test.each([
    [51.3, 1.6, 20.0, 1], // 20.04 recorded as 20.0, which is 18.5–20 inclusive
    [51.2, 1.6, 20.0, 1], // exactly 20: inclusive, scores 1 (floating point would make this 20.000000000000004)
    [51.456, 1.6, 20.1, 0], // just over 20
    [47.36, 1.6, 18.5, 1], // exactly 18.5: inclusive, scores 1
    [47.3, 1.6, 18.5, 1], // 18.477 recorded as 18.5
    [47.2, 1.6, 18.4, 2], // below 18.5
    [80, 1.75, 26.1, 0],
    [35, 1.7, 12.1, 2],
  ])('%s kg at %s m: BMI %s, score %i', (weightKg, heightM, bmi, expected) => {
    const result = score({ bmi: { method: 'calculated', weightKg, heightM } });
    expect(result.bmi).toBe(bmi);
    expect(result.bmiScore).toBe(expected);
  });

  test.each([
    [201, 0],
    [200, 1],
    [185, 1],
    [184, 2],
  ])('BMI tenths %i scores %i', (tenths, expected) => {
    expect(bmiScoreFromTenths(tenths)).toBe(expected);
  });

  test.each([
    ['over_20', 0],
    ['18_5_to_20', 1],
    ['under_18_5', 2],
  ])('an estimated category %s scores %i and is flagged as estimated', (category, expected) => {
    const result = score({ bmi: { method: 'estimated_category', category, muacCm: 22, basis: 'Mid-upper arm circumference' } });
    expect(result.bmiScore).toBe(expected);
    expect(result.bmi).toBeNull();
    expect(result.bmiIsEstimated).toBe(true);
  });

  test.each([
    [{ heightSource: 'ulna_length' }, true],
    [{ weightSource: 'self_reported' }, true],
    [{}, false],
  ])('a calculated BMI with %j is estimated: %s', (sources, estimated) => {
    expect(score({ bmi: { method: 'calculated', weightKg: 60, heightM: 1.6, ...sources } }).bmiIsEstimated).toBe(estimated);
  });
});

describe('MUST step 2: unplanned weight loss in the past 3–6 months', () => {
  test.each([
    [60, 57.06, 4.9, 0],
    [60, 57, 5.0, 1], // exactly 5%: inclusive, scores 1
    [70, 63, 10.0, 1], // exactly 10%: inclusive, scores 1
    [70, 62.9, 10.1, 2], // over 10%
    [60, 62, -3.3, 0], // a gain scores 0
    [60, 60, 0, 0],
    [57.3, 54.435, 5.0, 1], // 5% of an awkward decimal weight
  ])('%s kg → %s kg: %s%%, score %i', (previousWeightKg, currentWeightKg, percent, expected) => {
    const result = score({ weightLoss: { method: 'calculated', previousWeightKg, currentWeightKg } });
    expect(result.weightLossPercent).toBe(percent);
    expect(result.weightLossScore).toBe(expected);
  });

  test.each([
    [49, 0],
    [50, 1],
    [100, 1],
    [101, 2],
    [-20, 0],
  ])('weight loss tenths %i scores %i', (tenths, expected) => {
    expect(weightLossScoreFromTenths(tenths)).toBe(expected);
  });

  test.each([
    ['under_5', 0],
    ['5_to_10', 1],
    ['over_10', 2],
  ])('a judged category %s scores %i', (category, expected) => {
    expect(score({ weightLoss: { method: 'estimated_category', category, basis: 'Clothes and rings have become loose' } }).weightLossScore).toBe(expected);
  });
});

describe('MUST step 3 and the overall score', () => {
  test.each([
    [true, true, 2],
    [true, false, 0],
    [false, true, 0],
    [false, false, 0],
  ])('acutely ill %s, no intake over 5 days %s: score %i', (acutelyIll, noIntakeOverFiveDays, expected) => {
    expect(score({ acuteDisease: { acutelyIll, noIntakeOverFiveDays } }).acuteDiseaseScore).toBe(expected);
  });

  test.each([
    [0, 'low'],
    [1, 'medium'],
    [2, 'high'],
    [6, 'high'],
  ] as const)('total %i is %s risk', (total, category) => {
    expect(mustRiskCategory(total)).toBe(category);
  });

  test('the steps add up', () => {
    const result = score({
      bmi: { method: 'calculated', weightKg: 47.36, heightM: 1.6 },
      weightLoss: { method: 'calculated', previousWeightKg: 70, currentWeightKg: 62 },
      acuteDisease: { acutelyIll: true, noIntakeOverFiveDays: true },
    });
    expect([result.bmiScore, result.weightLossScore, result.acuteDiseaseScore, result.total, result.category]).toEqual([1, 2, 2, 5, 'high']);
  });
});

describe('MUST actions', () => {
  const keys = (overrides: Record<string, unknown>) => score(overrides).actions.map((a) => a.key);

  test.each<[string, Record<string, unknown>, string[]]>([
    ['low', {}, ['routine_care', 'rescreen']],
    ['medium', { bmi: { method: 'calculated', weightKg: 50, heightM: 1.6 } }, ['observe', 'record_intake_3_days', 'if_intake_adequate', 'if_intake_inadequate', 'rescreen']],
    ['high', { bmi: { method: 'calculated', weightKg: 45, heightM: 1.6 } }, ['treat', 'refer', 'set_goals', 'monitor', 'rescreen']],
  ])('%s risk gives its own actions, then those for everyone', (category, overrides, expected) => {
    const result = score(overrides);
    expect(result.category).toBe(category);
    expect(keys(overrides)).toEqual([...expected, 'record_category', 'underlying_conditions', 'special_diets']);
  });

  test.each<[MustSetting, string, number]>([
    ['care_home', 'low', 1],
    ['care_home', 'medium', 1],
    ['care_home', 'high', 1],
    ['community', 'low', 12],
    ['community', 'medium', 2],
    ['community', 'high', 1],
  ])('in a %s, %s risk is screened again within %i month(s)', (setting, category, months) => {
    const bmi = { low: 60, medium: 50, high: 45 }[category];
    const result = score({ setting, bmi: { method: 'calculated', weightKg: bmi, heightM: 1.6 } });
    expect(result.category).toBe(category);
    expect(result.rescreenWithinMonths).toBe(months);
  });

  test('care homes screen monthly whatever the risk', () => {
    expect(score().actions.find((a) => a.key === 'rescreen')?.text).toBe('Screen again every month.');
  });

  test('obesity (BMI over 30) is recorded too', () => {
    expect(keys({ bmi: { method: 'calculated', weightKg: 90, heightM: 1.6 } })).toContain('record_obesity');
    expect(keys({ bmi: { method: 'calculated', weightKg: 76.8, heightM: 1.6 } })).not.toContain('record_obesity'); // exactly 30
  });
});

describe('MUST input validation', () => {
  test.each([
    [{ bmi: { method: 'calculated', weightKg: 19.9, heightM: 1.6 } }, 'bmi.weightKg', 'The weight must be at least 20 kg'],
    [{ bmi: { method: 'calculated', weightKg: 351, heightM: 1.6 } }, 'bmi.weightKg', 'The weight must be 350 kg or less'],
    [{ bmi: { method: 'calculated', weightKg: 60, heightM: 0.99 } }, 'bmi.heightM', 'Height must be at least 1.0 m'],
    [{ bmi: { method: 'calculated', weightKg: 60, heightM: 2.31 } }, 'bmi.heightM', 'Height must be 2.3 m or less'],
    [{ bmi: { method: 'calculated', weightKg: '60', heightM: 1.6 } }, 'bmi.weightKg', 'Enter the weight in kilograms'],
    [{ bmi: { method: 'calculated', weightKg: 60, heightM: 160 } }, 'bmi.heightM', 'Height must be 2.3 m or less'],
    [{ bmi: { method: 'calculated', weightKg: 60, heightM: 1.6, heightSource: 'guess' } }, 'bmi.heightSource', 'Choose how the height was obtained'],
    [{ bmi: { method: 'estimated_category', category: 'over_20', basis: '' } }, 'bmi.basis', 'Enter how the BMI category was estimated'],
    [{ bmi: { method: 'guess' } }, 'bmi.method', 'Choose whether BMI was calculated or estimated'],
    [{ weightLoss: { method: 'calculated', previousWeightKg: 10, currentWeightKg: 60 } }, 'weightLoss.previousWeightKg', 'The earlier weight must be at least 20 kg'],
    [{ weightLoss: { method: 'calculated', previousWeightKg: 60 } }, 'weightLoss.currentWeightKg', 'Enter the current weight in kilograms'],
    [{ acuteDisease: { acutelyIll: true } }, 'acuteDisease.noIntakeOverFiveDays', 'Say whether there has been, or is likely to be, no nutritional intake for more than 5 days'],
    [{ setting: 'hospital' }, 'setting', 'Choose where the person lives: care home or their own home'],
    [{ screenedOn: '2026-13-01' }, 'screenedOn', 'Enter a real date'],
    [{ screenedBy: ' ' }, 'screenedBy', 'Enter who carried out the screening'],
  ])('%j is refused at %s', (overrides, field, message) => {
    const result = mustScreeningSchema.safeParse(buildScreening(overrides));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))).toContainEqual({ field, message });
  });
});

describe('MUST properties', () => {
  const bmiStep = fc.oneof(
    fc.record({ method: fc.constant('calculated' as const), weightKg: kg, heightM: metres }),
    fc.record({ method: fc.constant('estimated_category' as const), category: fc.constantFrom('over_20', '18_5_to_20', 'under_18_5'), basis: fc.constant('MUAC') }),
  );
  const lossStep = fc.oneof(
    fc.record({ method: fc.constant('calculated' as const), previousWeightKg: kg, currentWeightKg: kg }),
    fc.record({ method: fc.constant('estimated_category' as const), category: fc.constantFrom('under_5', '5_to_10', 'over_10'), basis: fc.constant('Loose clothes') }),
  );
  const acute = fc.record({ acutelyIll: fc.boolean(), noIntakeOverFiveDays: fc.boolean() });

  test('the total is always 0–6, the sum of the steps, and its category follows from it', () => {
    fc.assert(
      fc.property(bmiStep, lossStep, acute, fc.constantFrom('care_home', 'community'), (bmi, weightLoss, acuteDisease, setting) => {
        const result = score({ bmi, weightLoss, acuteDisease, setting });
        expect(result.total).toBeGreaterThanOrEqual(0);
        expect(result.total).toBeLessThanOrEqual(6);
        expect(result.total).toBe(result.bmiScore + result.weightLossScore + result.acuteDiseaseScore);
        expect(result.category).toBe(mustRiskCategory(result.total));
        expect(result.actions.length).toBeGreaterThan(0);
      }),
    );
  });

  test('more weight loss never lowers the score', () => {
    fc.assert(
      fc.property(kg, kg, kg, (previous, a, b) => {
        const [lighter, heavier] = a <= b ? [a, b] : [b, a];
        const moreLoss = score({ weightLoss: { method: 'calculated', previousWeightKg: previous, currentWeightKg: lighter } });
        const lessLoss = score({ weightLoss: { method: 'calculated', previousWeightKg: previous, currentWeightKg: heavier } });
        expect(moreLoss.weightLossScore).toBeGreaterThanOrEqual(lessLoss.weightLossScore);
        expect(moreLoss.total).toBeGreaterThanOrEqual(lessLoss.total);
      }),
    );
  });

  test('a lower BMI never lowers the score', () => {
    fc.assert(
      fc.property(kg, kg, metres, metres, (w1, w2, h1, h2) => {
        const one = score({ bmi: { method: 'calculated', weightKg: w1, heightM: h1 } });
        const two = score({ bmi: { method: 'calculated', weightKg: w2, heightM: h2 } });
        const [lower, higher] = (one.bmi ?? 0) <= (two.bmi ?? 0) ? [one, two] : [two, one];
        expect(lower.bmiScore).toBeGreaterThanOrEqual(higher.bmiScore);
        expect(lower.total).toBeGreaterThanOrEqual(higher.total);
      }),
    );
  });

  test('integer arithmetic agrees with exact rational arithmetic on the boundaries', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 350000 }), fc.integer({ min: 1000, max: 2300 }), (grams, mm) => {
        // BMI×10 as an exact fraction, rounded half up with BigInt.
        const n = BigInt(grams) * 10000n;
        const d = BigInt(mm) * BigInt(mm);
        expect(bmiTenths(grams / 1000, mm / 1000)).toBe(Number((2n * n + d) / (2n * d)));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 20000, max: 350000 }), fc.integer({ min: 20000, max: 350000 }), (before, after) => {
        const lost = BigInt(Math.abs(before - after)) * 1000n;
        const magnitude = Number((2n * lost + BigInt(before)) / (2n * BigInt(before)));
        expect(weightLossTenths(before / 1000, after / 1000)).toBe(before >= after ? magnitude : -magnitude);
      }),
    );
  });
});
