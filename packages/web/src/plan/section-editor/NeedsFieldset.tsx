// "What I can do and what I need": strengths, needs, and (medication section only) the level of support with medicines.
import { medicationSupportLevels } from '@hearth/core';
import { Select, Textarea } from '../../components/fields';
import { medicationSupportLevelLabels } from '../plan-labels';
import type { SectionForm } from '../section-form';
import { setField, type SectionFieldsetProps } from './fieldset-props';
import { fieldFindings } from '../quality/FieldFindings';

export function NeedsFieldset({ definition, form, setForm, errorFor }: SectionFieldsetProps) {
  const isMedication = definition.key === 'medication';
  return (
    <div className="hearth-section">
      <h2 className="nhsuk-heading-m">What I can do and what I need</h2>
      <Textarea
        name="strengths"
        label="What I can do (optional)"
        hint="My strengths, and what I like to keep doing for myself."
        value={form.strengths}
        onChange={(v) => {
          setField(setForm, 'strengths', v);
        }}
        error={errorFor('strengths')}
        advice={fieldFindings('strengths')}
      />
      <Textarea
        name="needs"
        label="What I need, in my words (optional)"
        value={form.needs}
        onChange={(v) => {
          setField(setForm, 'needs', v);
        }}
        error={errorFor('needs')}
        advice={fieldFindings('needs')}
      />
      {isMedication && (
        <Select
          name="medicationSupportLevel"
          label="Level of support with medicines (optional)"
          placeholder="Not recorded"
          options={medicationSupportLevels.map((l) => ({ value: l, label: medicationSupportLevelLabels[l] }))}
          value={form.medicationSupportLevel}
          onChange={(v) => {
            setField(setForm, 'medicationSupportLevel', v as SectionForm['medicationSupportLevel']);
          }}
          error={errorFor('medicationSupportLevel')}
          advice={fieldFindings('medicationSupportLevel')}
        />
      )}
    </div>
  );
}
