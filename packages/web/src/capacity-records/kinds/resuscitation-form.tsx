// Whether a ReSPECT form or a DNACPR decision is in place: the recommendation, the clinician, and where the original
// form is kept, which is what staff need in an emergency.
import {
  careFocuses,
  careFocusLabels,
  cprRecommendationLabels,
  cprRecommendations,
  resuscitationRecordBodySchema,
  resuscitationStatuses,
  resuscitationStatusLabels,
  type ResuscitationRecordBody,
} from '@hearth/core';
import { dateToParts, emptyDate, type DateParts } from '../../components/DateInput';
import { ChoiceField, chosen, DateField, dateValue, optionsFrom, TextAreaField, TextField } from '../form-fields';
import type { FieldsProps, KindForm } from '../kind-form';

interface Values {
  status: string;
  cprRecommendation: string;
  careFocus: string;
  clinicianName: string;
  clinicianRole: string;
  decidedOn: DateParts;
  originalKeptAt: string;
  howStaffTold: string;
  reviewOn: DateParts;
}

function Fields({ form }: FieldsProps<Values>) {
  const { status } = form.values;
  return (
    <>
      <ChoiceField
        form={form}
        field="status"
        legend={`Does ${form.name} have a ReSPECT form or a DNACPR decision?`}
        options={optionsFrom(resuscitationStatuses, resuscitationStatusLabels)}
      />
      {status === 'respect_form' && (
        <>
          <ChoiceField
            form={form}
            field="cprRecommendation"
            legend="The CPR recommendation on the form"
            options={optionsFrom(cprRecommendations, cprRecommendationLabels)}
          />
          <ChoiceField
            form={form}
            field="careFocus"
            legend="The focus of care on the form (optional)"
            options={optionsFrom(careFocuses, careFocusLabels)}
          />
        </>
      )}
      {(status === 'respect_form' || status === 'dnacpr') && (
        <>
          <TextField form={form} field="clinicianName" path="clinician.name" label="Name of the clinician who made it" />
          <TextField
            form={form}
            field="clinicianRole"
            path="clinician.role"
            label="Their role"
            hint="For example, GP or hospital consultant"
          />
          <DateField form={form} field="decidedOn" legend="Date it was made" />
          <TextField
            form={form}
            field="originalKeptAt"
            label="Where the original form is kept"
            hint="Exactly where, so anyone can find it in an emergency: for example, purple folder on the kitchen dresser"
          />
          <TextAreaField form={form} field="howStaffTold" label="How staff and other professionals have been told (optional)" />
          <DateField form={form} field="reviewOn" legend="Date it is due to be reviewed (optional)" />
        </>
      )}
    </>
  );
}

export const resuscitationForm: KindForm<Values, ResuscitationRecordBody> = {
  empty: () => ({
    status: '',
    cprRecommendation: '',
    careFocus: '',
    clinicianName: '',
    clinicianRole: '',
    decidedOn: emptyDate,
    originalKeptAt: '',
    howStaffTold: '',
    reviewOn: emptyDate,
  }),
  fromBody: (body) =>
    body.status === 'none'
      ? { ...resuscitationForm.empty(), status: 'none' }
      : {
          status: body.status,
          cprRecommendation: body.cprRecommendation,
          careFocus: body.status === 'respect_form' ? (body.careFocus ?? '') : '',
          clinicianName: body.clinician.name,
          clinicianRole: body.clinician.role,
          decidedOn: dateToParts(body.decidedOn),
          originalKeptAt: body.originalKeptAt,
          howStaffTold: body.howStaffTold ?? '',
          reviewOn: dateToParts(body.reviewOn),
        },
  toBody: (v) => {
    if (v.status !== 'respect_form' && v.status !== 'dnacpr') return { status: chosen(v.status) };
    return {
      status: v.status,
      // A DNACPR decision always recommends against CPR; the schema fills it in.
      ...(v.status === 'respect_form' ? { cprRecommendation: chosen(v.cprRecommendation), careFocus: chosen(v.careFocus) } : {}),
      clinician: { name: v.clinicianName, role: v.clinicianRole },
      decidedOn: dateValue(v.decidedOn),
      originalKeptAt: v.originalKeptAt,
      howStaffTold: v.howStaffTold,
      reviewOn: dateValue(v.reviewOn),
    };
  },
  check: (body) => resuscitationRecordBodySchema.safeParse(body),
  intro: (name) =>
    `Record what ${name}\u2019s ReSPECT form or DNACPR decision says, exactly as the clinician wrote it, and where the original is kept. It is shown at the top of every page about ${name} and in the printed pack.`,
  Fields,
};
