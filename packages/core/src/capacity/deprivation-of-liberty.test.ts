import { describe, expect, test } from 'vitest';
import { libertyAttention, libertyBodySchema } from './deprivation-of-liberty.js';

const authorised = {
  status: 'authorised',
  appliedOn: '2026-01-05',
  authorisedOn: '2026-02-01',
  expiresOn: '2027-01-31',
  authorisedBy: 'Hertfordshire County Council',
  conditions: 'Support to visit her sister monthly',
  reviewOn: '2026-08-01',
};

const fieldsOf = (value: unknown) => {
  const result = libertyBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording a deprivation of liberty', () => {
  test.each([
    ['an authorisation with its dates', authorised, []],
    ['not needed', { status: 'not_needed' }, []],
    ['an application, dated', { status: 'application_made', appliedOn: '2026-01-05' }, []],
    ['an application, undated', { status: 'application_made' }, ['appliedOn']],
    ['authorised without dates or who authorised it', { status: 'authorised' }, ['authorisedOn', 'expiresOn', 'authorisedBy']],
    ['expiring before it was authorised', { ...authorised, expiresOn: '2026-01-31' }, ['expiresOn']],
    ['authorised before the application', { ...authorised, authorisedOn: '2026-01-01' }, ['authorisedOn']],
    ['no status', { ...authorised, status: undefined }, ['status']],
    ['a scheme not on the list', { ...authorised, scheme: 'guardianship' }, ['scheme']],
  ])('%s', (_name, value, fields) => {
    expect(fieldsOf(value)).toEqual(fields);
  });

  test('DoLS is the scheme unless another is chosen', () => {
    expect(libertyBodySchema.parse(authorised).scheme).toBe('dols');
  });

  test.each([
    ['nothing due', '2026-07-01', null],
    ['review date reached', '2026-08-01', 'review_due'],
    ['29 days before expiry: the review still shows', '2027-01-02', 'review_due'],
    ['28 days before expiry: apply to renew', '2027-01-03', 'renewal_due'],
    ['the day it expires', '2027-01-31', 'renewal_due'],
    ['the day after it expires', '2027-02-01', 'expired'],
  ])('what needs doing: %s', (_name, today, attention) => {
    expect(libertyAttention(libertyBodySchema.parse(authorised), today)).toBe(attention);
  });

  test('an application awaiting a decision needs nothing until its review date', () => {
    const application = libertyBodySchema.parse({ status: 'application_made', appliedOn: '2026-01-05' });
    expect(libertyAttention(application, '2027-06-01')).toBeNull();
  });
});
