// A general risk assessment attached to a plan section (it lives inside the section's content, so it needs no section key): likelihood × severity on a 5×5 matrix, the controls in place,
// further actions, the person's own view and, where the person chooses to take a risk, the positive-risk-taking record.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../../schemas/common.js';

/** Same shape as the ids of items inside a section, so an assessment is traceable across plan versions (a UUID fits). */
export const riskItemIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'Item id must be 1-40 letters, digits, - or _' });

export const riskLevels = [1, 2, 3, 4, 5] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** The wording of the NHS/NPSA 5×5 matrix, which most providers' own matrices follow. */
export const likelihoodLabels: Record<RiskLevel, string> = {
  1: 'Rare',
  2: 'Unlikely',
  3: 'Possible',
  4: 'Likely',
  5: 'Almost certain',
};
export const severityLabels: Record<RiskLevel, string> = {
  1: 'Negligible',
  2: 'Minor',
  3: 'Moderate',
  4: 'Major',
  5: 'Catastrophic',
};

export const riskBands = ['low', 'medium', 'high', 'very_high'] as const;
export type RiskBand = (typeof riskBands)[number];
export const riskBandLabels: Record<RiskBand, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  very_high: 'Very high',
};

/**
 * Where each band starts on the 1–25 score. Providers' matrices differ, so this is configuration, not a constant:
 * a score below `mediumFrom` is low, from `mediumFrom` medium, from `highFrom` high, from `veryHighFrom` very high.
 */
export interface RiskBanding {
  mediumFrom: number;
  highFrom: number;
  veryHighFrom: number;
}

/**
 * The NPSA banding ("A risk matrix for risk managers", 2008): 1–3 low, 4–6 medium, 8–12 high, 15–25 very high.
 * (7, 11, 13, 14 and 17–19 cannot be products of two 1–5 ratings.)
 */
export const defaultRiskBanding: RiskBanding = { mediumFrom: 4, highFrom: 8, veryHighFrom: 15 };

/** For a provider's own banding, read from settings: thresholds must be whole scores that rise strictly. */
export const riskBandingSchema = z
  .object({
    mediumFrom: z.int({ error: 'Enter a whole score' }).min(2, { error: 'Medium must start at 2 or more' }).max(25),
    highFrom: z.int({ error: 'Enter a whole score' }).min(3).max(25),
    veryHighFrom: z.int({ error: 'Enter a whole score' }).min(4).max(25, { error: 'Very high must start at 25 or less' }),
  })
  .superRefine((b, ctx) => {
    if (b.highFrom <= b.mediumFrom) ctx.addIssue({ code: 'custom', path: ['highFrom'], message: 'High must start above medium' });
    if (b.veryHighFrom <= b.highFrom) ctx.addIssue({ code: 'custom', path: ['veryHighFrom'], message: 'Very high must start above high' });
  });

export interface RiskRating {
  /** likelihood × severity, 1–25. */
  score: number;
  band: RiskBand;
}

