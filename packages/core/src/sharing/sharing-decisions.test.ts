import { describe, expect, test } from 'vitest';
import { sectionPart } from './record-parts.js';
import { sharingDecisionBodySchema, sharingEndErrors, sharingInForce, type SharingDecisionRecord } from './sharing-decisions.js';

const decision = (overrides: Partial<SharingDecisionRecord>): SharingDecisionRecord => ({
  contactId: 'c-1',
  parts: ['plan'],
  endsOn: null,
  revoked: false,
  recordedAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});

describe('what is in force for a contact', () => {
  test.each([
    ['no decision: silence shares nothing', [], '2026-12-06', { state: 'not_decided', parts: [] }],
    ['one decision', [decision({ parts: ['plan', 'health'] })], '2026-12-06', { state: 'sharing', parts: ['plan', 'health'] }],
    ['the newest decision wins, whatever the order given', [decision({ recordedAt: '2026-12-03T00:00:00.000Z', parts: ['daily_records'] }), decision({})], '2026-12-06', { state: 'sharing', parts: ['daily_records'] }],
    ['stopped', [decision({}), decision({ revoked: true, parts: [], recordedAt: '2026-12-05T00:00:00.000Z' })], '2026-12-06', { state: 'revoked', parts: [] }],
    ['shared again after being stopped', [decision({ revoked: true, parts: [] }), decision({ recordedAt: '2026-12-05T00:00:00.000Z', parts: ['plan'] })], '2026-12-06', { state: 'sharing', parts: ['plan'] }],
    ['still in force on its last day', [decision({ endsOn: '2026-12-06' })], '2026-12-06', { state: 'sharing', parts: ['plan'] }],
    ['ended the day after', [decision({ endsOn: '2026-12-06' })], '2026-12-07', { state: 'ended', parts: [] }],
    ['a decision that shares nothing', [decision({ parts: [] })], '2026-12-06', { state: 'nothing_shared', parts: [] }],
  ] as const)('%s', (_name, decisions, today, expected) => {
    expect(sharingInForce(decisions, today)).toMatchObject(expected);
  });
});

const A = '0b1e5a4c-8a34-4c57-9a7e-3f1b2c4d5e6f';
const B = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const L = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60';

describe('recording a decision', () => {
  const base = { parts: ['plan', 'daily_records'], decidedBy: 'person', reason: 'Peggy wants David to know how her visits go' };
  const fields = (value: unknown) => {
    const r = sharingDecisionBodySchema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };
  test.each([
    ['the person decides', base, []],
    ['sharing nothing is a decision too', { ...base, parts: [] }, []],
    ['an attorney decides, naming the assessment and their power', { ...base, decidedBy: 'legal_authority', capacityAssessmentId: A, legalAuthorityRecordId: L }, []],
    ['a best-interests decision, with words about who decided', { ...base, decidedBy: 'legal_authority', capacityAssessmentId: A, bestInterestsDecisionId: B, authorityDetail: 'Agreed at the meeting with her daughter' }, []],
    ['legal authority naming nothing', { ...base, decidedBy: 'legal_authority' }, ['capacityAssessmentId', 'bestInterestsDecisionId']],
    ['legal authority naming the assessment alone', { ...base, decidedBy: 'legal_authority', capacityAssessmentId: A }, ['bestInterestsDecisionId']],
    ['legal authority naming a power but no assessment', { ...base, decidedBy: 'legal_authority', legalAuthorityRecordId: L }, ['capacityAssessmentId']],
    ['an empty choice is no choice', { ...base, decidedBy: 'legal_authority', capacityAssessmentId: '', bestInterestsDecisionId: '' }, ['capacityAssessmentId', 'bestInterestsDecisionId']],
    ['an id that is not one', { ...base, decidedBy: 'legal_authority', capacityAssessmentId: 'assessment 3', legalAuthorityRecordId: L }, ['capacityAssessmentId']],
    ['the person decides but names an assessment', { ...base, capacityAssessmentId: A }, ['capacityAssessmentId']],
    ['a part not on the list', { ...base, parts: ['everything'] }, ['parts.0']],
    ['a part twice', { ...base, parts: ['plan', 'plan'] }, ['parts']],
    ['no reason', { ...base, reason: ' ' }, ['reason']],
    ['an end date that does not exist', { ...base, endsOn: '2026-02-30' }, ['endsOn']],
  ] as const)('%s', (_name, body, expected) => {
    expect(fields(body)).toEqual(expected);
  });

  test('an end date before today is refused; today is allowed', () => {
    expect(sharingEndErrors({ endsOn: '2026-12-05' }, '2026-12-06')).toEqual([{ field: 'endsOn', message: 'The end date must be today or later' }]);
    expect(sharingEndErrors({ endsOn: '2026-12-06' }, '2026-12-06')).toEqual([]);
  });
});

describe('which part of the record a plan section belongs to', () => {
  test.each([
    ['finances', 'finances'],
    ['behaviour_support', 'behaviour_support'],
    ['medication', 'health'],
    ['advance_care_planning', 'health'],
    ['personal_care', 'plan'],
    ['one_page_profile', 'plan'],
    ['a provider’s own section', 'plan'],
  ])('%s → %s', (section, part) => {
    expect(sectionPart(section)).toBe(part);
  });
});
