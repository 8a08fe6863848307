// Recording an ABC record straight after an incident, on a phone: one column, today and the time now filled in,
// earlier behaviours suggested, checked with the server's own rules before sending. A correction starts from the
// record it replaces and asks why. The record's client id is made once, so sending it again never stores it twice.
import type { AbcRecordList, AbcRecordView } from '@hearth/core';
import { useRef, useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { isApiError } from '../api/client';
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDateTime } from '../format';
import { useFormErrors } from '../forms/useFormErrors';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { newClientId } from '../visit-records/visit-form-state';
import { createAbcRecord, listAbcRecords } from './abc-api';
import { abcFormFrom, buildAbcBody, initialAbcForm, type AbcForm } from './abc-form-state';
import { AbcFormFields } from './AbcFormFields';
import type { AbcRecordsPageState } from './AbcRecordsPage';
import './abc-records.css';

export function AbcFormPage() {
  const { person } = usePerson();
  const me = useMe();
  const [params] = useSearchParams();
  const supersedes = params.get('supersedes');
  const records = useLoaded(() => listAbcRecords(person.id), [person.id]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'behaviour_record', person.serviceId);
  const title = supersedes ? 'Correct an ABC record' : 'Record an ABC record';

  const stop = (message: string) => (
    <>
      <PageHeading title={title} caption={person.legalName} />
      <p className="nhsuk-body">{message}</p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={behaviourSupportPaths.abc(person.id)}>
          Go to the ABC records
        </Link>
      </p>
    </>
  );
  if (!mayRecord)
    return stop(
      person.isReadOnly
        ? 'This record is closed: it can be read but not changed.'
        : 'You cannot record ABC records for this person. Staff who support them can.',
    );
  if (records.kind === 'loading') return <Loading what="Loading the form" />;
  if (records.kind === 'failed') return stop(records.message);
  const replacing = supersedes ? records.value.records.find((r) => r.id === supersedes) : undefined;
  if (supersedes && (!replacing || !replacing.current))
    return stop(
      replacing
        ? 'That record has already been corrected by a newer one. Correct the newer record instead.'
        : 'That record could not be found.',
    );
  return <Form key={supersedes ?? 'new'} title={title} list={records.value} replacing={replacing ?? null} />;
}

function Form({ title, list, replacing }: { title: string; list: AbcRecordList; replacing: AbcRecordView | null }) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const [form, setForm] = useState<AbcForm>(() => (replacing ? abcFormFrom(replacing) : initialAbcForm(new Date())));
  const clientId = useRef(newClientId());
  const [sending, setSending] = useState(false);
  const errors = useFormErrors();
  const set = (patch: Partial<AbcForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };

  const send = async () => {
    errors.countAttempt();
    errors.setProblem(undefined);
    const built = buildAbcBody(form, { clientId: clientId.current, now: new Date(), supersedes: replacing?.id ?? null });
    if (!built.ok) {
      errors.setErrors(built.errors);
      return;
    }
    errors.setErrors([]);
    setSending(true);
    try {
      const record = await createAbcRecord(person.id, built.body);
      const state: AbcRecordsPageState = {
        saved: { recordId: record.id, restrictive: record.restrictiveInterventionUsed, corrected: replacing !== null },
      };
      void navigate(behaviourSupportPaths.abc(person.id), { state });
    } catch (error) {
      if (isApiError(error, 'conflict')) {
        errors.setProblem(
          'A different record was already sent from this form. Check the ABC records, and correct it there if something needs changing.',
        );
      } else if (isApiError(error) && error.fieldErrors.some((e) => e.field === 'supersedes')) {
        errors.setProblem(
          'Someone corrected this record while you were writing. Go back to the ABC records to see the newer one.',
        );
      } else if (isApiError(error) && (error.status === 0 || error.status >= 500)) {
        errors.setProblem('The record could not be sent. Check your connection and send it again: it will be saved only once.');
      } else {
        errors.showRefusal(error);
      }
    } finally {
      setSending(false);
    }
  };
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!sending) void send();
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading title={title} caption={person.legalName} hasErrors={errors.hasErrors} skipFocus={errors.hasErrors} />
        <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt}>
          {errors.problem !== undefined && (
            <p>
              <Link to={behaviourSupportPaths.abc(person.id)}>See {name}&rsquo;s ABC records</Link>
            </p>
          )}
        </ErrorSummary>
        {replacing ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              You are correcting the record of {formatDateTime(replacing.occurredAt)}, written by {replacing.recordedBy.name}. It
              stays readable, marked as corrected, and only this new record is counted.
            </p>
          </div>
        ) : (
          <p className="nhsuk-body">
            Write down what happened as soon as you can, while you remember it. Once saved, a record is not changed: you can
            correct it with a new one.
          </p>
        )}
        <form onSubmit={onSubmit} noValidate className="hearth-abc-form">
          <AbcFormFields form={form} set={set} errorFor={errors.errorFor} name={name} behaviours={list.behaviours} />
          {replacing && (
            <Textarea
              name="supersedeReason"
              label="Why are you correcting it?"
              hint="For example, the time was wrong."
              value={form.supersedeReason}
              onChange={(supersedeReason) => {
                set({ supersedeReason });
              }}
              error={errors.errorFor('supersedeReason')}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={sending}>
            {sending ? 'Saving…' : 'Save the ABC record'}
          </button>
        </form>
      </div>
    </div>
  );
}
