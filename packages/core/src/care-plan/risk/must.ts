// The Malnutrition Universal Screening Tool (MUST, BAPEN): three scored steps, a risk category and what to do about it.
// The scoring rules are BAPEN's; the action wording below is Hearth's own plain-English outline, not BAPEN's text.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../../schemas/common.js';
import { riskItemIdSchema } from './general-risk.js';

const weightKg = (label: string) =>
  z
    .number({ error: `Enter ${label} in kilograms` })
    .min(20, { error: `${label.charAt(0).toUpperCase()}${label.slice(1)} must be at least 20 kg` })
    .max(350, { error: `${label.charAt(0).toUpperCase()}${label.slice(1)} must be 350 kg or less` });

const heightM = z
  .number({ error: 'Enter the height in metres' })
  .min(1, { error: 'Height must be at least 1.0 m' })
  .max(2.3, { error: 'Height must be 2.3 m or less' });

/** How a figure was obtained. MUST allows recalled or estimated figures when measuring is not possible. */
export const weightSources = ['measured', 'recent_documented', 'self_reported'] as const;
export const heightSources = ['measured', 'recent_documented', 'self_reported', 'ulna_length', 'knee_height', 'demispan'] as const;
export type WeightSource = (typeof weightSources)[number];
export type HeightSource = (typeof heightSources)[number];

/** BMI categories as MUST step 1 scores them, for when only an estimate is possible. */
export const bmiCategories = ['over_20', '18_5_to_20', 'under_18_5'] as const;
export type BmiCategory = (typeof bmiCategories)[number];

/** Weight-loss categories as MUST step 2 scores them, for when loss is judged rather than calculated. */
export const weightLossCategories = ['under_5', '5_to_10', 'over_10'] as const;
export type WeightLossCategory = (typeof weightLossCategories)[number];

export const mustBmiStepSchema = z.discriminatedUnion(
  'method',
  [
    z.object({
      method: z.literal('calculated'),
      weightKg: weightKg('the weight'),
      heightM,
      weightSource: z.enum(weightSources, { error: 'Choose how the weight was obtained' }).default('measured'),
      heightSource: z.enum(heightSources, { error: 'Choose how the height was obtained' }).default('measured'),
    }),
    z.object({
      // Neither weight nor height can be had: the category is estimated, e.g. from mid-upper arm circumference.
      method: z.literal('estimated_category'),
      category: z.enum(bmiCategories, { error: 'Choose the estimated BMI category' }),
      muacCm: z.number().min(10, { error: 'Arm circumference must be at least 10 cm' }).max(60, { error: 'Arm circumference must be 60 cm or less' }).nullish().transform((v) => v ?? null),
      basis: requiredText(1000, 'how the BMI category was estimated'),
    }),
  ],
  { error: 'Choose whether BMI was calculated or estimated' },
);
export type MustBmiStep = z.infer<typeof mustBmiStepSchema>;

export const mustWeightLossStepSchema = z.discriminatedUnion(
  'method',
  [
    z.object({
      method: z.literal('calculated'),
      /** Weight 3–6 months ago. */
      previousWeightKg: weightKg('the earlier weight'),
      currentWeightKg: weightKg('the current weight'),
    }),
    z.object({
      // Judged from, for example, loose clothes, rings or a history of weight loss.
      method: z.literal('estimated_category'),
      category: z.enum(weightLossCategories, { error: 'Choose the estimated weight loss' }),
      basis: requiredText(1000, 'how the weight loss was judged'),
    }),
  ],
  { error: 'Choose whether weight loss was calculated or estimated' },
);
export type MustWeightLossStep = z.infer<typeof mustWeightLossStepSchema>;

/** MUST says this step rarely applies outside hospital, but it is scored wherever it does. */
export const mustAcuteDiseaseStepSchema = z.object({
  acutelyIll: z.boolean({ error: 'Say whether the person is acutely ill' }),
  noIntakeOverFiveDays: z.boolean({ error: 'Say whether there has been, or is likely to be, no nutritional intake for more than 5 days' }),
});

export const mustSettings = ['care_home', 'community'] as const;
export type MustSetting = (typeof mustSettings)[number];

/** Words for the choices on the screening form and in the printed plan. */
export const mustSettingLabels: Record<MustSetting, string> = { care_home: 'Care home', community: 'Own home (community)' };
export const bmiCategoryLabels: Record<BmiCategory, string> = { over_20: 'BMI over 20', '18_5_to_20': 'BMI 18.5 to 20', under_18_5: 'BMI under 18.5' };
export const weightLossCategoryLabels: Record<WeightLossCategory, string> = { under_5: 'Less than 5%', '5_to_10': '5% to 10%', over_10: 'More than 10%' };
export const measurementSourceLabels: Record<HeightSource, string> = {
  measured: 'Measured',
  recent_documented: 'Recently recorded',
  self_reported: 'Said by the person',
  ulna_length: 'Estimated from forearm (ulna) length',
  knee_height: 'Estimated from knee height',
  demispan: 'Estimated from demispan',
};

