// Recording a visit or shift on a phone: which planned visit, arrival and departure, each task done or not (and
// why), food and fluid, personal care, mood in the person's words, and concerns to escalate. The record's client
// id is made once, so sending it again after a lost connection never stores it twice.
import { ateChoiceLabels, ateChoices, nearestPlannedVisit, type PlannedVisits } from '@hearth/core';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { isApiError } from '../api/client';
import { createVisitRecord, getPlannedVisits } from '../api/visit-records';
import { ErrorSummary } from '../components/ErrorSummary';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { Textarea, TextInput } from '../components/fields';
import { useFormErrors } from '../forms/useFormErrors';
import { usePerson } from '../people/PersonLayout';
import { Radios } from '../plan/Radios';
import { useLoaded } from '../plan-views/useLoaded';
import { ConcernsFieldset } from './ConcernsFieldset';
import { TaskFieldset } from './TaskFieldset';
import { TimeInput } from './TimeInput';
import { buildBody, initialForm, newClientId, tasksOf, type VisitForm } from './visit-form-state';
import { useMe } from '../session/SessionContext';
import { plannedVisitsFromCopies } from '../offline/offline-planned-visits';
import { keepInOutbox } from '../offline/outbox-store';
import type { SavedOnPhoneState } from '../offline/WaitingToSend';
import './visit-records.css';

