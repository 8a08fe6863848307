// One form for every detail of a person, used to add someone and to edit their record: the form's state, checking
// and saving it, and its parts in order (each part in its own file).
import { useState, type ReactNode, type SyntheticEvent } from 'react';
import { createPersonBodySchema, updatePersonBodySchema, type FieldError, type Service } from '@hearth/core';
import { mayAnywhere, mayInService } from '../access/permissions';
import { Textarea } from '../components/fields';
import { PageHeading } from '../components/PageHeading';
import { errorsByField, fieldErrorsFromIssues } from '../forms/field-ids';
import { useFocusRequest } from '../plan/useFocusRequest';
import { useMe } from '../session/SessionContext';
import { AboutPersonFields } from './AboutPersonFields';
import { AddressFieldset } from './AddressFieldset';
import { AlertsFieldset } from './AlertsFieldset';
import { ContactsFieldset } from './ContactsFieldset';
import { GpFieldset } from './GpFieldset';
import { HomeAccessFieldset } from './HomeAccessFieldset';
import { personBodyFrom, type PersonFormState } from './person-form-state';
import type { NestedPart, PersonFieldsProps } from './person-fields-props';
import { PersonFormProblems, personRefusalFrom, type PersonRefusal } from './PersonFormProblems';
import { SupportFieldset } from './SupportFieldset';

interface Props {
  mode: 'create' | 'edit';
  title: string;
  initial: PersonFormState;
  /** Only in edit mode: the version the form started from. */
  version?: number;
  services: Service[];
  /** Sends the body; throws ApiError when the server refuses. */
  onSave: (body: Record<string, unknown>) => Promise<void>;
  /** Edit mode: load the latest version after someone else changed the record. */
  onReloadLatest?: () => void;
  cancel: ReactNode;
}

export function PersonForm({ mode, title, initial, version, services, onSave, onReloadLatest, cancel }: Props) {
  const me = useMe();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refusal, setRefusal] = useState<PersonRefusal | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [isSaving, setSaving] = useState(false);
  const setFocusRequest = useFocusRequest();

  const action = mode === 'create' ? 'create' : 'update';
  const serviceOptions = services
    .filter((s) => mayInService(me, action, 'person', s.id) || s.id === initial.serviceId)
    .map((s) => ({ value: s.id, label: s.name }));
  const mayEditAccess = form.serviceId
    ? mayInService(me, 'update', 'person_access_details', form.serviceId)
    : mayAnywhere(me, 'update', 'person_access_details');

  const byField = errorsByField(errors);
  const errorFor = (path: string) => byField.get(path);
  const set = <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
  };
  const setIn = <K extends NestedPart>(key: K, patch: Partial<PersonFormState[K]>) => {
    setForm((f) => ({ ...f, [key]: { ...f[key], ...patch } }));
  };
  const parts: PersonFieldsProps = { form, set, setIn, errorFor };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setRefusal(null);
    const body = personBodyFrom(form, { includeAccessDetails: mayEditAccess });
    if (mode === 'edit') Object.assign(body, { version, reason: form.reason });
    const parsed = (mode === 'create' ? createPersonBodySchema : updatePersonBodySchema).safeParse(body);
    if (!parsed.success) {
      setErrors(fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    setErrors([]);
    setSaving(true);
    try {
      await onSave(body);
    } catch (error) {
      const refused = personRefusalFrom(error);
      if ('refusal' in refused) setRefusal(refused.refusal);
      else setErrors(refused.fieldErrors);
    } finally {
      setSaving(false);
    }
  };

  const hasErrors = errors.length > 0 || refusal !== null;
  return (
    <>
      <PersonFormProblems errors={errors} refusal={refusal} attempt={attempt} onReloadLatest={onReloadLatest} />
      <PageHeading title={title} hasErrors={hasErrors} skipFocus={hasErrors} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="hearth-person-form">
        <AboutPersonFields {...parts} />

        <AlertsFieldset
          alerts={form.alerts}
          onChange={(alerts) => {
            set('alerts', alerts);
          }}
          errorFor={errorFor}
          onFocusRequest={setFocusRequest}
        />

        <AddressFieldset {...parts} />

        {mayEditAccess && <HomeAccessFieldset {...parts} />}

        <SupportFieldset {...parts} serviceOptions={serviceOptions} />

        <ContactsFieldset
          contacts={form.contacts}
          onChange={(contacts) => {
            set('contacts', contacts);
          }}
          errorFor={errorFor}
          onFocusRequest={setFocusRequest}
        />

        <GpFieldset {...parts} />

        {mode === 'edit' && (
          <Textarea
            name="reason"
            label="Reason for the change (optional)"
            hint="This is kept in the record's history, for example: daughter's phone number changed"
            value={form.reason}
            onChange={(v) => {
              set('reason', v);
            }}
            error={errorFor('reason')}
          />
        )}

        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={isSaving}>
            {mode === 'create' ? 'Save person' : 'Save changes'}
          </button>
          {cancel}
        </div>
      </form>
    </>
  );
}
