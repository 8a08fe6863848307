// Recording the conversation about how a person wants their records kept: who took part, what was explained and what
// they chose. Checked with the server's rules before sending; each conversation is a new record.
import { choicesDateErrors, recordInformationChoicesBodySchema } from '@hearth/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { recordInformationChoices } from '../api/information-choices';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { failedCheck, useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { useFocusRequest } from '../plan/useFocusRequest';
import { useMe } from '../session/SessionContext';
import { bodyFor, emptyForm, type ChoicesForm } from './choices-form';
import { WhatWasDecidedFieldset, WhoTookPartFieldset } from './ChoicesFieldsets';
import { informationChoicesPath } from './InformationChoicesPanel';

const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

export function RecordChoicesPage() {
  const { person } = usePerson();
  const me = useMe();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const [form, setForm] = useState<ChoicesForm>(() => emptyForm(londonToday(), me.name));
  const onFocusRequest = useFocusRequest();
  const set = (patch: Partial<ChoicesForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };

  const { form: errors, saving, onSubmit } = useCheckedSubmit({
    check: () => {
      const parsed = recordInformationChoicesBodySchema.safeParse(bodyFor(form));
      if (!parsed.success) return parsed;
      const dateErrors = choicesDateErrors(parsed.data, londonToday());
      return dateErrors.length > 0 ? failedCheck(dateErrors) : parsed;
    },
    send: () => recordInformationChoices(person.id, bodyFor(form)),
    saved: () => void navigate(informationChoicesPath(person.id), { state: { saved: true } }),
  });

  return (
    <>
      <PageHeading
        title="Record a conversation about information choices"
        caption={person.legalName}
        hasErrors={errors.hasErrors}
        skipFocus={errors.hasErrors}
      />
      <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} />
      <p className="nhsuk-body">
        Talk with {name}, and anyone they want with them, about how they want their records kept: a paper copy in the home, the
        app, secure email, a printed copy sent to them, or a mix. Record what you explained and what they chose. Until you do,
        Hearth shows their choices as not yet discussed: silence is never consent.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <h2 className="nhsuk-heading-m">Who took part</h2>
        <WhoTookPartFieldset
          form={form}
          name={name}
          set={set}
          replace={setForm}
          errorFor={errors.errorFor}
          onFocusRequest={onFocusRequest}
        />
        <h2 className="nhsuk-heading-m">What you explained and what they chose</h2>
        <WhatWasDecidedFieldset form={form} name={name} set={set} errorFor={errors.errorFor} />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the conversation'}
        </button>
      </form>
    </>
  );
}
