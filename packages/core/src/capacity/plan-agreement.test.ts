import { describe, expect, test } from 'vitest';
import { agreeBodySchema } from '../care-plan/plan-api.js';
import { legalAuthorityBodySchema } from './legal-authority.js';
import {
  authorityInWords,
  lacksCapacityToAgreePlan,
  planAgreementAuthorityErrors,
  planAgreementDecisionKey,
  type CurrentAuthority,
} from './plan-agreement.js';
import { buildAssessment } from './test-factories.js';

const today = '2026-11-20';

const authority = (id: string, patch: Record<string, unknown> = {}): CurrentAuthority => ({
  id,
  body: legalAuthorityBodySchema.parse({
    kind: 'lasting_power_of_attorney',
    holderName: 'Ray Clarke',
    scope: 'health_and_welfare',
    reference: '7000-1234-5678',
    registeredOn: '2024-01-10',
    seenOn: '2026-01-15',
    coversLifeSustainingTreatment: false,
    ...patch,
  }),
});

const lacksForPlan = buildAssessment({ decision: 'Agreeing her care and support plan', outcome: 'lacks_capacity' });
const lacksByKey = buildAssessment({
  decision: 'What her support looks like',
  decisionKey: planAgreementDecisionKey,
  outcome: 'lacks_capacity',
});
const hasForPlan = buildAssessment({ decision: 'Agreeing her care plan', outcome: 'has_capacity' });
const lacksForMoney = buildAssessment({ decision: 'Paying her bills', outcome: 'lacks_capacity' });

const welfare = authority('11111111-1111-4111-8111-111111111111');
const finance = authority('22222222-2222-4222-8222-222222222222', {
  scope: 'property_and_financial_affairs',
  coversLifeSustainingTreatment: null,
});
const notSeen = authority('33333333-3333-4333-8333-333333333333', { seenOn: null });
const ended = authority('44444444-4444-4444-8444-444444444444', { endedOn: '2026-06-01' });
const unregistered = authority('55555555-5555-4555-8555-555555555555', { registeredOn: null, reference: null });
const deputy = authority('66666666-6666-4666-8666-666666666666', {
  kind: 'deputyship',
  holderName: 'Leeds City Council',
  reference: '13579246',
  orderedOn: '2024-02-01',
  coversLifeSustainingTreatment: undefined,
  registeredOn: undefined,
});
const authorities = [welfare, finance, notSeen, ended, unregistered, deputy];

describe('whether the person lacks capacity to agree their plan', () => {
  test.each([
    ['an assessment about the care and support plan found a lack', [lacksForPlan], true],
    ['an assessment with the plan agreement key found a lack', [lacksByKey], true],
    ['the assessment about the plan found capacity', [hasForPlan], false],
    ['only a lack of capacity about money', [lacksForMoney], false],
    ['nothing assessed', [], false],
  ] as const)('%s', (_name, assessments, expected) => {
    expect(lacksCapacityToAgreePlan(assessments)).toBe(expected);
  });
});

describe('an attorney or deputy agreeing the plan', () => {
  const errorFor = (authorityId: string | null, assessments = [lacksForPlan]) =>
    planAgreementAuthorityErrors({ method: 'attorney_or_deputy', authorityId }, authorities, assessments, today)[0]?.message ??
    null;

  test.each([
    ['a health and welfare attorney, seen, the person lacking capacity to agree', welfare.id, [lacksForPlan], null],
    ['a deputy, the person lacking capacity to agree', deputy.id, [lacksForPlan], null],
    ['no authority chosen', null, [lacksForPlan], /Choose the lasting power of attorney/],
    [
      'an authority not on the person\u2019s record, or replaced',
      '77777777-7777-4777-8777-777777777777',
      [lacksForPlan],
      /recorded for this person/,
    ],
    [
      'a property and financial affairs attorney',
      finance.id,
      [lacksForPlan],
      /outside what the authority covers: a property and financial affairs/,
    ],
    ['a document never seen', notSeen.id, [lacksForPlan], /not been seen/],
    ['an authority that has ended', ended.id, [lacksForPlan], /ended/],
    ['an unregistered lasting power of attorney', unregistered.id, [lacksForPlan], /not registered/],
    ['the person has capacity to agree it', welfare.id, [hasForPlan], /theirs to make\. Assess their capacity/],
    ['a lack of capacity only about money', welfare.id, [lacksForMoney], /theirs to make/],
  ] as const)('%s', (_name, id, assessments, expected) => {
    const message = errorFor(id, [...assessments]);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toMatch(expected);
  });

  test('the error is on the agreement\u2019s authority field', () => {
    expect(planAgreementAuthorityErrors({ method: 'attorney_or_deputy', authorityId: null }, [], [], today)).toEqual([
      { field: 'agreement.authorityId', message: expect.any(String) },
    ]);
  });

  test.each(['signed_on_screen', 'verbal_with_witness', 'easy_read', 'best_interests'])(
    'an agreement %s is not checked against authorities',
    (method) => {
      expect(planAgreementAuthorityErrors({ method, authorityId: null }, [], [], today)).toEqual([]);
    },
  );

  test('the authority in words names its kind, scope, holder and reference', () => {
    expect(authorityInWords(welfare.body)).toBe(
      'Lasting power of attorney (health and welfare) held by Ray Clarke, reference 7000-1234-5678',
    );
  });
});

describe('the agree request', () => {
  const base = { revision: 1, agreement: { agreedBy: 'Ray Clarke', date: '2026-11-20' } };
  test.each([
    ['an attorney with the record chosen', { method: 'attorney_or_deputy', authorityId: welfare.id }, []],
    [
      'an attorney with no record chosen',
      { method: 'attorney_or_deputy', authority: 'LPA health and welfare' },
      ['agreement.authorityId'],
    ],
    ['an attorney with neither', { method: 'attorney_or_deputy' }, ['agreement.authorityId']],
    ['the person, no record needed', { method: 'signed_on_screen' }, []],
  ] as const)('%s', (_name, agreement, fields) => {
    const result = agreeBodySchema.safeParse({ ...base, agreement: { ...base.agreement, ...agreement } });
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(fields);
  });
});
