// One form for every detail of a person, used to add someone and to edit their record.
import { useEffect, useState, type SyntheticEvent, type ReactNode } from 'react';
import {
  createPersonBodySchema,
  personStatuses,
  personStatusLabels,
  updatePersonBodySchema,
  type FieldError,
  type PersonStatus,
  type Service,
} from '@hearth/core';
import { isApiError } from '../api/client';
import { mayAnywhere, mayInService } from '../access/permissions';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Checkbox, Select, TextInput, Textarea } from '../components/fields';
import { PageHeading } from '../components/PageHeading';
import { errorsByField, fieldErrorsFromIssues } from '../forms/field-ids';
import { useMe } from '../session/SessionContext';
import { AlertsFieldset } from './AlertsFieldset';
import { ContactsFieldset } from './ContactsFieldset';
import { personBodyFrom, type PersonFormState } from './person-form-state';

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

type Refusal = { kind: 'stale' } | { kind: 'read_only' } | { kind: 'other'; message: string };

export function PersonForm({ mode, title, initial, version, services, onSave, onReloadLatest, cancel }: Props) {
  const me = useMe();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [isSaving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState<string | null>(null);

  useEffect(() => {
    if (focusRequest === null) return;
    document.getElementById(focusRequest)?.focus();
    setFocusRequest(null);
  }, [focusRequest]);

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
  const setIn = <K extends 'address' | 'gp' | 'accessDetails'>(key: K, patch: Partial<PersonFormState[K]>) => {
    setForm((f) => ({ ...f, [key]: { ...f[key], ...patch } }));
  };

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
      if (isApiError(error, 'conflict_stale_version')) setRefusal({ kind: 'stale' });
      else if (isApiError(error, 'record_read_only')) setRefusal({ kind: 'read_only' });
      else if (isApiError(error) && error.fieldErrors.length > 0) setErrors(error.fieldErrors);
      else if (isApiError(error)) setRefusal({ kind: 'other', message: error.problem.detail ?? error.problem.title });
      else setRefusal({ kind: 'other', message: 'Something went wrong. Try again.' });
    } finally {
      setSaving(false);
    }
  };

  const hasErrors = errors.length > 0 || refusal !== null;
  return (
    <>
      {refusal?.kind === 'stale' ? (
        <StaleVersion attempt={attempt} onReloadLatest={onReloadLatest} />
      ) : (
        <ErrorSummary
          errors={errors}
          focusKey={attempt}
          description={
            refusal?.kind === 'read_only'
              ? 'This record is closed (support has ended or the person has died), so it can no longer be changed.'
              : refusal?.kind === 'other'
                ? refusal.message
                : undefined
          }
        />
      )}
      <PageHeading title={title} hasErrors={hasErrors} skipFocus={hasErrors} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="hearth-person-form">
        <h2 className="nhsuk-heading-m">About the person</h2>
        <TextInput
          name="legalName"
          label="Legal name"
          hint="Their full name as it appears on official documents"
          autoComplete="off"
          spellCheck={false}
          value={form.legalName}
          onChange={(v) => {
            set('legalName', v);
          }}
          error={errorFor('legalName')}
        />
        <TextInput
          name="preferredName"
          label="Preferred name (optional)"
          hint="What they like to be called"
          autoComplete="off"
          spellCheck={false}
          widthClass="nhsuk-input--width-20"
          value={form.preferredName}
          onChange={(v) => {
            set('preferredName', v);
          }}
          error={errorFor('preferredName')}
        />
        <TextInput
          name="pronouns"
          label="Pronouns (optional)"
          hint="For example, she/her, he/him or they/them"
          autoComplete="off"
          widthClass="nhsuk-input--width-10"
          value={form.pronouns}
          onChange={(v) => {
            set('pronouns', v);
          }}
          error={errorFor('pronouns')}
        />
        <DateInput
          name="dateOfBirth"
          legend="Date of birth"
          hint="For example, 2 3 1944"
          value={form.dateOfBirth}
          onChange={(v) => {
            set('dateOfBirth', v);
          }}
          error={errorFor('dateOfBirth')}
        />
        <TextInput
          name="nhsNumber"
          label="NHS number (optional)"
          hint="10 digits, for example 943 476 5919"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          widthClass="nhsuk-input--width-10"
          value={form.nhsNumber}
          onChange={(v) => {
            set('nhsNumber', v);
          }}
          error={errorFor('nhsNumber')}
        />

        <AlertsFieldset
          alerts={form.alerts}
          onChange={(alerts) => {
            set('alerts', alerts);
          }}
          errorFor={errorFor}
          onFocusRequest={setFocusRequest}
        />

        <fieldset className="nhsuk-fieldset hearth-section">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">Address</h2>
          </legend>
          <TextInput
            name="address.line1"
            label="Address line 1"
            autoComplete="off"
            value={form.address.line1}
            onChange={(v) => {
              setIn('address', { line1: v });
            }}
            error={errorFor('address.line1')}
          />
          <TextInput
            name="address.line2"
            label="Address line 2 (optional)"
            autoComplete="off"
            value={form.address.line2}
            onChange={(v) => {
              setIn('address', { line2: v });
            }}
            error={errorFor('address.line2')}
          />
          <TextInput
            name="address.town"
            label="Town or city"
            autoComplete="off"
            widthClass="nhsuk-u-width-two-thirds"
            value={form.address.town}
            onChange={(v) => {
              setIn('address', { town: v });
            }}
            error={errorFor('address.town')}
          />
          <TextInput
            name="address.postcode"
            label="Postcode"
            autoComplete="off"
            spellCheck={false}
            widthClass="nhsuk-input--width-10"
            value={form.address.postcode}
            onChange={(v) => {
              setIn('address', { postcode: v });
            }}
            error={errorFor('address.postcode')}
          />
        </fieldset>

        {mayEditAccess && (
          <fieldset className="nhsuk-fieldset hearth-section">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
              <h2 className="nhsuk-fieldset__heading">Getting into the home</h2>
            </legend>
            <div className="nhsuk-hint">Only staff working in the person&rsquo;s service can see these details.</div>
            <Textarea
              name="accessDetails.howToGetIn"
              label="How to get in (optional)"
              hint="For example, use the side door; ring twice and wait"
              value={form.accessDetails.howToGetIn}
              onChange={(v) => {
                setIn('accessDetails', { howToGetIn: v });
              }}
              error={errorFor('accessDetails.howToGetIn')}
            />
            <TextInput
              name="accessDetails.keySafeCode"
              label="Key safe code (optional)"
              autoComplete="off"
              spellCheck={false}
              widthClass="nhsuk-input--width-10"
              value={form.accessDetails.keySafeCode}
              onChange={(v) => {
                setIn('accessDetails', { keySafeCode: v });
              }}
              error={errorFor('accessDetails.keySafeCode')}
            />
          </fieldset>
        )}

        <fieldset className="nhsuk-fieldset hearth-section">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">Support</h2>
          </legend>
          <Select
            name="serviceId"
            label="Service"
            hint="The care home or homecare branch that supports the person"
            value={form.serviceId}
            placeholder="Choose a service"
            options={serviceOptions}
            onChange={(v) => {
              set('serviceId', v);
            }}
            error={errorFor('serviceId')}
          />
          <DateInput
            name="serviceStartDate"
            legend="Date support started (optional)"
            hint="For example, 15 1 2024"
            value={form.serviceStartDate}
            onChange={(v) => {
              set('serviceStartDate', v);
            }}
            error={errorFor('serviceStartDate')}
          />
          <Checkbox
            name="emergencyStart"
            label="Support started in an emergency, before a plan could be written"
            checked={form.emergencyStart}
            onChange={(v) => {
              set('emergencyStart', v);
            }}
          />
          <Select
            name="status"
            label="Status"
            value={form.status}
            options={personStatuses.map((s) => ({ value: s, label: personStatusLabels[s] }))}
            onChange={(v) => {
              set('status', (personStatuses as readonly string[]).includes(v) ? (v as PersonStatus) : 'active');
            }}
            error={errorFor('status')}
          />
          <DateInput
            name="statusDate"
            legend="Date the status changed"
            hint="Needed unless the person is receiving support. For example, 3 6 2025"
            value={form.statusDate}
            onChange={(v) => {
              set('statusDate', v);
            }}
            error={errorFor('statusDate')}
          />
        </fieldset>

        <ContactsFieldset
          contacts={form.contacts}
          onChange={(contacts) => {
            set('contacts', contacts);
          }}
          errorFor={errorFor}
          onFocusRequest={setFocusRequest}
        />

        <fieldset className="nhsuk-fieldset hearth-section" id="gp">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
            <h2 className="nhsuk-fieldset__heading">GP (optional)</h2>
          </legend>
          <TextInput
            name="gp.practice"
            label="GP practice"
            autoComplete="off"
            value={form.gp.practice}
            onChange={(v) => {
              setIn('gp', { practice: v });
            }}
            error={errorFor('gp.practice')}
          />
          <TextInput
            name="gp.name"
            label="GP name (optional)"
            autoComplete="off"
            value={form.gp.name}
            onChange={(v) => {
              setIn('gp', { name: v });
            }}
            error={errorFor('gp.name')}
          />
          <TextInput
            name="gp.phone"
            label="GP phone number (optional)"
            type="tel"
            autoComplete="off"
            widthClass="nhsuk-input--width-20"
            value={form.gp.phone}
            onChange={(v) => {
              setIn('gp', { phone: v });
            }}
            error={errorFor('gp.phone')}
          />
        </fieldset>

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

function StaleVersion({ attempt, onReloadLatest }: { attempt: number; onReloadLatest: (() => void) | undefined }) {
  return (
    <ErrorSummary
      errors={[]}
      focusKey={attempt}
      heading="Someone else changed this record after you opened it"
      description="Your changes have not been saved. What you typed is still in the form below. Reloading shows the latest version and replaces what you typed, so note anything you need first."
    >
      {onReloadLatest && (
        <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" onClick={onReloadLatest}>
          Reload the latest version
        </button>
      )}
    </ErrorSummary>
  );
}
