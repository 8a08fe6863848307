// The section editor's risk assessments turned back into what the schema checks, and the schema's paths
// ("riskAssessments.general.0.existingControls.2") mapped to the inputs that show them.
import { fallsRiskFactors } from '@hearth/core';
import { partsToDate } from '../../components/DateInput';
import type { FallsForm, GeneralRiskForm, LevelText, MustForm, RiskAssessmentsForm, YesNo } from './risk-form';

const orUndefined = <T extends string>(s: T | ''): T | undefined => (s === '' ? undefined : s);
const orNull = (s: string) => (s.trim() === '' ? null : s);
/** "" is left out, so the schema says the figure is needed; anything else goes as a number (NaN is refused too). */
const typedNumber = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()));
const typedLevel = (s: LevelText): number | undefined => (s === '' ? undefined : Number(s));
const typedYesNo = (s: YesNo): boolean | undefined => (s === '' ? undefined : s === 'yes');

export function generalRiskInput(a: GeneralRiskForm): Record<string, unknown> {
  return {
    id: a.id,
    hazard: a.hazard,
    whoCouldBeHarmed: a.whoCouldBeHarmed,
    likelihood: typedLevel(a.likelihood),
    severity: typedLevel(a.severity),
    existingControls: a.existingControls.split('\n').filter((line) => line.trim() !== ''),
    residualLikelihood: typedLevel(a.residualLikelihood) ?? null,
    residualSeverity: typedLevel(a.residualSeverity) ?? null,
    furtherActions: a.furtherActions.map((f) => ({
      id: f.id,
      action: f.action,
      owner: f.owner,
      dueDate: partsToDate(f.dueDate),
      completedOn: orNull(partsToDate(f.completedOn)),
    })),
    personView: orNull(a.personView),
    positiveRiskTaking: a.hasPositiveRiskTaking
      ? { ...a.positiveRiskTaking, agreedOn: partsToDate(a.positiveRiskTaking.agreedOn) }
      : null,
    assessedOn: partsToDate(a.assessedOn),
    assessedBy: a.assessedBy,
    reviewDate: partsToDate(a.reviewDate),
  };
}

export function mustBmiInput(m: MustForm): Record<string, unknown> {
  if (m.bmiMethod === 'calculated') {
    return {
      method: 'calculated',
      weightKg: typedNumber(m.weightKg),
      heightM: typedNumber(m.heightM),
      weightSource: m.weightSource,
      heightSource: m.heightSource,
    };
  }
  if (m.bmiMethod === 'estimated_category') {
    return {
      method: 'estimated_category',
      category: orUndefined(m.bmiCategory),
      muacCm: typedNumber(m.muacCm) ?? null,
      basis: m.bmiBasis,
    };
  }
  return { method: undefined };
}

export function mustWeightLossInput(m: MustForm): Record<string, unknown> {
  if (m.lossMethod === 'calculated') {
    return {
      method: 'calculated',
      previousWeightKg: typedNumber(m.previousWeightKg),
      currentWeightKg: typedNumber(m.currentWeightKg),
    };
  }
  if (m.lossMethod === 'estimated_category')
    return { method: 'estimated_category', category: orUndefined(m.lossCategory), basis: m.lossBasis };
  return { method: undefined };
}

export function mustAcuteDiseaseInput(m: MustForm): Record<string, unknown> {
  return { acutelyIll: typedYesNo(m.acutelyIll), noIntakeOverFiveDays: typedYesNo(m.noIntakeOverFiveDays) };
}

export function mustInput(m: MustForm): Record<string, unknown> {
  return {
    id: m.id,
    screenedOn: partsToDate(m.screenedOn),
    screenedBy: m.screenedBy,
    setting: orUndefined(m.setting),
    bmi: mustBmiInput(m),
    weightLoss: mustWeightLossInput(m),
    acuteDisease: mustAcuteDiseaseInput(m),
    notes: orNull(m.notes),
  };
}

export function fallsInput(f: FallsForm): Record<string, unknown> {
  return {
    id: f.id,
    screenedOn: partsToDate(f.screenedOn),
    screenedBy: f.screenedBy,
    answers: Object.fromEntries(fallsRiskFactors.map((factor) => [factor, orUndefined(f.answers[factor])])),
    notes: orNull(f.notes),
  };
}

export function riskAssessmentsInput(form: RiskAssessmentsForm): Record<string, unknown> {
  return { general: form.general.map(generalRiskInput), must: form.must.map(mustInput), falls: form.falls.map(fallsInput) };
}

export function hasRiskAssessments(form: RiskAssessmentsForm): boolean {
  return form.general.length + form.must.length + form.falls.length > 0;
}

/**
 * A path after "riskAssessments" → the editor's field name, or null when no input shows it (an id, or a whole
 * screening placed in the wrong section, which the error summary then describes in words).
 */
export function riskAssessmentFieldFor(path: readonly PropertyKey[]): string | null {
  const [kind, index, head, ...rest] = path.map(String);
  if (kind === undefined || index === undefined || head === undefined || head === 'id' || !/^\d+$/.test(index)) return null;
  const base = `riskAssessments.${kind}.${index}`;
  if (kind === 'general') {
    if (head === 'existingControls') return `${base}.existingControls`;
    if (head === 'furtherActions') {
      const [j, field] = rest;
      if (j === undefined) return `${base}.furtherActions`;
      return field === undefined || field === 'id' ? null : `${base}.furtherActions.${j}.${field}`;
    }
    if (head === 'positiveRiskTaking')
      return rest[0] === undefined ? `${base}.hasPositiveRiskTaking` : `${base}.positiveRiskTaking.${rest[0]}`;
    return `${base}.${head}`;
  }
  if (kind === 'must' && (head === 'bmi' || head === 'weightLoss')) {
    const field = rest[0] ?? 'method';
    if (field === 'method') return `${base}.${head}.method`;
    // The two steps' categories and bases have their own inputs.
    return `${base}.${head}.${field}`;
  }
  if (kind === 'must' && head === 'acuteDisease') return rest[0] === undefined ? null : `${base}.acuteDisease.${rest[0]}`;
  if (kind === 'falls' && head === 'answers') return rest[0] === undefined ? null : `${base}.answers.${rest[0]}`;
  return `${base}.${head}`;
}