export function RecordVisitPage() {
  const { person } = usePerson();
  // Without signal the day's visits are worked out on the phone from the kept plan.
  const loaded = useLoaded(() => getPlannedVisits(person.id).catch((error: unknown) => plannedVisitsFromCopies(person, error)), [person.id]);
  if (loaded.kind === 'loading') return <Loading what="Loading the planned visits" />;
  if (loaded.kind === 'failed') {
    return (
      <>
        <PageHeading title="Record a visit" />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  }
  return <VisitFormPage planned={loaded.value} />;
}

function VisitFormPage({ planned }: { planned: PlannedVisits }) {
  const { person } = usePerson();
  const me = useMe();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const [form, setForm] = useState<VisitForm>(() => initialForm(nearestPlannedVisit(planned.visits, new Date()) ?? undefined, new Date()));
  const clientId = useRef(newClientId());
  const [sending, setSending] = useState(false);
  const errors = useFormErrors();
  const isShift = planned.kind === 'shift';
  const title = isShift ? 'Record a shift' : 'Record a visit';
  const set = <K extends keyof VisitForm>(key: K) => (value: VisitForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
  };

  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    errors.countAttempt();
    errors.setProblem(undefined);
    const built = buildBody(form, { clientId: clientId.current, kind: planned.kind, planned: planned.visits, now: new Date() });
    if (!built.ok) {
      errors.setErrors(built.errors);
      return;
    }
    errors.setErrors([]);
    setSending(true);
    try {
      const record = await createVisitRecord(person.id, built.body);
      void navigate(`/people/${person.id}/visits/${record.id}`, { state: { recorded: true } });
    } catch (error) {
      if (isApiError(error, 'conflict')) {
        errors.setProblem('A different record was already sent from this form. Check the visit records, and add a correction there if something needs changing.');
      } else if (isApiError(error) && (error.status === 0 || error.status >= 500)) {
        // No signal, or Hearth is down: the record is kept on the phone at once and sent when the connection returns.
        const isKept = await keepInOutbox({ staffId: me.staffId, personId: person.id, personName: person.legalName, body: built.body });
        if (isKept) {
          void navigate(`/people/${person.id}`, { state: { savedOnPhone: built.body.clientId } satisfies SavedOnPhoneState });
          return;
        }
        errors.setProblem('The record could not be sent. Check your connection and send it again: it will be saved only once.');
      } else {
        errors.showRefusal(error);
      }
    } finally {
      setSending(false);
    }
  };

  const visitOptions = [
    ...planned.visits.map((v) => ({ value: v.label, label: v.time ? `${v.label} (${v.time})` : v.label })),
    {
      value: '',
      label: isShift ? 'Something else' : 'A visit not in the plan',
      conditional: <TextInput name="visitLabel" label="What was it?" value={form.otherLabel} onChange={set('otherLabel')} error={errors.errorFor('visitLabel')} />,
    },
  ];

  return (
    <>
      <PageHeading title={title} caption={person.legalName} hasErrors={errors.hasErrors} skipFocus={errors.hasErrors} />
      <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt}>
        {errors.problem?.startsWith('A different record') && (
          <p>
            <Link to={`/people/${person.id}/visits`}>See {name}’s visit records</Link>
          </p>
        )}
      </ErrorSummary>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Radios
          name="visit"
          legend={<h2 className="nhsuk-fieldset__heading">{isShift ? 'Which part of the day?' : 'Which visit is this?'}</h2>}
          legendClassName="nhsuk-fieldset__legend--m"
          hint={planned.visits.length === 0 ? `${name}’s plan in use sets out no visits.` : 'The visit nearest the time now is chosen for you.'}
          value={form.visit}
          onChange={(label) => {
            setForm((f) => ({ ...f, visit: label, tasks: tasksOf(planned.visits.find((v) => v.label === label)) }));
          }}
          options={visitOptions}
        />
        <TimeInput name="arrivedAt" label="Time you arrived" hint="Filled in with the time now. Change it if you arrived earlier." value={form.arrivedAt} onChange={set('arrivedAt')} error={errors.errorFor('arrivedAt')} />
        <TimeInput name="leftAt" label="Time you left (optional)" hint="Leave it empty if you are still here." value={form.leftAt} onChange={set('leftAt')} error={errors.errorFor('leftAt')} />

        {form.tasks.length > 0 && (
          <>
            <h2 className="nhsuk-heading-m">Tasks from the plan</h2>
            {form.tasks.map((task, index) => (
              <TaskFieldset
                key={task.stepId}
                index={index}
                task={task}
                errorFor={errors.errorFor}
                onChange={(changed) => {
                  setForm((f) => ({ ...f, tasks: f.tasks.map((t, i) => (i === index ? changed : t)) }));
                }}
              />
            ))}
          </>
        )}

        <h2 className="nhsuk-heading-m">Food and drink</h2>
        <Radios
          name="content.foodAndFluid.ate"
          legend="How much did they eat?"
          value={form.ate}
          onChange={set('ate')}
          error={errors.errorFor('content.foodAndFluid.ate')}
          options={ateChoices.map((c) => ({ value: c, label: ateChoiceLabels[c] }))}
        />
        <TextInput
          name="content.foodAndFluid.drankMl"
          label="How much did they drink, in millilitres? (optional)"
          hint="A mug is about 250 ml."
          value={form.drankMl}
          onChange={set('drankMl')}
          inputMode="numeric"
          widthClass="nhsuk-input--width-5"
          error={errors.errorFor('content.foodAndFluid.drankMl')}
        />
        <Textarea name="content.foodAndFluid.notes" label="What they ate and drank (optional)" value={form.foodNotes} onChange={set('foodNotes')} error={errors.errorFor('content.foodAndFluid.notes')} rows={2} />

        <h2 className="nhsuk-heading-m">How they are</h2>
        <Textarea name="content.personalCare" label="Personal care (optional)" value={form.personalCare} onChange={set('personalCare')} error={errors.errorFor('content.personalCare')} />
        <Textarea
          name="content.mood"
          label={`Mood, in ${name}’s own words (optional)`}
          hint="Write down what they said about how they feel."
          value={form.mood}
          onChange={set('mood')}
          error={errors.errorFor('content.mood')}
        />
        <Textarea name="content.wellbeing" label="Wellbeing (optional)" hint="What you noticed." value={form.wellbeing} onChange={set('wellbeing')} error={errors.errorFor('content.wellbeing')} />

        <ConcernsFieldset concerns={form.concerns} onChange={set('concerns')} errorFor={errors.errorFor} />

        <button className="nhsuk-button" type="submit" disabled={sending}>
          {sending ? 'Saving…' : isShift ? 'Save the shift record' : 'Save the visit record'}
        </button>
      </form>
    </>
  );
}
