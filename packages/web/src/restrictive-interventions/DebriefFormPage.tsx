// Recording the debrief after a restrictive intervention, with the person (their account in their own words) or with
// the staff involved: who took part, the account, what could be done differently, and whether the plan needs changing.
import {
  restrictiveInterventionDebriefDateErrors,
  restrictiveInterventionDebriefPostSchema,
  type RestrictiveInterventionDebriefPost,
  type RestrictiveInterventionView,
} from '@hearth/core';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { DateInput, dateToParts, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { Textarea } from '../components/fields';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { failedCheck, useCheckedSubmit, type Checked } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { Radios } from '../plan/Radios';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { getRegister, recordDebrief, registerPaths } from './api';
import type { RegisterPageState } from './RegisterPage';
import { interventionTitle, minutesText } from './register-text';
import './restrictive-interventions.css';

export function DebriefFormPage() {
  const { person } = usePerson();
  const me = useMe();
  const { interventionId = '' } = useParams();
  const register = useLoaded(() => getRegister(person.id), [person.id]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'restrictive_intervention', person.serviceId);
  const title = 'Record a debrief';
  if (!mayRecord)
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">You cannot record debriefs for this person. Staff who support them can.</p>
      </>
    );
  if (register.kind === 'loading') return <Loading what="Loading the register" />;
  if (register.kind === 'failed') return <p className="nhsuk-body">{register.message}</p>;
  const use = register.value.interventions.find((i) => i.id === interventionId);
  if (!use || !use.current)
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {use
            ? 'That record has been corrected by a newer one: record the debrief against the newer record.'
            : 'That record could not be found.'}{' '}
          <Link className="nhsuk-link" to={registerPaths.register(person.id)}>
            Go back to the register
          </Link>
        </p>
      </>
    );
  return <DebriefForm use={use} />;
}

interface DebriefValues {
  withWhom: string;
  heldOn: DateParts;
  participants: string;
  account: string;
  couldBeDoneDifferently: string;
  planChangeNeeded: string;
  planChangeWhat: string;
}

function DebriefForm({ use }: { use: RestrictiveInterventionView }) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const name = person.preferredName ?? person.legalName;
  const asked = params.get('with');
  const [values, setValues] = useState<DebriefValues>({
    withWhom: asked === 'person' || asked === 'staff' ? asked : '',
    heldOn: dateToParts(londonToday()),
    participants: '',
    account: '',
    couldBeDoneDifferently: '',
    planChangeNeeded: '',
    planChangeWhat: '',
  });
  const set = (patch: Partial<DebriefValues>) => {
    setValues((v) => ({ ...v, ...patch }));
  };

  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => checkDebrief(values, use.startedAt),
    send: (body) => recordDebrief(use.id, body),
    saved: () => {
      void navigate(registerPaths.register(person.id), { state: { saved: 'debrief' } satisfies RegisterPageState });
    },
  });
  const withPerson = values.withWhom === 'person';

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading
          title={`Record a debrief${withPerson ? ` with ${name}` : values.withWhom === 'staff' ? ' with staff' : ''}`}
          caption={person.legalName}
          hasErrors={form.hasErrors}
          skipFocus={form.hasErrors}
        />
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <p className="nhsuk-body">
          After the {interventionTitle(use).toLowerCase()}, lasting {minutesText(use.durationMinutes)}. Debriefs are due within 72
          hours: one with {name}, in a way and at a time that suits them, and one with the staff involved.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <Radios
            name="withWhom"
            legend="Who was the debrief with?"
            value={values.withWhom}
            options={[
              { value: 'person', label: name },
              { value: 'staff', label: 'The staff involved' },
            ]}
            onChange={(withWhom) => {
              set({ withWhom });
            }}
            error={form.errorFor('withWhom')}
          />
          <DateInput
            name="heldOn"
            legend="Date it was held"
            hint="For example, 14 3 2026"
            value={values.heldOn}
            onChange={(heldOn) => {
              set({ heldOn });
            }}
            error={form.errorFor('heldOn')}
          />
          <Textarea
            name="body.participants"
            label="Who took part"
            rows={2}
            value={values.participants}
            onChange={(participants) => {
              set({ participants });
            }}
            error={form.errorFor('body.participants')}
          />
          <Textarea
            name="body.account"
            label={
              withPerson
                ? `What ${name} said about what happened, in their own words`
                : 'What happened, as the staff involved describe it'
            }
            hint={withPerson ? 'Write down their words as they said them, or how they showed you' : undefined}
            rows={5}
            value={values.account}
            onChange={(account) => {
              set({ account });
            }}
            error={form.errorFor('body.account')}
          />
          <Textarea
            name="body.couldBeDoneDifferently"
            label="What could be done differently"
            value={values.couldBeDoneDifferently}
            onChange={(couldBeDoneDifferently) => {
              set({ couldBeDoneDifferently });
            }}
            error={form.errorFor('body.couldBeDoneDifferently')}
          />
          <Radios
            name="body.planChange.needed"
            legend={`Does ${name}\u2019s behaviour support plan need changing?`}
            value={values.planChangeNeeded}
            options={[
              { value: 'no', label: 'No' },
              {
                value: 'yes',
                label: 'Yes',
                conditional: (
                  <Textarea
                    name="body.planChange.what"
                    label="What needs changing"
                    value={values.planChangeWhat}
                    onChange={(planChangeWhat) => {
                      set({ planChangeWhat });
                    }}
                    error={form.errorFor('body.planChange.what')}
                  />
                ),
              },
            ]}
            onChange={(planChangeNeeded) => {
              set({ planChangeNeeded });
            }}
            error={form.errorFor('body.planChange.needed')}
          />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the debrief'}
          </button>
        </form>
      </div>
    </div>
  );
}

/** The debrief to send, or every error the server would give, the date checked against the use and today. */
function checkDebrief(values: DebriefValues, startedAt: string): Checked<RestrictiveInterventionDebriefPost> {
  const parsed = restrictiveInterventionDebriefPostSchema.safeParse({
    withWhom: values.withWhom === '' ? undefined : values.withWhom,
    heldOn: partsToDate(values.heldOn),
    body: {
      participants: values.participants,
      account: values.account,
      couldBeDoneDifferently: values.couldBeDoneDifferently,
      planChange: {
        needed: values.planChangeNeeded === '' ? undefined : values.planChangeNeeded === 'yes',
        what: values.planChangeWhat,
      },
    },
  });
  if (!parsed.success) return failedCheck(fieldErrorsFromIssues(parsed.error.issues));
  const dateErrors = restrictiveInterventionDebriefDateErrors(parsed.data.heldOn, startedAt, londonToday());
  return dateErrors.length > 0 ? failedCheck(dateErrors) : parsed;
}
