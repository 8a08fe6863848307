import { expect, test } from 'vitest';
import { diffRecords } from './person-diff.js';

test('lists only the fields that changed, whatever the key order of nested objects', () => {
  const before = { legalName: 'Ann Lee', address: { town: 'Leeds', line1: '1 High St' }, alerts: [] };
  const after = { legalName: 'Ann Lee', address: { line1: '1 High St', town: 'Leeds' }, alerts: [{ kind: 'allergy', description: 'Penicillin' }] };
  expect(diffRecords(before, after)).toEqual([{ field: 'alerts', from: [], to: [{ kind: 'allergy', description: 'Penicillin' }] }]);
});

test('a first version lists every field it sets', () => {
  expect(diffRecords(null, { legalName: 'Ann Lee', pronouns: null })).toEqual([{ field: 'legalName', from: null, to: 'Ann Lee' }]);
});
