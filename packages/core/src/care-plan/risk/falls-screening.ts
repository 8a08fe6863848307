// A simple falls risk screen for social care: which widely recognised risk factors are present, how high the risk is,
// and whether to suggest a referral for a full multifactorial falls assessment. It screens; it does not replace that assessment.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../../schemas/common.js';
import { riskItemIdSchema } from './general-risk.js';

export const fallsRiskFactors = [
  'fall_in_last_12_months',
  'fear_of_falling',
  'needs_help_walking_or_transferring',
  'medicines',
  'dizziness_or_low_blood_pressure',
  'continence_urgency_or_night_toileting',
  'poor_eyesight',
  'cognitive_impairment',
  'footwear_or_home_hazards',
] as const;
export type FallsRiskFactor = (typeof fallsRiskFactors)[number];

export interface FallsRiskFactorDefinition {
  question: string;
  /** What to do when the factor is present, in plain English. */
  suggestion: string;
  /** Plan sections where the factor should also be addressed, so the plan hangs together. */
  relatedSections: string[];
}

/** Hearth's own wording, built on the risk factors in NICE falls guidance; not a copy of any published tool. */
export const fallsRiskFactorDefinitions: Record<FallsRiskFactor, FallsRiskFactorDefinition> = {
  fall_in_last_12_months: {
    question: 'Has the person fallen in the last 12 months?',
    suggestion: 'Find out how, where and when each fall happened, and follow the provider\u2019s post-fall procedure after any new fall.',
    relatedSections: ['mobility_and_falls'],
  },
  fear_of_falling: {
    question: 'Is the person worried about falling, or doing less because of it?',
    suggestion: 'Talk with the person about their worries and what would help them feel confident moving about.',
    relatedSections: ['mobility_and_falls', 'emotional_wellbeing_and_mental_health'],
  },
  needs_help_walking_or_transferring: {
    question: 'Does the person need help or equipment to walk, stand up or move between bed, chair and toilet?',
    suggestion: 'Record the help and equipment needed for each move; ask about physiotherapy or strength and balance exercise.',
    relatedSections: ['mobility_and_falls'],
  },
  medicines: {
    question: 'Does the person take 4 or more medicines, or any that cause drowsiness or lower blood pressure?',
    suggestion: 'Ask the GP or pharmacist for a medication review.',
    relatedSections: ['medication'],
  },
  dizziness_or_low_blood_pressure: {
    question: 'Does the person feel dizzy or light-headed, especially when standing up, or have low blood pressure on standing?',
    suggestion: 'Encourage standing up slowly and ask the GP to check blood pressure lying and standing.',
    relatedSections: ['health_and_wellbeing', 'medication'],
  },
  continence_urgency_or_night_toileting: {
    question: 'Does the person need to hurry to the toilet, or get up to use it at night?',
    suggestion: 'Plan toileting support, lighting and a clear route at night; consider a continence assessment.',
    relatedSections: ['personal_care', 'sleep_and_night_time'],
  },
  poor_eyesight: {
    question: 'Does the person have poor eyesight, or glasses that no longer suit them?',
    suggestion: 'Arrange a sight test, keep glasses clean and within reach, and make sure rooms are well lit.',
    relatedSections: ['health_and_wellbeing', 'safety_and_my_home'],
  },
  cognitive_impairment: {
    question: 'Does the person have memory problems, confusion or dementia that affect how safely they move about?',
    suggestion: 'Plan prompts and supervision that respect the person\u2019s choices; check their capacity for specific decisions about risk.',
    relatedSections: ['mental_capacity_and_consent', 'mobility_and_falls'],
  },
  footwear_or_home_hazards: {
    question: 'Are there unsafe shoes or slippers, or trip hazards at home such as rugs, clutter, cables or poor lighting?',
    suggestion: 'Agree with the person how to make footwear and the home safer; a home hazard check may help.',
    relatedSections: ['safety_and_my_home'],
  },
};

/** Short names for the factors, for lists and the printed pack where the whole question is too long. */
export const fallsRiskFactorLabels: Record<FallsRiskFactor, string> = {
  fall_in_last_12_months: 'A fall in the last 12 months',
  fear_of_falling: 'Worried about falling',
  needs_help_walking_or_transferring: 'Needs help or equipment to walk or move',
  medicines: 'Medicines that raise the risk',
  dizziness_or_low_blood_pressure: 'Dizziness or low blood pressure',
  continence_urgency_or_night_toileting: 'Toilet urgency or night-time toileting',
  poor_eyesight: 'Poor eyesight',
  cognitive_impairment: 'Memory problems or confusion',
  footwear_or_home_hazards: 'Unsafe footwear or trip hazards',
};

export const fallsAnswers = ['yes', 'no', 'not_known'] as const;
export const fallsAnswerLabels: Record<FallsAnswer, string> = { yes: 'Yes', no: 'No', not_known: 'Not known' };
export type FallsAnswer = (typeof fallsAnswers)[number];

const answer = (factor: FallsRiskFactor) => z.enum(fallsAnswers, { error: `Answer: ${fallsRiskFactorDefinitions[factor].question}` });

export const fallsAnswersSchema = z.object(
  Object.fromEntries(fallsRiskFactors.map((f) => [f, answer(f)])) as Record<FallsRiskFactor, ReturnType<typeof answer>>,
);

