import { describe, expect, test } from 'vitest';
import {
  sectionCapacityConsent,
  type SectionCapacityConsentInput,
  type SectionConsentRecord,
} from './section-capacity-consent.js';
import { buildAssessment } from './test-factories.js';

const medicines = buildAssessment({
  id: 'a-medicines',
  decision: 'Managing my medicines',
  outcome: 'lacks_capacity',
  assessedOn: '2026-03-03',
  sectionKeys: ['medication'],
});
const medicinesAgain = buildAssessment({
  id: 'a-medicines-again',
  decision: 'Managing my medicines',
  outcome: 'has_capacity',
  assessedOn: '2026-04-10',
  signedAt: '2026-04-10T10:00:00Z',
  supersedes: 'a-medicines',
  sectionKeys: ['medication'],
});
const medicinesDraft = buildAssessment({ ...medicinesAgain, id: 'a-draft', signedAt: null });
const washing = buildAssessment({
  id: 'a-washing',
  decision: 'How I am helped to wash',
  outcome: 'has_capacity',
  assessedOn: '2026-02-01',
  sectionKeys: ['personal_care', 'medication'],
});

const consent = (over: Partial<SectionConsentRecord['body']> & { recordedAt?: string; current?: boolean }): SectionConsentRecord => {
  const { recordedAt = '2026-03-02T10:00:00Z', current = true, ...body } = over;
  return {
    current,
    recordedAt,
    body: {
      scope: { kind: 'plan_section', sectionKey: 'medication' },
      basis: 'person',
      answer: 'given',
      decidedOn: '2026-03-02',
      method: 'spoken',
      methodDetail: null,
      afterRefusal: null,
      ...body,
    },
  };
};

const none: SectionCapacityConsentInput = { assessments: [], bestInterestsDecisions: [], consents: [] };

describe('capacity for a plan section', () => {
  test.each([
    ['nothing assessed: capacity is assumed', none, { kind: 'assumed' }],
    ['an assessment about another section only', { ...none, assessments: [{ ...washing, sectionKeys: ['personal_care'] }] }, { kind: 'assumed' }],
    ['a draft does not count', { ...none, assessments: [{ ...medicinesDraft, supersedes: null }] }, { kind: 'assumed' }],
    [
      'lacks capacity, no best-interests decision yet',
      { ...none, assessments: [medicines] },
      {
        kind: 'assessed',
        findings: [
          {
            assessmentId: 'a-medicines',
            decision: 'Managing my medicines',
            outcome: 'lacks_capacity',
            assessedOn: '2026-03-03',
            bestInterestsRecorded: false,
          },
        ],
      },
    ],
    [
      'lacks capacity, best-interests decision recorded',
      { ...none, assessments: [medicines], bestInterestsDecisions: [{ assessmentId: 'a-medicines' }] },
      {
        kind: 'assessed',
        findings: [expect.objectContaining({ assessmentId: 'a-medicines', bestInterestsRecorded: true })],
      },
    ],
    [
      'a replaced assessment gives way to the one replacing it',
      { ...none, assessments: [medicines, medicinesAgain], bestInterestsDecisions: [{ assessmentId: 'a-medicines' }] },
      {
        kind: 'assessed',
        findings: [
          expect.objectContaining({ assessmentId: 'a-medicines-again', outcome: 'has_capacity', bestInterestsRecorded: false }),
        ],
      },
    ],
    [
      'two decisions about the section, newest first',
      { ...none, assessments: [washing, medicines] },
      {
        kind: 'assessed',
        findings: [
          expect.objectContaining({ assessmentId: 'a-medicines' }),
          expect.objectContaining({ assessmentId: 'a-washing', outcome: 'has_capacity' }),
        ],
      },
    ],
  ])('%s', (_name, input, capacity) => {
    expect(sectionCapacityConsent('medication', input).capacity).toEqual(capacity);
  });
});

describe('consent for a plan section', () => {
  test.each([
    ['nothing recorded', [], { kind: 'not_recorded' }],
    [
      'consent to another section only',
      [consent({ scope: { kind: 'plan_section', sectionKey: 'personal_care' } })],
      { kind: 'not_recorded' },
    ],
    [
      'consent to a care activity is not consent to the section',
      [consent({ scope: { kind: 'care_activity', activity: 'medication' } })],
      { kind: 'not_recorded' },
    ],
    ['given by the person, spoken', [consent({})], { kind: 'given', by: 'person', decidedOn: '2026-03-02', how: 'spoken' }],
    [
      'given another way, in the words recorded',
      [consent({ method: 'other', methodDetail: 'Nodded and held out her hand' })],
      { kind: 'given', by: 'person', decidedOn: '2026-03-02', how: 'Nodded and held out her hand' },
    ],
    [
      'given by an attorney',
      [consent({ basis: 'legal_authority', method: null })],
      { kind: 'given', by: 'attorney_or_deputy', decidedOn: '2026-03-02', how: null },
    ],
    [
      'refused, with what was agreed instead',
      [consent({ answer: 'refused', afterRefusal: 'Tablets crushed in yoghurt, as she asked' })],
      { kind: 'refused', by: 'person', decidedOn: '2026-03-02', afterRefusalRecorded: true },
    ],
    [
      'refused, nothing agreed yet',
      [consent({ answer: 'refused' })],
      { kind: 'refused', by: 'person', decidedOn: '2026-03-02', afterRefusalRecorded: false },
    ],
    [
      'through a best-interests decision',
      [consent({ basis: 'best_interests', answer: null, method: null, decidedOn: '2026-03-05' })],
      { kind: 'best_interests', decidedOn: '2026-03-05' },
    ],
    [
      'the newest record counts',
      [
        consent({ answer: 'refused', recordedAt: '2026-03-01T09:00:00Z', decidedOn: '2026-03-01' }),
        consent({ recordedAt: '2026-03-09T09:00:00Z', decidedOn: '2026-03-09' }),
      ],
      { kind: 'given', by: 'person', decidedOn: '2026-03-09', how: 'spoken' },
    ],
    [
      'a replaced record no longer counts',
      [consent({ current: false, recordedAt: '2026-03-09T09:00:00Z' }), consent({ answer: 'refused', recordedAt: '2026-03-01T09:00:00Z' })],
      { kind: 'refused', by: 'person', decidedOn: '2026-03-02', afterRefusalRecorded: false },
    ],
    ['only a replaced record: not recorded', [consent({ current: false })], { kind: 'not_recorded' }],
  ])('%s', (_name, consents, expected) => {
    expect(sectionCapacityConsent('medication', { ...none, consents }).consent).toEqual(expected);
  });
});