function isRiskLevel(value: number): value is RiskLevel {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

export function bandForScore(score: number, banding: RiskBanding = defaultRiskBanding): RiskBand {
  if (score >= banding.veryHighFrom) return 'very_high';
  if (score >= banding.highFrom) return 'high';
  if (score >= banding.mediumFrom) return 'medium';
  return 'low';
}

/** The rating on a 5×5 matrix. Throws on a rating outside 1–5, which only a programming error can produce after parsing. */
export function riskRating(likelihood: RiskLevel, severity: RiskLevel, banding: RiskBanding = defaultRiskBanding): RiskRating {
  if (!isRiskLevel(likelihood) || !isRiskLevel(severity)) throw new RangeError('Likelihood and severity must be whole numbers from 1 to 5');
  const score = likelihood * severity;
  return { score, band: bandForScore(score, banding) };
}

const level = (label: string) => z.literal(riskLevels, { error: `Choose the ${label}, from 1 to 5` });
const likelihoodSchema = level('likelihood');
const severitySchema = level('severity');

export const furtherActionSchema = z.object({
  id: riskItemIdSchema,
  action: requiredText(1000, 'the action'),
  owner: requiredText(200, 'who will do it'),
  dueDate: isoDateSchema,
  completedOn: isoDateSchema.nullish().transform((v) => v ?? null),
});
export type FurtherAction = z.infer<typeof furtherActionSchema>;

/** The person has the right to take a risk that matters to them; this records that the choice was theirs and was agreed. */
export const positiveRiskTakingSchema = z.object({
  benefitToPerson: requiredText(2000, 'what the person gains from taking this risk'),
  whatThePersonWants: requiredText(2000, 'what the person wants, in their words'),
  agreedApproach: requiredText(4000, 'the approach agreed'),
  agreedBy: requiredText(500, 'who agreed the approach'),
  agreedOn: isoDateSchema,
});
export type PositiveRiskTaking = z.infer<typeof positiveRiskTakingSchema>;

export const generalRiskAssessmentSchema = z
  .object({
    id: riskItemIdSchema,
    hazard: requiredText(1000, 'the hazard or risk'),
    whoCouldBeHarmed: requiredText(500, 'who could be harmed'),
    likelihood: likelihoodSchema,
    severity: severitySchema,
    existingControls: z.array(requiredText(1000, 'the control')).max(30, { error: 'List 30 controls or fewer' }).default([]),
    /** The rating once the controls and further actions are in place; both or neither. */
    residualLikelihood: likelihoodSchema.nullish().transform((v) => v ?? null),
    residualSeverity: severitySchema.nullish().transform((v) => v ?? null),
    furtherActions: z.array(furtherActionSchema).max(30, { error: 'List 30 actions or fewer' }).default([]),
    personView: optionalText(4000, 'the person\u2019s view, in their own words'),
    positiveRiskTaking: positiveRiskTakingSchema.nullish().transform((v) => v ?? null),
    assessedOn: isoDateSchema,
    assessedBy: requiredText(200, 'who carried out the assessment'),
    reviewDate: isoDateSchema,
  })
  .superRefine((a, ctx) => {
    if ((a.residualLikelihood === null) !== (a.residualSeverity === null)) {
      const path = a.residualLikelihood === null ? 'residualLikelihood' : 'residualSeverity';
      ctx.addIssue({ code: 'custom', path: [path], message: 'Give both likelihood and severity after controls, or neither' });
    }
    // Controls reduce how likely or how bad harm is; a higher rating afterwards means the first rating needs revisiting.
    if (a.residualLikelihood !== null && a.residualLikelihood > a.likelihood) {
      ctx.addIssue({ code: 'custom', path: ['residualLikelihood'], message: 'Likelihood after controls cannot be higher than before them' });
    }
    if (a.residualSeverity !== null && a.residualSeverity > a.severity) {
      ctx.addIssue({ code: 'custom', path: ['residualSeverity'], message: 'Severity after controls cannot be higher than before them' });
    }
    // ISO dates compare correctly as strings.
    if (a.reviewDate < a.assessedOn) {
      ctx.addIssue({ code: 'custom', path: ['reviewDate'], message: 'The review date must be on or after the assessment date' });
    }
    if (a.positiveRiskTaking !== null && a.personView === null) {
      ctx.addIssue({ code: 'custom', path: ['personView'], message: 'Record the person\u2019s view when they choose to take a risk' });
    }
  });
export type GeneralRiskAssessment = z.infer<typeof generalRiskAssessmentSchema>;

/** The rating after controls, or null when the assessment does not record one. */
export function residualRiskRating(
  assessment: Pick<GeneralRiskAssessment, 'residualLikelihood' | 'residualSeverity'>,
  banding: RiskBanding = defaultRiskBanding,
): RiskRating | null {
  const { residualLikelihood, residualSeverity } = assessment;
  if (residualLikelihood === null || residualSeverity === null) return null;
  return riskRating(residualLikelihood, residualSeverity, banding);
}

/** The rating that applies now: after controls when recorded, otherwise before them. */
export function currentRiskRating(
  assessment: Pick<GeneralRiskAssessment, 'likelihood' | 'severity' | 'residualLikelihood' | 'residualSeverity'>,
  banding: RiskBanding = defaultRiskBanding,
): RiskRating {
  return residualRiskRating(assessment, banding) ?? riskRating(assessment.likelihood, assessment.severity, banding);
}

/** `today` as YYYY-MM-DD: the assessment is overdue once its review date has passed. */
export function isRiskReviewOverdue(assessment: Pick<GeneralRiskAssessment, 'reviewDate'>, today: string): boolean {
  return assessment.reviewDate < today;
}

/** Further actions not done by `today` (YYYY-MM-DD) that are past their due date. */
export function overdueFurtherActions(assessment: Pick<GeneralRiskAssessment, 'furtherActions'>, today: string): FurtherAction[] {
  return assessment.furtherActions.filter((a) => a.completedOn === null && a.dueDate < today);
}
