// Recording a restrictive intervention straight after it happened (often on a phone), or correcting one: the form,
// checked with the server's own rules before sending, with the error summary, and back to the register once saved.
import type { RestrictiveInterventionRegister, RestrictiveInterventionView } from '@hearth/core';
import { useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { ErrorSummary } from '../components/ErrorSummary';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { Textarea } from '../components/fields';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { newClientId } from '../visit-records/visit-form-state';
import { getRegister, recordIntervention, registerPaths } from './api';
import { InterventionFields } from './InterventionFields';
import {
  checkInterventionForm,
  emptyInterventionForm,
  formFromRecord,
  placeInterventionErrors,
  type InterventionForm,
} from './intervention-form-state';
import type { RegisterPageState } from './RegisterPage';
import { interventionTitle } from './register-text';
import './restrictive-interventions.css';

export function InterventionFormPage() {
  const { person } = usePerson();
  const me = useMe();
  const [params] = useSearchParams();
  const register = useLoaded(() => getRegister(person.id), [person.id]);
  const supersedes = params.get('supersedes');
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'restrictive_intervention', person.serviceId);
  const title = supersedes ? 'Correct a restrictive intervention' : 'Record a restrictive intervention';

  if (!mayRecord)
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed: it can be read but not changed.'
            : 'You cannot record restrictive interventions for this person. Staff who support them can.'}
        </p>
      </>
    );
  if (register.kind === 'loading') return <Loading what="Loading the register" />;
  if (register.kind === 'failed') return <p className="nhsuk-body">{register.message}</p>;
  const replacing = supersedes ? register.value.interventions.find((i) => i.id === supersedes) : undefined;
  if (supersedes && (!replacing || !replacing.current))
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {replacing ? 'That record has already been corrected by a newer one.' : 'That record could not be found.'}{' '}
          <Link className="nhsuk-link" to={registerPaths.register(person.id)}>
            Go back to the register
          </Link>{' '}
          to correct the current record.
        </p>
      </>
    );
  return <Form key={supersedes ?? 'new'} title={title} register={register.value} replacing={replacing ?? null} />;
}

function Form({
  title,
  register,
  replacing,
}: {
  title: string;
  register: RestrictiveInterventionRegister;
  replacing: RestrictiveInterventionView | null;
}) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  // Made once for this form and kept across every retry, so a resend is stored once.
  const clientId = useRef(newClientId());
  const [values, setValues] = useState<InterventionForm>(() =>
    replacing ? formFromRecord(replacing) : emptyInterventionForm(londonToday()),
  );
  const set = (patch: Partial<InterventionForm>) => {
    setValues((v) => ({ ...v, ...patch }));
  };

  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () =>
      checkInterventionForm(values, { clientId: clientId.current, supersedes: replacing?.id ?? null, now: new Date() }),
    send: (body) => recordIntervention(person.id, body),
    saved: () => {
      void navigate(registerPaths.register(person.id), {
        state: { saved: replacing ? 'corrected' : 'recorded' } satisfies RegisterPageState,
      });
    },
    placeErrors: placeInterventionErrors,
  });

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading title={title} caption={person.legalName} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        {replacing ? (
          <p className="nhsuk-body">
            This corrects the record of the {interventionTitle(replacing).toLowerCase()}. The record as first written is kept,
            marked as corrected.
          </p>
        ) : (
          <p className="nhsuk-body">
            Record every use of restrictive practice with {name} as soon as you can after it happens. Say what was tried first,
            and whether it followed {name}&rsquo;s behaviour support plan.
          </p>
        )}
        <form onSubmit={onSubmit} noValidate>
          <InterventionFields form={values} set={set} errorFor={form.errorFor} name={name} abcChoices={register.abcRecords} />
          {replacing && (
            <Textarea
              name="supersedeReason"
              label="Why this corrects the earlier record"
              value={values.supersedeReason}
              onChange={(supersedeReason) => {
                set({ supersedeReason });
              }}
              error={form.errorFor('supersedeReason')}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the record'}
          </button>
        </form>
      </div>
    </div>
  );
}