export const fallsScreeningSchema = z.object({
  /** Traceable across plan versions; the screening lives in the mobility and falls section's content. */
  id: riskItemIdSchema,
  screenedOn: isoDateSchema,
  screenedBy: requiredText(200, 'who carried out the screening'),
  answers: fallsAnswersSchema,
  notes: optionalText(2000, 'notes'),
});
export type FallsScreening = z.infer<typeof fallsScreeningSchema>;

export type FallsRiskLevel = 'low' | 'medium' | 'high';
export const fallsRiskLevelLabels: Record<FallsRiskLevel, string> = {
  low: 'Low falls risk',
  medium: 'Medium falls risk',
  high: 'High falls risk',
};

/** Providers' falls policies differ, so the cut-offs are configuration. */
export interface FallsThresholds {
  /** This many factors or more is high risk. */
  highFromFactorCount: number;
  /** This many factors or more (but fewer than high) is medium risk. */
  mediumFromFactorCount: number;
  /** A fall in the last 12 months makes the risk high on its own, as NICE treats a previous fall as the strongest predictor. */
  fallInLast12MonthsIsHigh: boolean;
  /** An unanswered question counts as a factor until someone finds out: the safer mistake. */
  countNotKnownAsPresent: boolean;
  /** The lowest level at which a referral to a falls service is suggested. */
  referFrom: FallsRiskLevel;
}

export const defaultFallsThresholds: FallsThresholds = {
  highFromFactorCount: 3,
  mediumFromFactorCount: 1,
  fallInLast12MonthsIsHigh: true,
  countNotKnownAsPresent: true,
  referFrom: 'high',
};

export interface FallsScreeningResult {
  /** Factors answered yes, in the screen's order. */
  factorsPresent: FallsRiskFactor[];
  /** Factors nobody could answer yet. */
  factorsNotKnown: FallsRiskFactor[];
  /** The count the level was worked from. */
  factorCount: number;
  level: FallsRiskLevel;
  referralSuggested: boolean;
  /** Why the level is what it is, then what to do about each factor, in plain English. */
  explanation: string[];
}

const levelOrder: Record<FallsRiskLevel, number> = { low: 0, medium: 1, high: 2 };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function screenFallsRisk(answers: Record<FallsRiskFactor, FallsAnswer>, thresholds: FallsThresholds = defaultFallsThresholds): FallsScreeningResult {
  const factorsPresent = fallsRiskFactors.filter((f) => answers[f] === 'yes');
  const factorsNotKnown = fallsRiskFactors.filter((f) => answers[f] === 'not_known');
  const counted = thresholds.countNotKnownAsPresent ? fallsRiskFactors.filter((f) => answers[f] !== 'no') : factorsPresent;
  const factorCount = counted.length;
  const recentFall = counted.includes('fall_in_last_12_months');

  const explanation: string[] = [];
  let level: FallsRiskLevel;
  if (thresholds.fallInLast12MonthsIsHigh && recentFall) {
    level = 'high';
    explanation.push(
      answers.fall_in_last_12_months === 'yes'
        ? 'High risk: the person has fallen in the last 12 months.'
        : 'High risk: it is not known whether the person has fallen in the last 12 months, so a fall is assumed until someone finds out.',
    );
  } else if (factorCount >= thresholds.highFromFactorCount) {
    level = 'high';
    explanation.push(`High risk: ${plural(factorCount, 'risk factor')} (${thresholds.highFromFactorCount} or more is high).`);
  } else if (factorCount >= thresholds.mediumFromFactorCount) {
    level = 'medium';
    explanation.push(`Medium risk: ${plural(factorCount, 'risk factor')}.`);
  } else {
    level = 'low';
    explanation.push('Low risk: no risk factors found. Screen again if anything changes, such as a fall, an illness or new medicines.');
  }
  if (factorsNotKnown.length > 0) {
    explanation.push(
      thresholds.countNotKnownAsPresent
        ? `${plural(factorsNotKnown.length, 'question')} could not be answered and ${factorsNotKnown.length === 1 ? 'is counted as a risk factor' : 'are counted as risk factors'} until someone finds out.`
        : `${plural(factorsNotKnown.length, 'question')} could not be answered; find out and screen again.`,
    );
  }

  const referralSuggested = levelOrder[level] >= levelOrder[thresholds.referFrom];
  if (referralSuggested) {
    explanation.push('Suggest a referral to the local falls service, or ask the GP, for a full multifactorial falls risk assessment.');
  }
  for (const f of counted) {
    const definition = fallsRiskFactorDefinitions[f];
    explanation.push(answers[f] === 'not_known' ? `Find out: ${definition.question}` : definition.suggestion);
  }
  return { factorsPresent, factorsNotKnown, factorCount, level, referralSuggested, explanation };
}

/** Plan sections that should mention falls risk, given the factors found: the toolkit asks for the plan to triangulate. */
export function fallsSectionsToCrossReference(result: Pick<FallsScreeningResult, 'factorsPresent'>): string[] {
  return [...new Set(result.factorsPresent.flatMap((f) => fallsRiskFactorDefinitions[f].relatedSections))];
}
