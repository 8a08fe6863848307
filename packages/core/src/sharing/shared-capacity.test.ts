import { describe, expect, test } from 'vitest';
import type { BestInterestsDecisionView, CapacityAssessmentView } from '../capacity/capacity-api.js';
import { capacityRecordViewSchema, type CapacityRecordKind, type CapacityRecordView } from '../capacity/capacity-records-api.js';
import type { RecordPart } from './record-parts.js';
import { sharedCapacityEntries, type SharedCapacityInput } from './shared-capacity.js';

let sequence = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

function record(
  kind: CapacityRecordKind,
  body: Record<string, unknown>,
  meta: Partial<CapacityRecordView> = {},
): CapacityRecordView {
  return capacityRecordViewSchema.parse({
    id: uuid(),
    kind,
    body,
    supersedes: null,
    supersedeReason: null,
    supersededBy: null,
    current: true,
    recordedBy: { id: uuid(), name: 'Sam Senior' },
    recordedAt: '2026-11-20T10:00:00Z',
    ...meta,
  });
}

function assessment(overrides: Partial<CapacityAssessmentView> = {}): CapacityAssessmentView {
  return {
    id: uuid(),
    decision: 'Agreeing my care and support plan',
    decisionKey: 'plan_agreement',
    sectionKeys: [],
    assessedOn: '2026-11-01',
    assessor: { name: 'Sam Senior', role: 'Senior carer' },
    practicableSteps: { kinds: [], detail: null },
    stageOne: { impairment: 'yes', evidence: 'Dementia' },
    stageTwo: { understand: null, retain: { answer: 'cannot', evidence: 'Forgot' }, useOrWeigh: null, communicate: null },
    causalLink: { answer: 'yes', explanation: 'Memory' },
    outcome: 'lacks_capacity',
    fluctuates: false,
    reassessOn: '2027-05-01',
    personsWords: null,
    supersedes: null,
    supersedeReason: null,
    supersededBy: null,
    inForce: true,
    signedBy: { id: uuid(), name: 'Sam Senior' },
    signedAt: '2026-11-01T10:00:00Z',
    ...overrides,
  };
}

function bestInterests(assessmentId: string, overrides: Partial<BestInterestsDecisionView> = {}): BestInterestsDecisionView {
  return {
    id: uuid(),
    assessmentId,
    decision: 'Where I live',
    decisionKey: null,
    decidedOn: '2026-11-02',
    decisionMaker: { name: 'Mo Manager', role: 'Registered manager' },
    notBasedOnAppearance: true,
    relevantCircumstances: 'Falls',
    regainCapacity: { outlook: 'unlikely', detail: 'Dementia' },
    canWait: true,
    whyNotWait: null,
    participation: 'Asked',
    wishesFeelingsBeliefsValues: 'Home',
    writtenStatements: null,
    lifeSustainingTreatment: false,
    notMotivatedByDesireForDeath: null,
    consulted: [],
    lessRestrictiveOptions: [],
    decisionMade: 'Stay at home with four visits a day',
    sectionKeys: [],
    reviewOn: null,
    recordedBy: { id: uuid(), name: 'Mo Manager' },
    recordedAt: '2026-11-02T10:00:00Z',
    ...overrides,
  };
}

const lpa = (scope: 'health_and_welfare' | 'property_and_financial_affairs', holderName: string, recordedAt: string) =>
  record(
    'legal_authority',
    {
      kind: 'lasting_power_of_attorney',
      holderName,
      scope,
      reference: '7000-1234-5678',
      registeredOn: '2023-04-01',
      seenOn: '2026-11-01',
      coversLifeSustainingTreatment: scope === 'health_and_welfare' ? true : null,
    },
    { recordedAt },
  );

const planAssessment = assessment();
const moneyAssessment = assessment({ decision: 'Managing my money', decisionKey: 'finances', sectionKeys: ['finances'] });
const replacedAssessment = assessment({ decision: 'Where I live', decisionKey: null, inForce: false });
const livingAssessment = assessment({
  decision: 'Where I live',
  decisionKey: null,
  outcome: 'has_capacity',
  assessedOn: '2026-11-10',
  signedAt: '2026-11-10T10:00:00Z',
  reassessOn: null,
  supersedes: replacedAssessment.id,
  supersedeReason: 'Her memory improved',
});