export const mustScreeningSchema = z.object({
  /** Traceable across plan versions, like the other items in a section. */
  id: riskItemIdSchema,
  screenedOn: isoDateSchema,
  screenedBy: requiredText(200, 'who carried out the screening'),
  setting: z.enum(mustSettings, { error: 'Choose where the person lives: care home or their own home' }),
  bmi: mustBmiStepSchema,
  weightLoss: mustWeightLossStepSchema,
  acuteDisease: mustAcuteDiseaseStepSchema,
  notes: optionalText(2000, 'notes'),
});
export type MustScreening = z.infer<typeof mustScreeningSchema>;

export type MustRiskCategory = 'low' | 'medium' | 'high';

export interface MustActionItem {
  /** Stable key, so screens and tests match on it rather than on English. */
  key: string;
  text: string;
}

export interface MustResult {
  /** BMI to one decimal place, or null when only the category was estimated. */
  bmi: number | null;
  bmiIsEstimated: boolean;
  /** Unplanned weight loss as a percentage to one decimal place (negative for a gain), or null when judged. */
  weightLossPercent: number | null;
  bmiScore: 0 | 1 | 2;
  weightLossScore: 0 | 1 | 2;
  acuteDiseaseScore: 0 | 2;
  /** 0–6. */
  total: number;
  category: MustRiskCategory;
  /** Repeat screening or review at least this often. */
  rescreenWithinMonths: number;
  actions: MustActionItem[];
}

/*
 * Boundaries, per MUST's published rules:
 *   BMI: >20 scores 0; 18.5 to 20 inclusive scores 1 (so exactly 20.0 and exactly 18.5 both score 1); <18.5 scores 2.
 *   Weight loss: <5% scores 0; 5 to 10% inclusive scores 1 (so exactly 5.0% and exactly 10.0% both score 1); >10% scores 2.
 * BMI and weight loss are worked to one decimal place, as staff would write them on the form, and scored from that
 * recorded figure, so the score always agrees with the number shown. The arithmetic is done in whole grams, millimetres
 * and tenths, because floating point would put values like 51.2 kg / 1.6 m² (exactly 20) on the wrong side of 20.
 */

