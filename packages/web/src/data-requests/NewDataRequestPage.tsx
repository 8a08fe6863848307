// Logging a request for records: the service and the people it is about, who asked, what they asked for, when it
// arrived and when it is due (24 hours after receipt unless another deadline was agreed).
import { clockTime, londonDay, londonMinuteOfDay, requesterRoleLabels, requesterRoles, type PersonSummary } from '@hearth/core';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { isApiError } from '../api/client';
import { logDataRequest } from '../api/data-requests';
import { searchPeople } from '../api/people';
import { listServices } from '../api/staff';
import { dateToParts, DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Select, Textarea, TextInput } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { useFormErrors } from '../forms/useFormErrors';
import { Radios } from '../plan/Radios';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { onForm, requestBodyFrom, type RequestFormState } from './data-request-form';
import { PeopleChooser } from './PeopleChooser';

function initialState(serviceId: string): RequestFormState {
  const now = new Date();
  return {
    serviceId, personIds: [], name: '', organisation: '', role: '', email: '', phone: '', whatAsked: '',
    receivedDate: dateToParts(londonDay(now)), receivedTime: clockTime(londonMinuteOfDay(now)),
    deadline: 'default', dueDate: dateToParts(londonDay(now)), dueTime: '', dueReason: '',
  };
}

export function NewDataRequestPage() {
  const me = useMe();
  const navigate = useNavigate();
  const services = useLoaded(async () => (await listServices()).filter((s) => mayInService(me, 'create', 'data_request', s.id)), [me]);
  const [state, setState] = useState<RequestFormState | null>(null);
  const [people, setPeople] = useState<PersonSummary[] | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();
  const set = (change: Partial<RequestFormState>) => { setState((s) => (s ? { ...s, ...change } : s)); };

  useEffect(() => {
    if (services.kind === 'ready' && state === null) setState(initialState(services.value.length === 1 ? (services.value[0]?.id ?? '') : ''));
  }, [services, state]);

  const serviceId = state?.serviceId ?? '';
  useEffect(() => {
    setPeople(null);
    if (serviceId === '') return;
    let live = true;
    void searchPeople({}).then((all) => { if (live) setPeople(all.filter((p) => p.serviceId === serviceId && p.status !== 'ended' && p.status !== 'died')); }, () => { if (live) setPeople([]); });
    return () => { live = false; };
  }, [serviceId]);

  if (services.kind === 'failed') return <><PageHeading title="Log a data request" /><p className="nhsuk-body">{services.message}</p></>;
  if (services.kind === 'loading' || state === null) return <Loading what="Loading the form" />;
  if (services.value.length === 0) {
    return <><PageHeading title="Log a data request" /><p className="nhsuk-body">You do not have permission to log data requests for any service.</p></>;
  }

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const result = requestBodyFrom(state, new Date());
    if ('errors' in result) { form.setErrors(result.errors); return; }
    form.setErrors([]);
    setSaving(true);
    try {
      const created = await logDataRequest(result.body);
      void navigate(`/data-requests/${created.id}`, { state: { logged: true } });
    } catch (error) {
      if (isApiError(error) && error.fieldErrors.length > 0) form.setErrors(error.fieldErrors.map(onForm));
      else form.showRefusal(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <BackLink to="/data-requests">Back to data requests</BackLink>
      <PageHeading title="Log a data request" hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <Select
          name="serviceId" label="Service" value={state.serviceId} placeholder="Choose a service" error={form.errorFor('serviceId')}
          options={services.value.map((s) => ({ value: s.id, label: s.name }))}
          onChange={(v) => { set({ serviceId: v, personIds: [] }); }}
        />
        {state.serviceId !== '' && (people === null ? <Loading what="Loading the people of this service" /> : (
          <PeopleChooser people={people} chosen={state.personIds} onChange={(ids) => { set({ personIds: ids }); }} error={form.errorFor('personIds')} />
        ))}
        <h2 className="nhsuk-heading-m">Who asked</h2>
        <TextInput name="requester.name" label="Their name" value={state.name} onChange={(v) => { set({ name: v }); }} error={form.errorFor('requester.name')} autoComplete="off" />
        <TextInput name="requester.organisation" label="Their organisation" hint="For example, Leeds City Council adult social care" value={state.organisation} onChange={(v) => { set({ organisation: v }); }} error={form.errorFor('requester.organisation')} />
        <Radios
          name="requester.role" legend="Their role" value={state.role} onChange={(v) => { set({ role: v }); }} error={form.errorFor('requester.role')}
          options={requesterRoles.map((r) => ({ value: r, label: requesterRoleLabels[r] }))}
        />
        <TextInput name="requester.email" label="Their email address" type="email" autoComplete="off" spellCheck={false} value={state.email} onChange={(v) => { set({ email: v }); }} error={form.errorFor('requester.email')} />
        <TextInput name="requester.phone" label="Their phone number (optional)" type="tel" widthClass="nhsuk-input--width-20" value={state.phone} onChange={(v) => { set({ phone: v }); }} error={form.errorFor('requester.phone')} />
        <h2 className="nhsuk-heading-m">The request</h2>
        <Textarea name="whatAsked" label="What they asked for" hint="The records and the period, as they put it" rows={4} value={state.whatAsked} onChange={(v) => { set({ whatAsked: v }); }} error={form.errorFor('whatAsked')} />
        <DateInput name="receivedAt" legend="Date received" value={state.receivedDate} onChange={(v) => { set({ receivedDate: v }); }} error={form.errorFor('receivedAt')} />
        <TextInput name="receivedTime" label="Time received" hint="On the 24-hour clock, for example 09:30" widthClass="nhsuk-input--width-5" value={state.receivedTime} onChange={(v) => { set({ receivedTime: v }); }} error={form.errorFor('receivedTime')} />
        <Radios
          name="deadline" legend="When it is due" value={state.deadline} onChange={(v) => { set({ deadline: v }); }} error={form.errorFor('deadline')}
          options={[
            { value: 'default', label: '24 hours after it was received' },
            {
              value: 'set', label: 'Another deadline (sooner if they asked, or later if agreed with them)',
              conditional: (
                <>
                  <DateInput name="dueAt" legend="Date due" value={state.dueDate} onChange={(v) => { set({ dueDate: v }); }} error={form.errorFor('dueAt')} />
                  <TextInput name="dueTime" label="Time due" hint="On the 24-hour clock, for example 17:00" widthClass="nhsuk-input--width-5" value={state.dueTime} onChange={(v) => { set({ dueTime: v }); }} />
                  <Textarea name="dueReason" label="Why later than 24 hours (if it is)" hint="For example, what was agreed with them and when" rows={2} value={state.dueReason} onChange={(v) => { set({ dueReason: v }); }} error={form.errorFor('dueReason')} />
                </>
              ),
            },
          ]}
        />
        <button className="nhsuk-button" type="submit" disabled={saving}>{saving ? 'Saving…' : 'Log the request'}</button>
      </form>
    </>
  );
}
