import { expect, test } from 'vitest';
import { parsePeopleSearch } from './search-query.js';

test.each([
  ['', { kind: 'all' }],
  ['943 476 5919', { kind: 'nhs_number', value: '9434765919' }],
  ['1944-03-02', { kind: 'date_of_birth', value: '1944-03-02' }],
  ['2/3/1944', { kind: 'date_of_birth', value: '1944-03-02' }],
  ['31/02/1944', { kind: 'name', value: '31/02/1944' }],
  ['Mary', { kind: 'name', value: 'Mary' }],
  ['1234567890', { kind: 'name', value: '1234567890' }],
])('%j is read as %j', (input, expected) => {
  expect(parsePeopleSearch(input)).toEqual(expected);
});