/** Round-half-up of numerator / denominator, for non-negative whole numbers. */
function roundedQuotient(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** BMI in tenths (kg/m² × 10) from weight and height, rounded half up. */
export function bmiTenths(weightKgValue: number, heightMValue: number): number {
  const grams = Math.round(weightKgValue * 1000);
  const mm = Math.round(heightMValue * 1000);
  // kg/m² = (g / 1000) / (mm / 1000)² = g × 1000 / mm², so tenths = g × 10000 / mm².
  return roundedQuotient(grams * 10000, mm * mm);
}

/** Weight lost as a percentage of the earlier weight, in tenths of a percent, rounded half away from zero. */
export function weightLossTenths(previousKg: number, currentKg: number): number {
  const previous = Math.round(previousKg * 1000);
  const lost = previous - Math.round(currentKg * 1000);
  const magnitude = roundedQuotient(Math.abs(lost) * 1000, previous);
  return lost < 0 ? -magnitude : magnitude;
}

export function bmiScoreFromTenths(tenths: number): 0 | 1 | 2 {
  if (tenths > 200) return 0; // BMI >20
  if (tenths >= 185) return 1; // 18.5 ≤ BMI ≤ 20
  return 2; // BMI <18.5
}

export function weightLossScoreFromTenths(tenths: number): 0 | 1 | 2 {
  if (tenths < 50) return 0; // <5%, including no loss or a gain
  if (tenths <= 100) return 1; // 5% ≤ loss ≤ 10%
  return 2; // >10%
}

const bmiCategoryScore: Record<BmiCategory, 0 | 1 | 2> = { over_20: 0, '18_5_to_20': 1, under_18_5: 2 };
const weightLossCategoryScore: Record<WeightLossCategory, 0 | 1 | 2> = { under_5: 0, '5_to_10': 1, over_10: 2 };

export function mustRiskCategory(total: number): MustRiskCategory {
  if (total >= 2) return 'high';
  if (total === 1) return 'medium';
  return 'low';
}

export const mustRiskCategoryLabels: Record<MustRiskCategory, string> = {
  low: 'Low risk of malnutrition',
  medium: 'Medium risk of malnutrition',
  high: 'High risk of malnutrition',
};

/** How often to screen again or review, in months, by category and setting (an outline of BAPEN's guidance). */
export function mustRescreenMonths(category: MustRiskCategory, setting: MustSetting): number {
  if (setting === 'care_home') return 1;
  switch (category) {
    case 'low':
      return 12; // yearly in the community, for groups at higher risk such as people over 75
    case 'medium':
      return 2; // every 2 to 3 months at least
    case 'high':
      return 1;
  }
}

function rescreenText(category: MustRiskCategory, setting: MustSetting): string {
  if (setting === 'care_home') return 'Screen again every month.';
  switch (category) {
    case 'low':
      return 'Screen again every year, especially for people over 75 or others at higher risk, or sooner if anything changes.';
    case 'medium':
      return 'Screen again at least every 2 to 3 months.';
    case 'high':
      return 'Review the plan and screen again every month.';
  }
}

/** What to do for each category, in Hearth's own words; a provider's nutrition policy may add to these. */
export function mustActions(category: MustRiskCategory, setting: MustSetting, bmiTenthsValue: number | null = null): MustActionItem[] {
  const byCategory: MustActionItem[] = (() => {
    switch (category) {
      case 'low':
        return [
          { key: 'routine_care', text: 'Carry on with usual care and support with eating and drinking.' },
          { key: 'rescreen', text: rescreenText(category, setting) },
        ];
      case 'medium':
        return [
          { key: 'observe', text: 'Keep a closer eye on eating and drinking.' },
          { key: 'record_intake_3_days', text: 'Write down everything the person eats and drinks for 3 days.' },
          { key: 'if_intake_adequate', text: 'If they are eating and drinking enough, there is little cause for concern: keep screening as below.' },
          { key: 'if_intake_inadequate', text: 'If they are not eating or drinking enough, follow the local nutrition policy: agree goals, help them eat and drink more, and review the plan regularly.' },
          { key: 'rescreen', text: rescreenText(category, setting) },
        ];
      case 'high':
        return [
          { key: 'treat', text: 'Act now to improve what the person eats and drinks, unless nutritional support would do harm or bring no benefit (for example, at the very end of life).' },
          { key: 'refer', text: 'Refer to a dietitian or nutrition support team, or follow the local nutrition policy.' },
          { key: 'set_goals', text: 'Agree goals with the person to increase what they eat and drink overall.' },
          { key: 'monitor', text: 'Monitor progress and review the care plan.' },
          { key: 'rescreen', text: rescreenText(category, setting) },
        ];
    }
  })();
  const forEveryone: MustActionItem[] = [
    { key: 'record_category', text: 'Record the malnutrition risk category in the nutrition section of the plan.' },
    { key: 'underlying_conditions', text: 'Make sure underlying conditions are being treated, and offer help and advice on food choices, eating and drinking.' },
    { key: 'special_diets', text: 'Record any special diet the person needs and follow the local policy for it.' },
  ];
  // MUST asks for obesity (BMI over 30) to be recorded too; underlying conditions in people with obesity are also treated.
  const obesity: MustActionItem[] =
    bmiTenthsValue !== null && bmiTenthsValue > 300
      ? [{ key: 'record_obesity', text: 'Record that the person\u2019s BMI is over 30 (obesity) and think about any health conditions linked to it.' }]
      : [];
  return [...byCategory, ...forEveryone, ...obesity];
}

/** Scores a parsed screening. */
export function scoreMust(screening: MustScreening): MustResult {
  const { bmi, weightLoss, acuteDisease, setting } = screening;
  const tenthsBmi = bmi.method === 'calculated' ? bmiTenths(bmi.weightKg, bmi.heightM) : null;
  const bmiScore = bmi.method === 'calculated' ? bmiScoreFromTenths(bmiTenths(bmi.weightKg, bmi.heightM)) : bmiCategoryScore[bmi.category];
  const bmiIsEstimated = bmi.method === 'estimated_category' || bmi.weightSource !== 'measured' || bmi.heightSource !== 'measured';

  const tenthsLoss = weightLoss.method === 'calculated' ? weightLossTenths(weightLoss.previousWeightKg, weightLoss.currentWeightKg) : null;
  const weightLossScore =
    weightLoss.method === 'calculated'
      ? weightLossScoreFromTenths(weightLossTenths(weightLoss.previousWeightKg, weightLoss.currentWeightKg))
      : weightLossCategoryScore[weightLoss.category];

  const acuteDiseaseScore = acuteDisease.acutelyIll && acuteDisease.noIntakeOverFiveDays ? 2 : 0;
  const total = bmiScore + weightLossScore + acuteDiseaseScore;
  const category = mustRiskCategory(total);
  return {
    bmi: tenthsBmi === null ? null : tenthsBmi / 10,
    bmiIsEstimated,
    weightLossPercent: tenthsLoss === null ? null : tenthsLoss / 10,
    bmiScore,
    weightLossScore,
    acuteDiseaseScore,
    total,
    category,
    rescreenWithinMonths: mustRescreenMonths(category, setting),
    actions: mustActions(category, setting, tenthsBmi),
  };
}
