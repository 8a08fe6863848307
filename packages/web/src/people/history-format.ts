// Turns the raw before-and-after values in a person's history into words a care worker can read.
import { personStatusLabels, type PersonStatus } from '@hearth/core';
import { formatDate, formatNhs } from '../format';

const fieldLabels: Record<string, string> = {
  serviceId: 'Service',
  legalName: 'Legal name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  nhsNumber: 'NHS number',
  address: 'Address',
  contacts: 'Contacts',
  gp: 'GP',
  serviceStartDate: 'Date support started',
  emergencyStart: 'Emergency start',
  status: 'Status',
  statusDate: 'Date the status changed',
  alerts: 'Allergies and alerts',
  accessDetails: 'Getting into the home',
  howToGetIn: 'How to get in',
  keySafeCode: 'Key safe code',
  line1: 'Line 1',
  line2: 'Line 2',
  town: 'Town or city',
  postcode: 'Postcode',
  practice: 'Practice',
  name: 'Name',
  phone: 'Phone',
  email: 'Email',
  relationship: 'Relationship',
  isNextOfKin: 'Next of kin',
  kind: 'Type',
  description: 'Description',
};

export function fieldLabel(field: string): string {
  const last = field.split('.').pop() ?? field;
  return fieldLabels[field] ?? fieldLabels[last] ?? field;
}

export const notRecorded = 'Not recorded';

/** One value as lines of text; nested values (contacts, alerts) become one line per item. */
export function describeValue(field: string, value: unknown, serviceName: (id: string) => string | undefined): string[] {
  if (value === null || value === undefined || value === '') return [notRecorded];
  if (Array.isArray(value)) {
    if (value.length === 0) return ['None'];
    return value.map((item) => describeValue(field, item, serviceName).join(', '));
  }
  if (typeof value === 'object') {
    return [
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined && v !== '' && v !== false)
        .map(([k, v]) =>
          v === true
            ? fieldLabel(k)
            : k === 'kind'
              ? describeScalar(k, v, serviceName)
              : `${fieldLabel(k)}: ${describeScalar(k, v, serviceName)}`,
        )
        .join(', ') || notRecorded,
    ];
  }
  return [describeScalar(field, value, serviceName)];
}

function describeScalar(field: string, value: unknown, serviceName: (id: string) => string | undefined): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value !== 'string') return String(value);
  if (field === 'serviceId') return serviceName(value) ?? 'Another service';
  if (field === 'nhsNumber') return formatNhs(value);
  if (field === 'status' && value in personStatusLabels) return personStatusLabels[value as PersonStatus];
  if (field === 'kind') return value === 'allergy' ? 'Allergy' : value === 'alert' ? 'Alert' : value;
  if (/date$/i.test(field) || field === 'dateOfBirth') return formatDate(value);
  return value;
}
