// The log-a-request form's answers turned into the body the server takes, checked with the same schema and timing
// rules the server uses, so the form shows the errors the server would give.
import {
  createDataRequestBodySchema,
  dataRequestTimingErrors,
  londonInstant,
  minutesOf,
  type CreateDataRequestBody,
  type FieldError,
} from '@hearth/core';
import { partsToDate, type DateParts } from '../components/DateInput';
import { fieldErrorsFromIssues } from '../forms/field-ids';

export interface RequestFormState {
  serviceId: string;
  personIds: string[];
  name: string;
  organisation: string;
  role: string;
  email: string;
  phone: string;
  whatAsked: string;
  receivedDate: DateParts;
  receivedTime: string;
  /** 'default' (24 hours after receipt) or 'set'. */
  deadline: string;
  dueDate: DateParts;
  dueTime: string;
  dueReason: string;
}

/** A date and a 24-hour time typed in England, as an instant; null when either is not real. */
function instantOf(date: DateParts, time: string): string | null {
  const day = partsToDate(date);
  const minute = minutesOf(time.trim());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || minute === null || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return null;
  return londonInstant(day, minute).toISOString();
}

/** The body to send, or the errors to show, keyed by the fields on the form. */
export function requestBodyFrom(state: RequestFormState, now: Date): { body: CreateDataRequestBody } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const receivedAt = instantOf(state.receivedDate, state.receivedTime);
  if (receivedAt === null) {
    if (partsToDate(state.receivedDate) === '' || Number.isNaN(Date.parse(`${partsToDate(state.receivedDate)}T00:00:00Z`))) {
      errors.push({ field: 'receivedAt', message: 'Enter the date the request was received' });
    } else errors.push({ field: 'receivedTime', message: 'Enter the time the request was received, for example 09:30' });
  }
  let dueAt: string | null = null;
  if (state.deadline === 'set') {
    dueAt = instantOf(state.dueDate, state.dueTime);
    if (dueAt === null) errors.push({ field: 'dueAt', message: 'Enter the date and time of the deadline, for example 17:00' });
  } else if (state.deadline !== 'default') {
    errors.push({ field: 'deadline', message: 'Choose when the request is due' });
  }
  const parsed = createDataRequestBodySchema.safeParse({
    serviceId: state.serviceId || undefined,
    requester: { name: state.name, organisation: state.organisation, role: state.role || undefined, email: state.email, phone: state.phone },
    personIds: state.personIds,
    whatAsked: state.whatAsked,
    receivedAt: receivedAt ?? now.toISOString(),
    dueAt,
    dueReason: state.deadline === 'set' ? state.dueReason : null,
  });
  if (!parsed.success) errors.push(...fieldErrorsFromIssues(parsed.error.issues).map(onForm));
  if (errors.length > 0 || !parsed.success) return { errors };
  const timing = dataRequestTimingErrors(parsed.data, now);
  return timing.length > 0 ? { errors: timing.map(onForm) } : { body: parsed.data };
}

/** A server field as the form names it: every "personIds.N" is the people list as a whole. */
export function onForm(error: FieldError): FieldError {
  return /^personIds\.\d+$/.test(error.field) ? { ...error, field: 'personIds' } : error;
}
