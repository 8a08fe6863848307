// A deprivation of liberty: the scheme, where the application or authorisation stands, its dates and conditions.
import {
  libertyBodySchema,
  libertySchemeLabels,
  libertySchemes,
  libertyStatusLabels,
  libertyStatuses,
  type LibertyBody,
} from '@hearth/core';
import { dateToParts, emptyDate, type DateParts } from '../../components/DateInput';
import { ChoiceField, chosen, DateField, dateValue, optionsFrom, TextAreaField, TextField } from '../form-fields';
import type { FieldsProps, KindForm } from '../kind-form';

interface Values {
  scheme: string;
  status: string;
  appliedOn: DateParts;
  authorisedOn: DateParts;
  expiresOn: DateParts;
  authorisedBy: string;
  conditions: string;
  reviewOn: DateParts;
}

const applied = (status: string) => status === 'application_made' || status === 'authorised' || status === 'not_authorised';

function Fields({ form }: FieldsProps<Values>) {
  const { status } = form.values;
  return (
    <>
      <ChoiceField form={form} field="scheme" legend="Which scheme?" options={optionsFrom(libertySchemes, libertySchemeLabels)} />
      <ChoiceField
        form={form}
        field="status"
        legend="Where does it stand?"
        options={optionsFrom(libertyStatuses, libertyStatusLabels)}
      />
      {applied(status) && (
        <DateField
          form={form}
          field="appliedOn"
          legend={status === 'application_made' ? 'Date the application was made' : 'Date the application was made (optional)'}
        />
      )}
      {status === 'authorised' && (
        <>
          <DateField form={form} field="authorisedOn" legend="Date it was authorised" />
          <DateField
            form={form}
            field="expiresOn"
            legend="Date the authorisation expires"
            hint="Apply to renew it at least 28 days before. For example, 15 3 2027"
          />
          <TextField
            form={form}
            field="authorisedBy"
            label="Who authorised it"
            hint="The supervisory body (usually the council) or the court"
          />
          <TextAreaField
            form={form}
            field="conditions"
            label="Conditions attached (optional)"
            hint="Each condition, as written on the authorisation"
            rows={5}
          />
        </>
      )}
      <DateField form={form} field="reviewOn" legend="Date it is next reviewed (optional)" />
    </>
  );
}

export const libertyForm: KindForm<Values, LibertyBody> = {
  empty: () => ({
    scheme: 'dols',
    status: '',
    appliedOn: emptyDate,
    authorisedOn: emptyDate,
    expiresOn: emptyDate,
    authorisedBy: '',
    conditions: '',
    reviewOn: emptyDate,
  }),
  fromBody: (body) => ({
    scheme: body.scheme,
    status: body.status,
    appliedOn: dateToParts(body.appliedOn),
    authorisedOn: dateToParts(body.authorisedOn),
    expiresOn: dateToParts(body.expiresOn),
    authorisedBy: body.authorisedBy ?? '',
    conditions: body.conditions ?? '',
    reviewOn: dateToParts(body.reviewOn),
  }),
  toBody: (v) => {
    // Answers under a status no longer chosen are not sent: they no longer describe the record.
    const isAuthorised = v.status === 'authorised';
    return {
      scheme: chosen(v.scheme),
      status: chosen(v.status),
      appliedOn: applied(v.status) ? dateValue(v.appliedOn) : '',
      authorisedOn: isAuthorised ? dateValue(v.authorisedOn) : '',
      expiresOn: isAuthorised ? dateValue(v.expiresOn) : '',
      authorisedBy: isAuthorised ? v.authorisedBy : '',
      conditions: isAuthorised ? v.conditions : '',
      reviewOn: dateValue(v.reviewOn),
    };
  },
  check: (body) => libertyBodySchema.safeParse(body),
  intro: (name) =>
    `Record whether ${name} is deprived of their liberty here and, if so, the application or authorisation that makes it lawful. Hearth shows when a renewal or review is due.`,
  Fields,
};
