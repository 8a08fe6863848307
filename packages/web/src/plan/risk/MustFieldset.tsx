// One MUST screening in the nutrition section: BMI from weight and height or an estimated category, weight loss
// calculated or judged, the acute disease effect, and the score, category and actions shown live by core's scoreMust.
import {
  bmiCategories,
  bmiCategoryLabels,
  heightSources,
  measurementSourceLabels,
  mustAcuteDiseaseStepSchema,
  mustBmiStepSchema,
  mustRiskCategoryLabels,
  mustSettingLabels,
  mustSettings,
  mustWeightLossStepSchema,
  scoreMust,
  weightLossCategories,
  weightLossCategoryLabels,
  weightSources,
  type MustSetting,
} from '@hearth/core';
import { DateInput } from '../../components/DateInput';
import { Select, TextInput, Textarea } from '../../components/fields';
import { Radios } from '../Radios';
import type { MustForm } from './risk-form';
import { mustAcuteDiseaseInput, mustBmiInput, mustWeightLossInput } from './risk-input';

interface Props {
  value: MustForm;
  update: (patch: Partial<MustForm>) => void;
  /** "riskAssessments.must.0" */
  path: string;
  errorFor: (path: string) => string | undefined;
}

const yesNoOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** The result once every step can be scored. */
function MustResult({ value }: { value: MustForm }) {
  // The score does not depend on how an estimate was made, so a basis not yet written does not hold the score back
  // (saving still asks for it).
  const bmi = mustBmiStepSchema.safeParse({ ...mustBmiInput(value), basis: value.bmiBasis.trim() || 'not yet written' });
  const weightLoss = mustWeightLossStepSchema.safeParse({
    ...mustWeightLossInput(value),
    basis: value.lossBasis.trim() || 'not yet written',
  });
  const acuteDisease = mustAcuteDiseaseStepSchema.safeParse(mustAcuteDiseaseInput(value));
  // The setting decides how often to screen again, which is one of the actions.
  if (value.setting === '' || !bmi.success || !weightLoss.success || !acuteDisease.success) {
    return (
      <p className="nhsuk-body hearth-risk-rating" role="status">
        Choose where the person lives and complete steps 1 to 3 to see the MUST score and what to do.
      </p>
    );
  }
  const result = scoreMust({
    id: value.id,
    screenedOn: '',
    screenedBy: '',
    setting: value.setting,
    bmi: bmi.data,
    weightLoss: weightLoss.data,
    acuteDisease: acuteDisease.data,
    notes: null,
  });
  return (
    <div className="nhsuk-inset-text hearth-risk-result" role="status">
      <p>
        <strong>
          MUST score {result.total}: {mustRiskCategoryLabels[result.category]}
        </strong>
        <br />
        BMI {result.bmi === null ? 'estimated' : result.bmi} scores {result.bmiScore}; weight loss
        {result.weightLossPercent === null ? ' judged' : ` ${result.weightLossPercent}%`} scores {result.weightLossScore}; acute
        disease scores {result.acuteDiseaseScore}.
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {result.actions.map((action) => (
          <li key={action.key}>{action.text}</li>
        ))}
      </ul>
    </div>
  );
}

