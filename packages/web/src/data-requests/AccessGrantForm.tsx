// Answering an open request with a time-limited, read-only access grant: the officer (as the request names them),
// the people and parts of the record they may see, and when the access ends (7 days ahead unless changed, UK time).
// Checked with the server's own schema and rules, so the form shows the errors the server would give.
import {
  accessGrantBodySchema,
  accessGrantErrors,
  clockTime,
  defaultGrantEnd,
  londonDay,
  londonInstant,
  londonMinuteOfDay,
  longestGrantDays,
  minutesOf,
  recordPartHints,
  recordPartLabels,
  recordParts,
  type AccessGrantBody,
  type DataRequest,
  type FieldError,
  type IssuedAccessGrant,
} from '@hearth/core';
import { useState } from 'react';
import { giveAccessGrant } from '../api/data-requests';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { dateToParts, DateInput, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextInput } from '../components/fields';
import { displayName } from '../format';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { failedCheck, useCheckedSubmit } from '../forms/useCheckedSubmit';


/** A group of checkboxes under one legend; the first box takes the field's id, so the error summary can reach it. */
/** A date and a 24-hour time typed in England, as an instant; null when either is not real. */
function instantOf(date: DateParts, time: string): string | null {
  const day = partsToDate(date);
  const minute = minutesOf(time.trim());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || minute === null || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return null;
  return londonInstant(day, minute).toISOString();
}

export function AccessGrantForm({ request, onGranted }: { request: DataRequest; onGranted: (issued: IssuedAccessGrant) => void }) {
  const [officerName, setOfficerName] = useState(request.requester.name);
  const [officerEmail, setOfficerEmail] = useState(request.requester.email);
  const [personIds, setPersonIds] = useState<string[]>(request.people.map((p) => p.id));
  const [parts, setParts] = useState<string[]>([]);
  const [end] = useState(() => defaultGrantEnd(new Date()));
  const [endDate, setEndDate] = useState<DateParts>(dateToParts(londonDay(end)));
  const [endTime, setEndTime] = useState(clockTime(londonMinuteOfDay(end)));
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => {
      const errors: FieldError[] = [];
      const expiresAt = instantOf(endDate, endTime);
      if (expiresAt === null) errors.push({ field: 'expiresAt', message: 'Enter the date and time the access ends, for example 17:00' });
      const parsed = accessGrantBodySchema.safeParse({ officerName, officerEmail, personIds, parts, expiresAt: expiresAt ?? new Date().toISOString() });
      if (!parsed.success) errors.push(...fieldErrorsFromIssues(parsed.error.issues).map((e) => ({ ...e, field: e.field.replace(/\.\d+$/, '') })));
      else if (expiresAt !== null) errors.push(...accessGrantErrors(parsed.data, { personIds: request.people.map((p) => p.id) }, new Date()));
      return errors.length > 0 || !parsed.success ? failedCheck<AccessGrantBody>(errors) : parsed;
    },
    send: (data) => giveAccessGrant(request.id, data),
    saved: onGranted,
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="access-grant-heading">
      <h2 className="nhsuk-heading-m" id="access-grant-heading">Answer with an access grant</h2>
      <p className="nhsuk-body">
        Give the officer read-only access to the parts of the record they need, until a set time. They get a link to set up
        their sign-in. This answers the request: it is recorded as answered now.
      </p>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} headingId="access-grant-errors" />
      <TextInput name="officerName" label="Officer’s name" value={officerName} onChange={setOfficerName} error={form.errorFor('officerName')} />
      <TextInput
        name="officerEmail" label="Officer’s email address" hint="The link is for them alone: they sign in with this address"
        type="email" autoComplete="off" spellCheck={false} value={officerEmail} onChange={setOfficerEmail} error={form.errorFor('officerEmail')}
      />
      <CheckboxGroup
        name="personIds" legend="Whose record they may see" hint="Only people named in the request."
        options={request.people.map((p) => ({ value: p.id, label: displayName(p) }))}
        values={personIds} onChange={setPersonIds} error={form.errorFor('personIds')}
      />
      <CheckboxGroup
        name="parts" legend="What they may see" hint="Choose only what they need for this request."
        options={recordParts.map((p) => ({ value: p, label: recordPartLabels[p], hint: recordPartHints[p] }))}
        values={parts} onChange={setParts} error={form.errorFor('parts')}
      />
      <DateInput
        name="expiresAt" legend="Access until" hint={`UK time. At most ${longestGrantDays} days from now; 7 days is offered.`}
        value={endDate} onChange={setEndDate} error={form.errorFor('expiresAt')}
      />
      <TextInput
        name="expiresTime" label="Time access ends" hint="On the 24-hour clock, for example 17:00"
        widthClass="nhsuk-input--width-5" value={endTime} onChange={setEndTime} error={form.errorFor('expiresTime')}
      />
      <button className="nhsuk-button" type="submit" disabled={saving}>{saving ? 'Giving access…' : 'Give access and answer the request'}</button>
    </form>
  );
}