const everything: Omit<SharedCapacityInput, 'parts'> = {
  today: '2026-12-01',
  statedImpairment: null,
  assessments: [livingAssessment, planAssessment, moneyAssessment, replacedAssessment],
  bestInterestsDecisions: [
    bestInterests(planAssessment.id, { decision: 'Agreeing my plan' }),
    bestInterests(replacedAssessment.id, { decision: 'Moving to a care home' }),
  ],
  records: [
    record('resuscitation', {
      status: 'dnacpr',
      clinician: { name: 'Dr Okafor', role: 'GP' },
      decidedOn: '2026-10-01',
      originalKeptAt: 'Purple folder on the dresser',
      reviewOn: '2026-11-30',
    }),
    lpa('health_and_welfare', 'Karen Pickering', '2026-11-20T10:00:00Z'),
    lpa('property_and_financial_affairs', 'Paul Pickering', '2026-11-19T10:00:00Z'),
    record('advance_decision', {
      treatmentRefused: 'Antibiotics',
      circumstances: 'Advanced dementia',
      madeOn: '2024-05-10',
      refusesLifeSustainingTreatment: false,
      keptAt: 'Blue folder',
    }),
    record('advance_care_plan', {
      madeOn: '2026-06-01',
      whatMatters: 'My cat',
      wishesForFutureCare: 'Stay at home',
      capacityWhenMade: 'had_capacity',
      preferredPlaceOfDeath: 'Home',
    }),
    record(
      'advance_care_plan',
      { madeOn: '2025-06-01', whatMatters: 'Old plan', wishesForFutureCare: 'Old wishes', capacityWhenMade: 'had_capacity' },
      { current: false, supersededBy: uuid() },
    ),
    record('consent', {
      scope: { kind: 'plan_section', sectionKey: 'personal_care' },
      basis: 'person',
      answer: 'refused',
      decidedOn: '2026-11-01',
      method: 'spoken',
      personsWords: 'Not today, love',
    }),
    record(
      'consent',
      {
        scope: { kind: 'plan_section', sectionKey: 'finances' },
        basis: 'person',
        answer: 'given',
        decidedOn: '2026-11-01',
        method: 'written',
      },
      { recordedAt: '2026-11-19T10:00:00Z' },
    ),
    record('liberty_safeguard', {
      status: 'authorised',
      appliedOn: '2026-01-05',
      authorisedOn: '2026-02-01',
      expiresOn: '2099-01-31',
      authorisedBy: 'Leeds City Council',
    }),
    record('imca_involvement', {
      name: 'Jo Adams',
      organisation: 'Leeds Advocacy',
      decision: 'Moving home',
      instructedOn: '2026-11-01',
    }),
  ],
  sectionTitle: (key) => ({ personal_care: 'My personal care', finances: 'My money' })[key] ?? key,
};

const headingsFor = (parts: RecordPart[]) => sharedCapacityEntries({ ...everything, parts }).map((e) => `${e.part} ${e.heading}`);

const healthHeadings = [
  'health ReSPECT form or DNACPR decision',
  'health Mental capacity',
  'health Capacity assessment: Where I live',
  'health Capacity assessment: Agreeing my care and support plan',
  'health Best-interests decision: Agreeing my plan',
  'health Lasting power of attorney (health and welfare)',
  'health Advance decision to refuse treatment',
  'health Advance care plan',
  'health Consent: My personal care',
  'health Deprivation of Liberty Safeguards (DoLS)',
  'health Independent Mental Capacity Advocate (IMCA)',
];

describe('which capacity records each part shows', () => {
  test.each<[string, RecordPart[], string[]]>([
    ['nothing shared', [], []],
    ['plan, daily records and behaviour support: none of them', ['plan', 'daily_records', 'behaviour_support'], []],
    ['health: everything in force about care, nothing about money', ['health'], healthHeadings],
    [
      'finances: the property and financial affairs authority alone',
      ['finances'],
      ['finances Lasting power of attorney (property and financial affairs)'],
    ],
    [
      'health and finances: the records about money too',
      ['health', 'finances'],
      [
        ...healthHeadings.slice(0, 4),
        'health Capacity assessment: Managing my money',
        ...healthHeadings.slice(4, 6),
        'finances Lasting power of attorney (property and financial affairs)',
        ...healthHeadings.slice(6, 9),
        'health Consent: My money',
        ...healthHeadings.slice(9),
      ],
    ],
  ])('%s', (_label, parts, expected) => {
    expect(headingsFor(parts)).toEqual(expected);
  });

  test('replaced records, assessments no longer in force and decisions resting on them are left out', () => {
    const text = JSON.stringify(sharedCapacityEntries({ ...everything, parts: ['health', 'finances'] }));
    for (const gone of ['Old plan', 'Old wishes', 'Moving to a care home']) expect(text).not.toContain(gone);
  });
});

describe('the words a family member reads', () => {
  const entries = sharedCapacityEntries({ ...everything, parts: ['health'] });
  const linesOf = (heading: string) => entries.find((e) => e.heading === heading)?.lines;

  test('the DNACPR decision, where the original form is, and that its review is due', () => {
    expect(linesOf('ReSPECT form or DNACPR decision')).toEqual([
      'DNACPR \u2014 do not attempt CPR.',
      'Original form: Purple folder on the dresser.',
      'Made on 1 October 2026 by Dr Okafor, GP.',
      'To be reviewed by 30 November 2026: the review is due.',
    ]);
  });

  test('the attorney, the registration and what they may decide', () => {
    expect(linesOf('Lasting power of attorney (health and welfare)')).toEqual([
      'Karen Pickering, registered on 1 April 2023, reference 7000-1234-5678.',
      'The attorney may decide about life-sustaining treatment.',
      'The care provider saw the document on 1 November 2026.',
    ]);
  });

  test('the assessment in force: outcome, date, assessor and when it is done again', () => {
    expect(linesOf('Capacity assessment: Agreeing my care and support plan')).toEqual([
      'Lacks capacity to make this decision at this time.',
      'Assessed on 1 November 2026 by Sam Senior, Senior carer.',
      'To be assessed again by 1 May 2027.',
    ]);
    expect(linesOf('Mental capacity')).toEqual(['Has capacity to make some decisions.']);
  });

  test('a refusal in the person\u2019s own words', () => {
    expect(linesOf('Consent: My personal care')).toEqual([
      'Refused on 1 November 2026.',
      'The person decided.',
      'How: They told us.',
      'In their words: \u201cNot today, love\u201d.',
    ]);
  });

  test('with nothing assessed, capacity is assumed and said so', () => {
    const none = sharedCapacityEntries({
      ...everything,
      assessments: [],
      bestInterestsDecisions: [],
      records: [],
      parts: ['health'],
    });
    expect(none).toEqual([
      {
        kind: 'capacity_status',
        part: 'health',
        heading: 'Mental capacity',
        lines: [
          'Capacity assumed: no assessment recorded.',
          'Everyone is assumed able to make their own decisions unless an assessment shows otherwise.',
        ],
      },
    ]);
  });
});
