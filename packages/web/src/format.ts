// How dates, names and times are shown.
import { formatNhsNumber } from '@hearth/core';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** A calendar date (YYYY-MM-DD) as "2 March 1944"; shown as given if it cannot be read. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function formatNhs(nhsNumber: string | null | undefined): string {
  return nhsNumber ? formatNhsNumber(nhsNumber) : '';
}

export function displayName(person: { legalName: string; preferredName: string | null }): string {
  return person.preferredName && person.preferredName !== person.legalName
    ? `${person.legalName} (${person.preferredName})`
    : person.legalName;
}
