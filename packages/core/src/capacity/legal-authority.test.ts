import { describe, expect, test } from 'vitest';
import {
  authorityCovers,
  authorityLimit,
  legalAuthorityBodySchema,
  legalAuthorityDateErrors,
  type AuthorityArea,
  type AuthorityFacts,
} from './legal-authority.js';

const lpa = {
  kind: 'lasting_power_of_attorney',
  holderName: 'David Brown',
  scope: 'property_and_financial_affairs',
  reference: '7000-1234-5678',
  registeredOn: '2023-04-01',
  seenOn: '2026-01-15',
};
const welfareLpa = { ...lpa, scope: 'health_and_welfare', coversLifeSustainingTreatment: false };
const deputyship = {
  kind: 'deputyship',
  holderName: 'Kent County Council',
  scope: 'property_and_financial_affairs',
  reference: '13579246',
  orderedOn: '2024-02-01',
  seenOn: '2024-03-01',
};

const fieldsOf = (value: unknown) => {
  const result = legalAuthorityBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording a lasting power of attorney or deputyship', () => {
  test.each([
    ['a registered property and finance LPA, seen', lpa, []],
    ['a health and welfare LPA saying whether it covers life-sustaining treatment', welfareLpa, []],
    [
      'a health and welfare LPA not saying',
      { ...welfareLpa, coversLifeSustainingTreatment: undefined },
      ['coversLifeSustainingTreatment'],
    ],
    [
      'a property and finance LPA claiming life-sustaining treatment',
      { ...lpa, coversLifeSustainingTreatment: true },
      ['coversLifeSustainingTreatment'],
    ],
    ['an LPA not yet registered, and not seen', { ...lpa, reference: '', registeredOn: '', seenOn: '' }, []],
    ['registered, without the reference', { ...lpa, reference: ' ' }, ['reference']],
    ['seen before it was registered', { ...lpa, seenOn: '2023-03-01' }, ['seenOn']],
    ['ended before it was registered', { ...lpa, endedOn: '2023-03-01' }, ['endedOn']],
    ['no type chosen', { ...lpa, scope: undefined }, ['scope']],
    ['no attorney named', { ...lpa, holderName: '' }, ['holderName']],
    ['a deputyship with its court order', deputyship, []],
    ['a deputyship without the case number', { ...deputyship, reference: '' }, ['reference']],
    ['a deputyship without the date of the order', { ...deputyship, orderedOn: undefined }, ['orderedOn']],
    ['neither an LPA nor a deputyship', { ...lpa, kind: 'enduring_power' }, ['kind']],
    ['a contact that is not an id', { ...lpa, holderContactId: 'David' }, ['holderContactId']],
  ])('%s', (_name, body, fields) => {
    expect(fieldsOf(body)).toEqual(fields);
  });

  test.each([
    ['all in the past', lpa, []],
    ['registered tomorrow', { ...lpa, registeredOn: '2026-11-21', seenOn: null }, ['registeredOn']],
    ['seen tomorrow', { ...lpa, seenOn: '2026-11-21' }, ['seenOn']],
    ['ordered tomorrow', { ...deputyship, orderedOn: '2026-11-21', seenOn: null }, ['orderedOn']],
  ])('dates against today: %s', (_name, body, fields) => {
    const parsed = legalAuthorityBodySchema.parse(body);
    expect(legalAuthorityDateErrors(parsed, '2026-11-20').map((e) => e.field)).toEqual(fields);
  });
});

describe('what an authority lets its holder decide', () => {
  const facts = (overrides: Partial<Record<string, unknown>>): AuthorityFacts => ({
    kind: 'lasting_power_of_attorney',
    scope: 'health_and_welfare',
    registeredOn: '2023-04-01',
    seenOn: '2026-01-15',
    endedOn: null,
    ...overrides,
  });
  const welfare = facts({});
  const finance = facts({ scope: 'property_and_financial_affairs' });
  const welfareDeputy = facts({ kind: 'deputyship', orderedOn: '2024-02-01', registeredOn: undefined });
  const financeDeputy = facts({ kind: 'deputyship', scope: 'property_and_financial_affairs', orderedOn: '2024-02-01' });
  const lacks = { lacksCapacityForDecision: true, today: '2026-11-20' };
  const can = { lacksCapacityForDecision: false, today: '2026-11-20' };

  test.each<[string, AuthorityFacts, AuthorityArea, typeof lacks, string | null]>([
    ['health and welfare attorney: sharing', welfare, 'sharing', lacks, null],
    ['health and welfare attorney: agreeing the plan', welfare, 'plan_agreement', lacks, null],
    ['health and welfare attorney: health and care', welfare, 'health_and_care', lacks, null],
    ['health and welfare attorney: money', welfare, 'finances', lacks, 'outside_scope'],
    ['health and welfare attorney while the person can decide', welfare, 'plan_agreement', can, 'person_can_decide'],
    ['property and finance attorney: money', finance, 'finances', lacks, null],
    ['property and finance attorney: money, the person has capacity (with their consent)', finance, 'finances', can, null],
    ['property and finance attorney: sharing', finance, 'sharing', lacks, 'outside_scope'],
    ['property and finance attorney: agreeing the plan', finance, 'plan_agreement', lacks, 'outside_scope'],
    ['property and finance attorney: health and care', finance, 'health_and_care', lacks, 'outside_scope'],
    ['an unregistered LPA covers nothing', facts({ registeredOn: null }), 'sharing', lacks, 'not_registered'],
    [
      'an unregistered finance LPA covers nothing',
      facts({ scope: 'property_and_financial_affairs', registeredOn: null }),
      'finances',
      can,
      'not_registered',
    ],
    ['an LPA not yet seen', facts({ seenOn: null }), 'sharing', lacks, 'not_seen'],
    ['an LPA that has ended', facts({ endedOn: '2026-11-20' }), 'sharing', lacks, 'ended'],
    ['an LPA ending tomorrow still applies', facts({ endedOn: '2026-11-21' }), 'sharing', lacks, null],
    ['health and welfare deputy: agreeing the plan', welfareDeputy, 'plan_agreement', lacks, null],
    ['health and welfare deputy: money', welfareDeputy, 'finances', lacks, 'outside_scope'],
    ['health and welfare deputy while the person can decide', welfareDeputy, 'health_and_care', can, 'person_can_decide'],
    ['property and finance deputy: money', financeDeputy, 'finances', lacks, null],
    ['property and finance deputy while the person can decide', financeDeputy, 'finances', can, 'person_can_decide'],
    ['property and finance deputy: sharing', financeDeputy, 'sharing', lacks, 'outside_scope'],
  ])('%s', (_name, authority, area, context, limit) => {
    expect(authorityLimit(authority, area, context)).toBe(limit);
    expect(authorityCovers(authority, area, context)).toBe(limit === null);
  });
});