export function MustFields({ value, update, path, errorFor }: Props) {
  const field = (name: string) => ({ name: `${path}.${name}`, error: errorFor(`${path}.${name}`) });
  return (
    <>
      <DateInput
        {...field('screenedOn')}
        legend="Screened on"
        hint="For example, 20 11 2026"
        value={value.screenedOn}
        onChange={(screenedOn) => {
          update({ screenedOn });
        }}
      />
      <TextInput
        {...field('screenedBy')}
        label="Screened by"
        value={value.screenedBy}
        onChange={(screenedBy) => {
          update({ screenedBy });
        }}
      />
      <Radios
        {...field('setting')}
        legend="Where the person lives"
        small
        options={mustSettings.map((s) => ({ value: s, label: mustSettingLabels[s] }))}
        value={value.setting}
        onChange={(v) => {
          update({ setting: v as MustSetting });
        }}
      />

      <Radios
        {...field('bmi.method')}
        legend="Step 1: body mass index (BMI)"
        small
        value={value.bmiMethod}
        onChange={(v) => {
          update({ bmiMethod: v as MustForm['bmiMethod'] });
        }}
        options={[
          {
            value: 'calculated',
            label: 'From weight and height',
            conditional: (
              <>
                <TextInput
                  {...field('bmi.weightKg')}
                  label="Weight in kilograms"
                  widthClass="nhsuk-input--width-5"
                  value={value.weightKg}
                  onChange={(weightKg) => {
                    update({ weightKg });
                  }}
                />
                <Select
                  {...field('bmi.weightSource')}
                  label="How the weight was found"
                  options={weightSources.map((s) => ({ value: s, label: measurementSourceLabels[s] }))}
                  value={value.weightSource}
                  onChange={(v) => {
                    update({ weightSource: v as MustForm['weightSource'] });
                  }}
                />
                <TextInput
                  {...field('bmi.heightM')}
                  label="Height in metres"
                  hint="For example, 1.62"
                  widthClass="nhsuk-input--width-5"
                  value={value.heightM}
                  onChange={(heightM) => {
                    update({ heightM });
                  }}
                />
                <Select
                  {...field('bmi.heightSource')}
                  label="How the height was found"
                  options={heightSources.map((s) => ({ value: s, label: measurementSourceLabels[s] }))}
                  value={value.heightSource}
                  onChange={(v) => {
                    update({ heightSource: v as MustForm['heightSource'] });
                  }}
                />
              </>
            ),
          },
          {
            value: 'estimated_category',
            label: 'Estimated, when weight or height cannot be found',
            conditional: (
              <>
                <Radios
                  {...field('bmi.category')}
                  legend="Estimated BMI"
                  small
                  options={bmiCategories.map((c) => ({ value: c, label: bmiCategoryLabels[c] }))}
                  value={value.bmiCategory}
                  onChange={(v) => {
                    update({ bmiCategory: v as MustForm['bmiCategory'] });
                  }}
                />
                <TextInput
                  {...field('bmi.muacCm')}
                  label="Mid-upper arm circumference in centimetres (optional)"
                  widthClass="nhsuk-input--width-5"
                  value={value.muacCm}
                  onChange={(muacCm) => {
                    update({ muacCm });
                  }}
                />
                <Textarea
                  {...field('bmi.basis')}
                  label="How the BMI was estimated"
                  rows={2}
                  value={value.bmiBasis}
                  onChange={(bmiBasis) => {
                    update({ bmiBasis });
                  }}
                />
              </>
            ),
          },
        ]}
      />

      <Radios
        {...field('weightLoss.method')}
        legend="Step 2: unplanned weight loss in the past 3 to 6 months"
        small
        value={value.lossMethod}
        onChange={(v) => {
          update({ lossMethod: v as MustForm['lossMethod'] });
        }}
        options={[
          {
            value: 'calculated',
            label: 'From an earlier and the current weight',
            conditional: (
              <>
                <TextInput
                  {...field('weightLoss.previousWeightKg')}
                  label="Weight 3 to 6 months ago, in kilograms"
                  widthClass="nhsuk-input--width-5"
                  value={value.previousWeightKg}
                  onChange={(previousWeightKg) => {
                    update({ previousWeightKg });
                  }}
                />
                <TextInput
                  {...field('weightLoss.currentWeightKg')}
                  label="Weight now, in kilograms"
                  widthClass="nhsuk-input--width-5"
                  value={value.currentWeightKg}
                  onChange={(currentWeightKg) => {
                    update({ currentWeightKg });
                  }}
                />
              </>
            ),
          },
          {
            value: 'estimated_category',
            label: 'Judged, for example from loose clothes or rings',
            conditional: (
              <>
                <Radios
                  {...field('weightLoss.category')}
                  legend="Weight lost"
                  small
                  options={weightLossCategories.map((c) => ({ value: c, label: weightLossCategoryLabels[c] }))}
                  value={value.lossCategory}
                  onChange={(v) => {
                    update({ lossCategory: v as MustForm['lossCategory'] });
                  }}
                />
                <Textarea
                  {...field('weightLoss.basis')}
                  label="How the weight loss was judged"
                  rows={2}
                  value={value.lossBasis}
                  onChange={(lossBasis) => {
                    update({ lossBasis });
                  }}
                />
              </>
            ),
          },
        ]}
      />

      <Radios
        {...field('acuteDisease.acutelyIll')}
        legend="Step 3: is the person acutely ill?"
        small
        options={yesNoOptions}
        value={value.acutelyIll}
        onChange={(v) => {
          update({ acutelyIll: v as MustForm['acutelyIll'] });
        }}
      />
      <Radios
        {...field('acuteDisease.noIntakeOverFiveDays')}
        legend="Has there been, or is there likely to be, no nutritional intake for more than 5 days?"
        small
        options={yesNoOptions}
        value={value.noIntakeOverFiveDays}
        onChange={(v) => {
          update({ noIntakeOverFiveDays: v as MustForm['noIntakeOverFiveDays'] });
        }}
      />

      <MustResult value={value} />
      <Textarea
        {...field('notes')}
        label="Notes (optional)"
        value={value.notes}
        onChange={(notes) => {
          update({ notes });
        }}
      />
    </>
  );
}
