import { describe, expect, test } from 'vitest';
import { consentAuthorityLimit, consentBodySchema, consentState, type ConsentRecord, type ConsentScope } from './consent.js';
import type { AuthorityFacts } from './legal-authority.js';

const given = {
  scope: { kind: 'plan_section', sectionKey: 'personal_care' },
  basis: 'person',
  answer: 'given',
  decidedOn: '2026-11-20',
  method: 'spoken',
  personsWords: 'Yes, that is how I like it done',
};
const refused = {
  ...given,
  scope: { kind: 'care_activity', activity: 'A shower every morning' },
  answer: 'refused',
  personsWords: 'I would rather have a wash at the sink on weekdays',
  afterRefusal: 'A strip wash on weekdays, a shower on Saturday, as she asked',
};
const byAttorney = {
  ...given,
  basis: 'legal_authority',
  method: null,
  authorityId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
};
const inBestInterests = {
  scope: { kind: 'plan_section', sectionKey: 'medication' },
  basis: 'best_interests',
  decidedOn: '2026-11-22',
  bestInterestsDecisionId: '16fd2706-8baf-433b-82eb-8c7fada847da',
};

const fieldsOf = (value: unknown) => {
  const result = consentBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording consent', () => {
  test.each([
    ['given by the person, in their words', given, []],
    ['refused by the person, in their words', refused, []],
    ['refused with nothing of what they said', { ...refused, personsWords: '' }, ['personsWords']],
    ['given by the person, not saying how', { ...given, method: undefined }, ['method']],
    ['given another way, undescribed', { ...given, method: 'other' }, ['methodDetail']],
    ['no answer', { ...given, answer: undefined }, ['answer']],
    ['given by an attorney, naming the authority', byAttorney, []],
    ['given by an attorney, no authority named', { ...byAttorney, authorityId: null }, ['authorityId']],
    ['handled through a best-interests decision', inBestInterests, []],
    [
      'best interests with no decision named',
      { ...inBestInterests, bestInterestsDecisionId: undefined },
      ['bestInterestsDecisionId'],
    ],
    ['best interests recorded as consent given', { ...inBestInterests, answer: 'given' }, ['answer']],
    ['a care activity unnamed', { ...refused, scope: { kind: 'care_activity', activity: ' ' } }, ['scope.activity']],
    ['a scope of neither kind', { ...given, scope: { kind: 'everything' } }, ['scope.kind']],
    ['no date', { ...given, decidedOn: '' }, ['decidedOn']],
  ])('%s', (_name, value, fields) => {
    expect(fieldsOf(value)).toEqual(fields);
  });
});

describe('an attorney or deputy consents only within their authority', () => {
  const welfare: AuthorityFacts = {
    kind: 'lasting_power_of_attorney',
    scope: 'health_and_welfare',
    registeredOn: '2023-04-01',
    seenOn: '2026-01-15',
    endedOn: null,
  };
  const finance: AuthorityFacts = { ...welfare, scope: 'property_and_financial_affairs' };
  const lacks = { lacksCapacityForDecision: true, today: '2026-11-20' };
  const section = (sectionKey: string): ConsentScope => ({ kind: 'plan_section', sectionKey });
  const activity: ConsentScope = { kind: 'care_activity', activity: 'Help to shower' };

  test.each<[string, ConsentScope, AuthorityFacts, string | null]>([
    ['health and welfare attorney: the personal care section', section('personal_care'), welfare, null],
    ['health and welfare attorney: a care activity', activity, welfare, null],
    ['health and welfare attorney: the finances section', section('finances'), welfare, 'outside_scope'],
    ['property and finance attorney: the finances section', section('finances'), finance, null],
    ['property and finance attorney: the personal care section', section('personal_care'), finance, 'outside_scope'],
    ['property and finance attorney: a care activity', activity, finance, 'outside_scope'],
  ])('%s', (_name, scope, authority, limit) => {
    expect(consentAuthorityLimit(scope, authority, lacks)).toBe(limit);
  });

  test('a health and welfare attorney cannot consent for a person who can decide', () => {
    expect(
      consentAuthorityLimit(section('personal_care'), welfare, { lacksCapacityForDecision: false, today: '2026-11-20' }),
    ).toBe('person_can_decide');
  });
});

describe('where consent stands', () => {
  const scope: ConsentScope = { kind: 'care_activity', activity: 'A shower every morning' };
  const record = (overrides: Partial<ConsentRecord>): ConsentRecord => ({
    scope,
    basis: 'person',
    answer: 'given',
    recordedAt: '2026-11-20T10:00:00Z',
    ...overrides,
  });
  test.each<[string, ConsentRecord[], string]>([
    ['nothing recorded is never consent', [], 'not_recorded'],
    ['given', [record({})], 'given'],
    ['given, then refused', [record({}), record({ answer: 'refused', recordedAt: '2026-11-21T10:00:00Z' })], 'refused'],
    ['refused, then given', [record({ answer: 'refused', recordedAt: '2026-11-21T10:00:00Z' }), record({})], 'refused'],
    ['decided in their best interests', [record({ basis: 'best_interests', answer: null })], 'best_interests'],
    [
      'the same activity in other spacing and case',
      [record({ scope: { kind: 'care_activity', activity: ' a shower  every morning' } })],
      'given',
    ],
    ['another activity does not count', [record({ scope: { kind: 'care_activity', activity: 'A bath' } })], 'not_recorded'],
    [
      'a plan section does not count for an activity',
      [record({ scope: { kind: 'plan_section', sectionKey: 'personal_care' } })],
      'not_recorded',
    ],
  ])('%s', (_name, records, state) => {
    expect(consentState(scope, records)).toBe(state);
  });
});
