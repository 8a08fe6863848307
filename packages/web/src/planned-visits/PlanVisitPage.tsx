// Planning a visit: who is visited, by which care worker of the service, on which day and from when to when (on a
// clock in England). Checked here by the same rules the server applies, then planned; back to the day's rounds.
import { londonDay, plannedVisitFormBody, plannedVisitFormField, type FieldError, type PersonSummary, type PlannedVisitCreateBody } from '@hearth/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { searchPeople } from '../api/people';
import { getPlannedVisitDay, planVisit } from '../api/planned-visits';
import { listServices } from '../api/staff';
import { DateInput, dateToParts, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select, TextInput } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { displayName } from '../format';
import { failedCheck, useCheckedSubmit } from '../forms/useCheckedSubmit';
import { NotFoundContent } from '../pages/NotFoundPage';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { clockAt } from '../visit-records/visit-tags';
import { TimeInput } from '../visit-records/TimeInput';
import { roundsPath, type RoundsNotice } from './RoundsPage';
import { longDay } from './visit-days';

const isSupported = (p: PersonSummary) => p.status === 'active' || p.status === 'in_hospital';

export function PlanVisitPage() {
  const me = useMe();
  const [params] = useSearchParams();
  const serviceId = params.get('service') ?? '';
  const date = params.get('date') ?? '';
  const loaded = useLoaded(async () => {
    const [services, people, day] = await Promise.all([listServices(), searchPeople({}), getPlannedVisitDay(serviceId, date || londonDay(new Date()))]);
    return { service: services.find((s) => s.id === serviceId), people: people.filter((p) => p.serviceId === serviceId && isSupported(p)), workers: day.workers };
  }, [serviceId, date]);

  if (!mayInService(me, 'create', 'planned_visit', serviceId)) return <NotFoundContent />;
  if (loaded.kind === 'loading') return <Loading what="Loading the service" />;
  if (loaded.kind === 'failed' || !loaded.value.service) {
    return (
      <>
        <PageHeading title="Plan a visit" />
        <p className="nhsuk-body">{loaded.kind === 'failed' ? loaded.message : 'That service could not be found.'}</p>
      </>
    );
  }
  return <PlanVisitForm serviceId={serviceId} serviceName={loaded.value.service.name} date={date} people={loaded.value.people} workers={loaded.value.workers} />;
}

interface FormProps {
  serviceId: string;
  serviceName: string;
  date: string;
  people: PersonSummary[];
  workers: { id: string; name: string }[];
}

function PlanVisitForm({ serviceId, serviceName, date, people, workers }: FormProps) {
  const navigate = useNavigate();
  const [personId, setPersonId] = useState('');
  const [staffId, setStaffId] = useState('');
  const [day, setDay] = useState<DateParts>(dateToParts(date));
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [label, setLabel] = useState('');
  const back = roundsPath(serviceId, partsToDate(day) || date);

  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => {
      const read = plannedVisitFormBody({ personId, staffId, date: partsToDate(day), startTime, endTime, label }, new Date());
      return 'body' in read ? { success: true as const, data: read.body } : failedCheck<PlannedVisitCreateBody>(read.errors);
    },
    send: planVisit,
    saved: (visit) => {
      const onDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(visit.startsAt));
      const notice = `${visit.staff.name} will visit ${displayName(visit.person)} on ${longDay(onDay)}, ${clockAt(visit.startsAt)} to ${clockAt(visit.endsAt)}.`;
      void navigate(roundsPath(serviceId, onDay), { state: { notice } satisfies RoundsNotice });
    },
    // The server names the instants; the form shows them beside the times typed.
    placeErrors: (errors: FieldError[]) => errors.map((e) => ({ ...e, field: plannedVisitFormField[e.field] ?? e.field })),
  });

  return (
    <>
      <BackLink to={back}>Back to the rounds</BackLink>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      <PageHeading title="Plan a visit" caption={serviceName} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <form onSubmit={onSubmit} noValidate>
        <Select
          name="personId"
          label="Who is visited"
          value={personId}
          onChange={setPersonId}
          placeholder="Choose a person"
          options={people.map((p) => ({ value: p.id, label: displayName(p) }))}
          error={form.errorFor('personId')}
        />
        <Select
          name="staffId"
          label="Care worker"
          hint={`Staff who work in ${serviceName}.`}
          value={staffId}
          onChange={setStaffId}
          placeholder="Choose a care worker"
          options={workers.map((w) => ({ value: w.id, label: w.name }))}
          error={form.errorFor('staffId')}
        />
        <DateInput name="date" legend="Day of the visit" hint="For example, 5 3 2026" value={day} onChange={setDay} error={form.errorFor('date')} />
        <TimeInput name="startTime" label="Starts at" hint="On a 24-hour clock, for example 08:00" value={startTime} onChange={setStartTime} error={form.errorFor('startTime')} />
        <TimeInput
          name="endTime"
          label="Ends at"
          hint="A time before the start means the visit runs past midnight."
          value={endTime}
          onChange={setEndTime}
          error={form.errorFor('endTime')}
        />
        <TextInput
          name="label"
          label="Name of the visit (optional)"
          hint="As the plan names it, for example Morning visit, so the visit record starts from it."
          value={label}
          onChange={setLabel}
          error={form.errorFor('label')}
          maxLength={120}
        />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Planning…' : 'Plan the visit'}
        </button>
      </form>
    </>
  );
}
