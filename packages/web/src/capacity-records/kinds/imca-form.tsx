// An independent mental capacity advocate instructed for a decision, so everyone knows to involve them.
import { imcaBodySchema, type ImcaBody } from '@hearth/core';
import { dateToParts, emptyDate, type DateParts } from '../../components/DateInput';
import { DateField, dateValue, TextField } from '../form-fields';
import type { FieldsProps, KindForm } from '../kind-form';

interface Values {
  name: string;
  organisation: string;
  decision: string;
  instructedOn: DateParts;
  contact: string;
  endedOn: DateParts;
}

function Fields({ form }: FieldsProps<Values>) {
  return (
    <>
      <TextField form={form} field="name" label="The advocate's name" />
      <TextField form={form} field="organisation" label="Their advocacy organisation" />
      <TextField
        form={form}
        field="decision"
        label={`The decision they support ${form.name} with`}
        hint="For example, a move to a care home, or serious medical treatment"
      />
      <DateField form={form} field="instructedOn" legend="Date they were instructed" />
      <TextField form={form} field="contact" label="How to contact them (optional)" hint="A phone number or email address" />
      <DateField form={form} field="endedOn" legend="Date their involvement ended (optional)" />
    </>
  );
}

export const imcaForm: KindForm<Values, ImcaBody> = {
  empty: () => ({ name: '', organisation: '', decision: '', instructedOn: emptyDate, contact: '', endedOn: emptyDate }),
  fromBody: (body) => ({
    name: body.name,
    organisation: body.organisation,
    decision: body.decision,
    instructedOn: dateToParts(body.instructedOn),
    contact: body.contact ?? '',
    endedOn: dateToParts(body.endedOn),
  }),
  toBody: (v) => ({ ...v, instructedOn: dateValue(v.instructedOn), endedOn: dateValue(v.endedOn) }),
  check: (body) => imcaBodySchema.safeParse(body),
  intro: (name) =>
    `An independent mental capacity advocate (IMCA) supports ${name} with a serious decision when they lack capacity for it and there is no one else appropriate to consult.`,
  Fields,
};
