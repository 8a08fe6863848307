// Reads what someone typed into the people search: an NHS number, a date of birth or a name.
import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number.js';

export type PeopleSearch =
  | { kind: 'all' }
  | { kind: 'nhs_number'; value: string }
  | { kind: 'date_of_birth'; value: string }
  | { kind: 'name'; value: string };

export function parsePeopleSearch(input: string | undefined): PeopleSearch {
  const q = (input ?? '').trim();
  if (q === '') return { kind: 'all' };
  if (/^[\d\s-]+$/.test(q) && isValidNhsNumber(q)) return { kind: 'nhs_number', value: normaliseNhsNumber(q) };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(q);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(q);
  const parts = iso ? [iso[1], iso[2], iso[3]] : uk ? [uk[3], uk[2], uk[1]] : null;
  if (parts) {
    const [y, m, d] = parts.map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d) {
      return { kind: 'date_of_birth', value: date.toISOString().slice(0, 10) };
    }
  }
  return { kind: 'name', value: q };
}
