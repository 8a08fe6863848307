// An advance decision to refuse treatment: what it refuses and when, where the original is, and (for life-sustaining
// treatment) the formalities it needs to be valid.
import { advanceDecisionBodySchema, type AdvanceDecisionBody } from '@hearth/core';
import { dateToParts, emptyDate, type DateParts } from '../../components/DateInput';
import { DateField, dateValue, TextAreaField, TextField, YesNoField, yesNoAnswer, yesNoValue } from '../form-fields';
import type { FieldsProps, KindForm } from '../kind-form';

interface Values {
  treatmentRefused: string;
  circumstances: string;
  madeOn: DateParts;
  refusesLifeSustainingTreatment: string;
  inWriting: string;
  signed: string;
  witnessed: string;
  statesAppliesEvenIfLifeAtRisk: string;
  seenOn: DateParts;
  keptAt: string;
  copiesHeldBy: string;
}

const formalities = [
  ['inWriting', 'Is it in writing?'],
  ['signed', 'Is it signed by the person (or by someone in their presence, at their direction)?'],
  ['witnessed', 'Is the signature witnessed?'],
  ['statesAppliesEvenIfLifeAtRisk', 'Does it state that it applies even if their life is at risk?'],
] as const;

function Fields({ form }: FieldsProps<Values>) {
  return (
    <>
      <TextAreaField form={form} field="treatmentRefused" label="The treatment it refuses" />
      <TextAreaField form={form} field="circumstances" label="The circumstances in which it applies" />
      <DateField form={form} field="madeOn" legend="Date it was made" />
      <YesNoField form={form} field="refusesLifeSustainingTreatment" legend="Does it refuse life-sustaining treatment?" />
      {form.values.refusesLifeSustainingTreatment === 'yes' && (
        <div className="nhsuk-inset-text">
          <p>A refusal of life-sustaining treatment is valid only if it meets every one of these.</p>
          {formalities.map(([field, legend]) => (
            <YesNoField key={field} form={form} field={field} legend={legend} />
          ))}
        </div>
      )}
      <DateField form={form} field="seenOn" legend="Date the original was seen (optional)" />
      <TextField form={form} field="keptAt" label="Where the original is kept" hint="So anyone can find it quickly" />
      <TextField form={form} field="copiesHeldBy" label="Who else holds a copy (optional)" hint="For example, their GP" />
    </>
  );
}

export const advanceDecisionForm: KindForm<Values, AdvanceDecisionBody> = {
  empty: () => ({
    treatmentRefused: '',
    circumstances: '',
    madeOn: emptyDate,
    refusesLifeSustainingTreatment: '',
    inWriting: '',
    signed: '',
    witnessed: '',
    statesAppliesEvenIfLifeAtRisk: '',
    seenOn: emptyDate,
    keptAt: '',
    copiesHeldBy: '',
  }),
  fromBody: (body) => ({
    treatmentRefused: body.treatmentRefused,
    circumstances: body.circumstances,
    madeOn: dateToParts(body.madeOn),
    refusesLifeSustainingTreatment: yesNoAnswer(body.refusesLifeSustainingTreatment),
    inWriting: yesNoAnswer(body.inWriting),
    signed: yesNoAnswer(body.signed),
    witnessed: yesNoAnswer(body.witnessed),
    statesAppliesEvenIfLifeAtRisk: yesNoAnswer(body.statesAppliesEvenIfLifeAtRisk),
    seenOn: dateToParts(body.seenOn),
    keptAt: body.keptAt,
    copiesHeldBy: body.copiesHeldBy ?? '',
  }),
  toBody: (v) => {
    const asked = v.refusesLifeSustainingTreatment === 'yes';
    const formality = (answer: string) => (asked ? yesNoValue(answer) : null);
    return {
      treatmentRefused: v.treatmentRefused,
      circumstances: v.circumstances,
      madeOn: dateValue(v.madeOn),
      refusesLifeSustainingTreatment: yesNoValue(v.refusesLifeSustainingTreatment),
      inWriting: formality(v.inWriting),
      signed: formality(v.signed),
      witnessed: formality(v.witnessed),
      statesAppliesEvenIfLifeAtRisk: formality(v.statesAppliesEvenIfLifeAtRisk),
      seenOn: dateValue(v.seenOn),
      keptAt: v.keptAt,
      copiesHeldBy: v.copiesHeldBy,
    };
  },
  check: (body) => advanceDecisionBodySchema.safeParse(body),
  intro: (name) =>
    `An advance decision is ${name}\u2019s own refusal of a treatment, made while they had capacity. If it is valid and applies, it must be followed as if they were refusing now.`,
  Fields,
};
