// A lasting power of attorney or a Court of Protection deputyship: who holds it, what it covers, and when the
// original was seen.
import {
  authorityKindLabels,
  authorityKinds,
  authorityScopeLabels,
  authorityScopes,
  legalAuthorityBodySchema,
  type LegalAuthorityBody,
} from '@hearth/core';
import { dateToParts, emptyDate, type DateParts } from '../../components/DateInput';
import {
  ChoiceField,
  chosen,
  DateField,
  dateValue,
  optionsFrom,
  TextAreaField,
  TextField,
  YesNoField,
  yesNoAnswer,
  yesNoValue,
} from '../form-fields';
import type { FieldsProps, KindForm } from '../kind-form';

interface Values {
  kind: string;
  holderName: string;
  scope: string;
  reference: string;
  registeredOn: DateParts;
  orderedOn: DateParts;
  coversLifeSustainingTreatment: string;
  conditions: string;
  seenOn: DateParts;
  endedOn: DateParts;
}

function Fields({ form }: FieldsProps<Values>) {
  const { kind, scope } = form.values;
  const isLasting = kind === 'lasting_power_of_attorney';
  return (
    <>
      <ChoiceField form={form} field="kind" legend="What is it?" options={optionsFrom(authorityKinds, authorityKindLabels)} />
      <ChoiceField
        form={form}
        field="scope"
        legend="What does it cover?"
        options={optionsFrom(authorityScopes, authorityScopeLabels)}
      />
      <TextField
        form={form}
        field="holderName"
        label={isLasting ? 'Name of the attorney' : 'Name of the attorney or deputy'}
        hint="If there is more than one, name them all and say whether they must act together"
      />
      {kind === 'deputyship' && (
        <>
          <TextField form={form} field="reference" label="Court of Protection case number" width="nhsuk-input--width-20" />
          <DateField form={form} field="orderedOn" legend="Date of the court order" />
        </>
      )}
      {isLasting && (
        <>
          <DateField
            form={form}
            field="registeredOn"
            legend="Date it was registered (optional)"
            hint="Leave empty if it is not registered yet: it cannot be used until the Office of the Public Guardian registers it"
          />
          <TextField
            form={form}
            field="reference"
            label="Office of the Public Guardian reference (optional)"
            hint="Needed once it is registered"
            width="nhsuk-input--width-20"
          />
          {scope === 'health_and_welfare' && (
            <YesNoField
              form={form}
              field="coversLifeSustainingTreatment"
              legend="Does it give the attorney authority over life-sustaining treatment?"
              hint="Section 5 of the form, option A"
            />
          )}
        </>
      )}
      <DateField
        form={form}
        field="seenOn"
        legend="Date the original was seen (optional)"
        hint="The original, a certified copy, or the Office of the Public Guardian's online summary. Until it is seen, it is not relied on"
      />
      <TextAreaField form={form} field="conditions" label="Restrictions, conditions or instructions (optional)" />
      <DateField
        form={form}
        field="endedOn"
        legend="Date it ended (optional)"
        hint="If it was revoked, the attorney stepped down or the order ended"
      />
    </>
  );
}

export const legalAuthorityForm: KindForm<Values, LegalAuthorityBody> = {
  empty: () => ({
    kind: '',
    holderName: '',
    scope: '',
    reference: '',
    registeredOn: emptyDate,
    orderedOn: emptyDate,
    coversLifeSustainingTreatment: '',
    conditions: '',
    seenOn: emptyDate,
    endedOn: emptyDate,
  }),
  fromBody: (body) => ({
    kind: body.kind,
    holderName: body.holderName,
    scope: body.scope,
    reference: body.reference ?? '',
    registeredOn: dateToParts(body.kind === 'lasting_power_of_attorney' ? body.registeredOn : null),
    orderedOn: dateToParts(body.kind === 'deputyship' ? body.orderedOn : null),
    coversLifeSustainingTreatment: yesNoAnswer(
      body.kind === 'lasting_power_of_attorney' ? body.coversLifeSustainingTreatment : null,
    ),
    conditions: body.conditions ?? '',
    seenOn: dateToParts(body.seenOn),
    endedOn: dateToParts(body.endedOn),
  }),
  toBody: (v) => {
    const shared = {
      kind: chosen(v.kind),
      holderName: v.holderName,
      scope: chosen(v.scope),
      reference: v.reference,
      conditions: v.conditions,
      seenOn: dateValue(v.seenOn),
      endedOn: dateValue(v.endedOn),
    };
    if (v.kind === 'deputyship') return { ...shared, orderedOn: dateValue(v.orderedOn) };
    const coversLife = v.scope === 'health_and_welfare' ? yesNoValue(v.coversLifeSustainingTreatment) : null;
    return { ...shared, registeredOn: dateValue(v.registeredOn), coversLifeSustainingTreatment: coversLife };
  },
  check: (body) => legalAuthorityBodySchema.safeParse(body),
  intro: (name) =>
    `Record a lasting power of attorney or a deputyship only once you have seen the document or court order. An attorney or deputy decides for ${name} only within what it covers, and (for health and welfare) only where ${name} lacks capacity for the decision.`,
  Fields,
};
