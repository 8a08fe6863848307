// Recording a person's information and communication needs: steps 1 and 2 of the Accessible Information Standard
// (ask, record), checked with the server's rules before sending; a change is a new version and says why.
import { needsDateErrors, saveCommunicationNeedsBodySchema, type CommunicationNeedsResponse } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { getCommunicationNeeds, saveCommunicationNeeds } from '../api/communication-needs';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { communicationNeedsPath } from './CommunicationFlag';
import { AskFieldset, RecordFieldset } from './NeedsFieldsets';
import { bodyFor, formFor, type NeedsForm } from './needs-form';
import './communication-needs.css';

const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

export function CommunicationNeedsEditPage() {
  const { person } = usePerson();
  const loaded = useLoaded(() => getCommunicationNeeds(person.id), [person.id]);
  if (loaded.kind === 'loading') return <Loading what="Loading their needs" />;
  if (loaded.kind === 'failed') {
    return (
      <>
        <PageHeading title="Record information and communication needs" caption={person.legalName} />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  }
  return <NeedsEditor loaded={loaded.value} />;
}

function NeedsEditor({ loaded }: { loaded: CommunicationNeedsResponse }) {
  const { person, reload } = usePerson();
  const me = useMe();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const latestVersion = loaded.current?.version ?? 0;
  const [form, setForm] = useState<NeedsForm>(() => formFor(loaded.current?.needs ?? null, me.name));
  const [saving, setSaving] = useState(false);
  const errors = useFormErrors();
  const set = (patch: Partial<NeedsForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const title = loaded.current ? 'Change information and communication needs' : 'Record information and communication needs';

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    errors.countAttempt();
    errors.setProblem(undefined);
    const parsed = saveCommunicationNeedsBodySchema.safeParse(bodyFor(form, latestVersion));
    if (!parsed.success) {
      errors.setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    const dateErrors = needsDateErrors(parsed.data.needs, londonToday());
    if (dateErrors.length > 0) {
      errors.setErrors(dateErrors);
      return;
    }
    errors.setErrors([]);
    setSaving(true);
    try {
      await saveCommunicationNeeds(person.id, bodyFor(form, latestVersion));
      // The flag under the person's name comes with the record: fetch it again so every page shows the new needs.
      await reload();
      void navigate(communicationNeedsPath(person.id), { state: { saved: true } });
    } catch (error) {
      if (isApiError(error, 'conflict_stale_version')) errors.setProblem(error.problem.detail ?? error.problem.title);
      else errors.showRefusal(error);
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeading title={title} caption={person.legalName} hasErrors={errors.hasErrors} skipFocus={errors.hasErrors} />
      <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <h2 className="nhsuk-heading-m">Step 1: ask</h2>
        <p className="nhsuk-body">
          Ask {name}, or someone who knows them well, how they like to get information and to communicate. Ask at the first visit
          and at every review.
        </p>
        <AskFieldset form={form} name={name} set={set} errorFor={errors.errorFor} />
        <h2 className="nhsuk-heading-m">Step 2: record</h2>
        <p className="nhsuk-body">Record what they need clearly, in their words where you can.</p>
        <RecordFieldset form={form} name={name} set={set} errorFor={errors.errorFor} />
        {loaded.current && (
          <Textarea
            name="reason"
            label="Why are the needs changing?"
            value={form.reason}
            onChange={(v) => {
              set({ reason: v });
            }}
            error={errors.errorFor('reason')}
          />
        )}
        <h2 className="nhsuk-heading-m">Steps 3 to 5: flag, share and act</h2>
        <p className="nhsuk-body">
          Once saved, Hearth shows these needs beside {name} wherever they appear, includes them in the pack for the home and in
          the plan in other formats, and offers the plan in the format they need first.
        </p>
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save their needs'}
        </button>
      </form>
    </>
  );
}
