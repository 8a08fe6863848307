// The section editor's risk assessments as typed, and how they are built from the saved section. Turning them back
// into what the schema checks, and mapping its error paths to inputs, is in risk-input.ts.
import type {
  BmiCategory,
  FallsAnswer,
  FallsRiskFactor,
  HeightSource,
  MustSetting,
  SectionRiskAssessments,
  WeightLossCategory,
  WeightSource,
} from '@hearth/core';
import { fallsRiskFactors } from '@hearth/core';
import { dateToParts, emptyDate, type DateParts } from '../../components/DateInput';

export type LevelText = '' | '1' | '2' | '3' | '4' | '5';
export type YesNo = '' | 'yes' | 'no';

export interface FurtherActionForm {
  id: string;
  action: string;
  owner: string;
  dueDate: DateParts;
  completedOn: DateParts;
}
export interface PositiveRiskTakingForm {
  benefitToPerson: string;
  whatThePersonWants: string;
  agreedApproach: string;
  agreedBy: string;
  agreedOn: DateParts;
}
export interface GeneralRiskForm {
  id: string;
  hazard: string;
  whoCouldBeHarmed: string;
  likelihood: LevelText;
  severity: LevelText;
  /** One control per line. */
  existingControls: string;
  residualLikelihood: LevelText;
  residualSeverity: LevelText;
  furtherActions: FurtherActionForm[];
  personView: string;
  hasPositiveRiskTaking: boolean;
  positiveRiskTaking: PositiveRiskTakingForm;
  assessedOn: DateParts;
  assessedBy: string;
  reviewDate: DateParts;
}
export interface MustForm {
  id: string;
  screenedOn: DateParts;
  screenedBy: string;
  setting: MustSetting | '';
  bmiMethod: '' | 'calculated' | 'estimated_category';
  weightKg: string;
  heightM: string;
  weightSource: WeightSource;
  heightSource: HeightSource;
  bmiCategory: BmiCategory | '';
  muacCm: string;
  bmiBasis: string;
  lossMethod: '' | 'calculated' | 'estimated_category';
  previousWeightKg: string;
  currentWeightKg: string;
  lossCategory: WeightLossCategory | '';
  lossBasis: string;
  acutelyIll: YesNo;
  noIntakeOverFiveDays: YesNo;
  notes: string;
}
export interface FallsForm {
  id: string;
  screenedOn: DateParts;
  screenedBy: string;
  answers: Record<FallsRiskFactor, FallsAnswer | ''>;
  notes: string;
}
export interface RiskAssessmentsForm {
  general: GeneralRiskForm[];
  must: MustForm[];
  falls: FallsForm[];
}

/** A short id for a new assessment or action (works outside secure contexts too). */
function newId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (b) => b.toString(16).padStart(2, '0')).join('');
}
const levelText = (n: number | null): LevelText => (n === null ? '' : (String(n) as LevelText));
const numberText = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
const yesNo = (b: boolean): YesNo => (b ? 'yes' : 'no');

export const emptyFurtherAction = (): FurtherActionForm => ({
  id: newId(),
  action: '',
  owner: '',
  dueDate: emptyDate,
  completedOn: emptyDate,
});
const emptyPositiveRiskTaking: PositiveRiskTakingForm = {
  benefitToPerson: '',
  whatThePersonWants: '',
  agreedApproach: '',
  agreedBy: '',
  agreedOn: emptyDate,
};
export const emptyGeneralRisk = (): GeneralRiskForm => ({
  id: newId(),
  hazard: '',
  whoCouldBeHarmed: '',
  likelihood: '',
  severity: '',
  existingControls: '',
  residualLikelihood: '',
  residualSeverity: '',
  furtherActions: [],
  personView: '',
  hasPositiveRiskTaking: false,
  positiveRiskTaking: emptyPositiveRiskTaking,
  assessedOn: emptyDate,
  assessedBy: '',
  reviewDate: emptyDate,
});
export const emptyMust = (): MustForm => ({
  id: newId(),
  screenedOn: emptyDate,
  screenedBy: '',
  setting: '',
  bmiMethod: '',
  weightKg: '',
  heightM: '',
  weightSource: 'measured',
  heightSource: 'measured',
  bmiCategory: '',
  muacCm: '',
  bmiBasis: '',
  lossMethod: '',
  previousWeightKg: '',
  currentWeightKg: '',
  lossCategory: '',
  lossBasis: '',
  acutelyIll: '',
  noIntakeOverFiveDays: '',
  notes: '',
});
export const emptyFalls = (): FallsForm => ({
  id: newId(),
  screenedOn: emptyDate,
  screenedBy: '',
  answers: Object.fromEntries(fallsRiskFactors.map((f) => [f, ''])) as FallsForm['answers'],
  notes: '',
});

export function riskAssessmentsFormFrom(saved: SectionRiskAssessments | undefined): RiskAssessmentsForm {
  return {
    general: (saved?.general ?? []).map((a) => ({
      id: a.id,
      hazard: a.hazard,
      whoCouldBeHarmed: a.whoCouldBeHarmed,
      likelihood: levelText(a.likelihood),
      severity: levelText(a.severity),
      existingControls: a.existingControls.join('\n'),
      residualLikelihood: levelText(a.residualLikelihood),
      residualSeverity: levelText(a.residualSeverity),
      furtherActions: a.furtherActions.map((f) => ({
        ...f,
        dueDate: dateToParts(f.dueDate),
        completedOn: dateToParts(f.completedOn),
      })),
      personView: a.personView ?? '',
      hasPositiveRiskTaking: a.positiveRiskTaking !== null,
      positiveRiskTaking: a.positiveRiskTaking
        ? { ...a.positiveRiskTaking, agreedOn: dateToParts(a.positiveRiskTaking.agreedOn) }
        : emptyPositiveRiskTaking,
      assessedOn: dateToParts(a.assessedOn),
      assessedBy: a.assessedBy,
      reviewDate: dateToParts(a.reviewDate),
    })),
    must: (saved?.must ?? []).map((m) => ({
      ...emptyMust(),
      id: m.id,
      screenedOn: dateToParts(m.screenedOn),
      screenedBy: m.screenedBy,
      setting: m.setting,
      bmiMethod: m.bmi.method,
      ...(m.bmi.method === 'calculated'
        ? {
            weightKg: numberText(m.bmi.weightKg),
            heightM: numberText(m.bmi.heightM),
            weightSource: m.bmi.weightSource,
            heightSource: m.bmi.heightSource,
          }
        : { bmiCategory: m.bmi.category, muacCm: numberText(m.bmi.muacCm), bmiBasis: m.bmi.basis }),
      lossMethod: m.weightLoss.method,
      ...(m.weightLoss.method === 'calculated'
        ? {
            previousWeightKg: numberText(m.weightLoss.previousWeightKg),
            currentWeightKg: numberText(m.weightLoss.currentWeightKg),
          }
        : { lossCategory: m.weightLoss.category, lossBasis: m.weightLoss.basis }),
      acutelyIll: yesNo(m.acuteDisease.acutelyIll),
      noIntakeOverFiveDays: yesNo(m.acuteDisease.noIntakeOverFiveDays),
      notes: m.notes ?? '',
    })),
    falls: (saved?.falls ?? []).map((f) => ({
      id: f.id,
      screenedOn: dateToParts(f.screenedOn),
      screenedBy: f.screenedBy,
      answers: { ...f.answers },
      notes: f.notes ?? '',
    })),
  };
}
