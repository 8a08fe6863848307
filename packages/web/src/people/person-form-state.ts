// What the person form holds (strings as typed) and how it becomes the body the schemas and the server read.
import { formatNhsNumber, type Person, type PersonStatus } from '@hearth/core';
import { dateToParts, emptyDate, partsToDate, type DateParts } from '../components/DateInput';

export interface ContactForm {
  /** Only for React's list keys; never sent. */
  key: number;
  name: string;
  relationship: string;
  phone: string;
  email: string;
  isNextOfKin: boolean;
}

export interface AlertForm {
  key: number;
  kind: 'allergy' | 'alert' | '';
  description: string;
}

export interface PersonFormState {
  serviceId: string;
  legalName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: DateParts;
  nhsNumber: string;
  address: { line1: string; line2: string; town: string; postcode: string };
  contacts: ContactForm[];
  gp: { practice: string; name: string; phone: string };
  serviceStartDate: DateParts;
  emergencyStart: boolean;
  status: PersonStatus;
  statusDate: DateParts;
  alerts: AlertForm[];
  accessDetails: { howToGetIn: string; keySafeCode: string };
  reason: string;
}

let nextKey = 1;
export const newKey = (): number => nextKey++;

export const emptyContact = (): ContactForm => ({
  key: newKey(),
  name: '',
  relationship: '',
  phone: '',
  email: '',
  isNextOfKin: false,
});

export const emptyAlert = (): AlertForm => ({ key: newKey(), kind: '', description: '' });

export function emptyPersonForm(serviceId = ''): PersonFormState {
  return {
    serviceId,
    legalName: '',
    preferredName: '',
    pronouns: '',
    dateOfBirth: emptyDate,
    nhsNumber: '',
    address: { line1: '', line2: '', town: '', postcode: '' },
    contacts: [],
    gp: { practice: '', name: '', phone: '' },
    serviceStartDate: emptyDate,
    emergencyStart: false,
    status: 'active',
    statusDate: emptyDate,
    alerts: [],
    accessDetails: { howToGetIn: '', keySafeCode: '' },
    reason: '',
  };
}

export function personFormFrom(person: Person): PersonFormState {
  return {
    serviceId: person.serviceId,
    legalName: person.legalName,
    preferredName: person.preferredName ?? '',
    pronouns: person.pronouns ?? '',
    dateOfBirth: dateToParts(person.dateOfBirth),
    nhsNumber: person.nhsNumber ? formatNhsNumber(person.nhsNumber) : '',
    address: {
      line1: person.address.line1,
      line2: person.address.line2 ?? '',
      town: person.address.town,
      postcode: person.address.postcode,
    },
    contacts: person.contacts.map((c) => ({
      key: newKey(),
      name: c.name,
      relationship: c.relationship,
      phone: c.phone ?? '',
      email: c.email ?? '',
      isNextOfKin: c.isNextOfKin,
    })),
    gp: { practice: person.gp?.practice ?? '', name: person.gp?.name ?? '', phone: person.gp?.phone ?? '' },
    serviceStartDate: dateToParts(person.serviceStartDate),
    emergencyStart: person.emergencyStart,
    status: person.status,
    statusDate: dateToParts(person.statusDate),
    alerts: person.alerts.map((a) => ({ key: newKey(), kind: a.kind, description: a.description })),
    accessDetails: {
      howToGetIn: person.accessDetails?.howToGetIn ?? '',
      keySafeCode: person.accessDetails?.keySafeCode ?? '',
    },
    reason: '',
  };
}

const optionalDate = (parts: DateParts): string | null => {
  const value = partsToDate(parts);
  return value === '' ? null : value;
};

/**
 * The request body, as typed: the schemas trim, normalise and check it, in the browser first and then on the server.
 * Access details are left out unless the user may change them, so the server keeps what is there.
 */
export function personBodyFrom(state: PersonFormState, options: { includeAccessDetails: boolean }): Record<string, unknown> {
  const gpGiven = state.gp.practice.trim() !== '' || state.gp.name.trim() !== '' || state.gp.phone.trim() !== '';
  const body: Record<string, unknown> = {
    serviceId: state.serviceId,
    legalName: state.legalName,
    preferredName: state.preferredName,
    pronouns: state.pronouns,
    dateOfBirth: partsToDate(state.dateOfBirth),
    nhsNumber: state.nhsNumber,
    address: { ...state.address },
    contacts: state.contacts.map(({ key: _key, ...contact }) => contact),
    gp: gpGiven ? { ...state.gp } : null,
    serviceStartDate: optionalDate(state.serviceStartDate),
    emergencyStart: state.emergencyStart,
    status: state.status,
    statusDate: optionalDate(state.statusDate),
    alerts: state.alerts.map(({ key: _key, kind, description }) => ({ kind: kind === '' ? undefined : kind, description })),
  };
  if (options.includeAccessDetails) body.accessDetails = { ...state.accessDetails };
  return body;
}
