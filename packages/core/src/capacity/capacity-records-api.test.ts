import { describe, expect, test } from 'vitest';
import {
  capacityRecordBodySchemas,
  capacityRecordPostSchemas,
  splitCapacityRecordPost,
  type CapacityRecordKind,
  type CapacityRecordPost,
  type CapacityRecordView,
} from './capacity-records-api.js';
import {
  capacityRecordDateErrors,
  capacityRecordSupersedeErrors,
  capacityRecordsResponse,
  consentReferenceErrors,
  lacksCapacityForConsent,
  libertyAttentionList,
  resuscitationSummary,
  withCurrentFlags,
  type ConsentReferences,
  type SupersedeCandidate,
} from './capacity-records.js';
import type { ConsentBody } from './consent.js';
import { buildAssessment } from './test-factories.js';

const OLD = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

const examples = {
  legal_authority: {
    kind: 'lasting_power_of_attorney',
    holderName: 'Helen Whitfield',
    scope: 'health_and_welfare',
    reference: '7000-1234-5678',
    registeredOn: '2023-04-01',
    seenOn: '2026-01-15',
    coversLifeSustainingTreatment: true,
  },
  advance_decision: {
    treatmentRefused: 'Antibiotics for a chest infection',
    circumstances: 'If I have lost capacity because of advanced dementia',
    madeOn: '2024-05-10',
    refusesLifeSustainingTreatment: false,
    keptAt: 'Blue folder in the bedroom drawer',
  },
  liberty_safeguard: {
    status: 'authorised',
    appliedOn: '2026-01-05',
    authorisedOn: '2026-02-01',
    expiresOn: '2027-01-31',
    authorisedBy: 'Hertfordshire County Council',
  },
  imca_involvement: {
    name: 'Jo Adams',
    organisation: 'Herts Advocacy',
    decision: 'Whether to move into residential care',
    instructedOn: '2026-10-01',
  },
  consent: {
    scope: { kind: 'plan_section', sectionKey: 'personal_care' },
    basis: 'person',
    answer: 'given',
    decidedOn: '2026-11-20',
    method: 'spoken',
  },
  advance_care_plan: {
    madeOn: '2026-03-03',
    whatMatters: 'Being at home with my cat',
    wishesForFutureCare: 'Not to go back into hospital unless it will make me better',
    capacityWhenMade: 'had_capacity',
  },
  resuscitation: {
    status: 'respect_form',
    cprRecommendation: 'do_not_attempt_cpr',
    clinician: { name: 'Dr Shah', role: 'GP' },
    decidedOn: '2026-03-10',
    originalKeptAt: 'Purple folder on the kitchen dresser',
    reviewOn: '2027-03-10',
  },
} satisfies Record<CapacityRecordKind, object>;

const kinds = Object.keys(examples) as CapacityRecordKind[];

const fieldsOf = (kind: CapacityRecordKind, value: unknown) => {
  const result = capacityRecordPostSchemas[kind].safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('flat POST bodies', () => {
  test.each(kinds)('a %s is accepted on its own and as a replacement with a reason', (kind) => {
    expect(fieldsOf(kind, examples[kind])).toEqual([]);
    expect(fieldsOf(kind, { ...examples[kind], supersedes: OLD, supersedeReason: 'Reviewed' })).toEqual([]);
  });

  test.each(kinds)('a %s replacing another without a reason names supersedeReason', (kind) => {
    expect(fieldsOf(kind, { ...examples[kind], supersedes: OLD })).toEqual(['supersedeReason']);
  });

  test.each(kinds)('a %s giving a reason with nothing replaced names supersedeReason', (kind) => {
    expect(fieldsOf(kind, { ...examples[kind], supersedeReason: 'Reviewed' })).toEqual(['supersedeReason']);
  });

  test.each([
    ['legal_authority', { ...examples.legal_authority, holderName: '' }, ['holderName']],
    ['legal_authority', { ...examples.legal_authority, reference: null }, ['reference']],
    ['liberty_safeguard', { ...examples.liberty_safeguard, authorisedBy: '' }, ['authorisedBy']],
    [
      'advance_care_plan',
      { ...examples.advance_care_plan, treatmentEscalationPlan: { inPlace: true } },
      ['treatmentEscalationPlan.keptAt'],
    ],
    ['consent', { ...examples.consent, scope: { kind: 'care_activity', activity: '' } }, ['scope.activity']],
    ['resuscitation', { ...examples.resuscitation, originalKeptAt: '' }, ['originalKeptAt']],
    ['imca_involvement', { ...examples.imca_involvement, supersedes: 'not-an-id', supersedeReason: 'x' }, ['supersedes']],
  ] as const)('a bad %s body names the flat field: %j', (kind, body, fields) => {
    expect(fieldsOf(kind, body)).toEqual(fields);
  });

  test('the kind’s own rules and the supersede rule are both reported at once', () => {
    expect(fieldsOf('legal_authority', { ...examples.legal_authority, reference: null, supersedes: OLD })).toEqual([
      'reference',
      'supersedeReason',
    ]);
  });

  test('splitting a parsed body keeps the kind’s fields apart from the supersede fields', () => {
    const parsed = capacityRecordPostSchemas.imca_involvement.parse({
      ...examples.imca_involvement,
      supersedes: OLD,
      supersedeReason: ' Moved ',
    });
    const { draft, supersede } = splitCapacityRecordPost({ kind: 'imca_involvement', post: parsed });
    expect(supersede).toEqual({ supersedes: OLD, supersedeReason: 'Moved' });
    expect(draft).toEqual({ kind: 'imca_involvement', body: { ...examples.imca_involvement, contact: null, endedOn: null } });
  });
});

const candidate = (id: string, kind: CapacityRecordKind, supersedes: string | null = null): SupersedeCandidate => ({
  id,
  kind,
  supersedes,
});

describe('what a new record may replace', () => {
  const existing = [
    candidate('lpa-1', 'legal_authority'),
    candidate('respect-1', 'resuscitation'),
    candidate('respect-2', 'resuscitation', 'respect-1'),
    candidate('consent-1', 'consent'),
  ];
  test.each([
    ['a first record of a kind', 'advance_care_plan', null, []],
    ['a second authority beside the first', 'legal_authority', null, []],
    ['a second consent beside the first', 'consent', null, []],
    ['a second ReSPECT form beside the one in force', 'resuscitation', null, ['supersedes']],
    ['the record in force', 'resuscitation', 'respect-2', []],
    ['a record already replaced', 'resuscitation', 'respect-1', ['supersedes']],
    ['a record of another kind', 'consent', 'lpa-1', ['supersedes']],
    ['a record not of this person', 'legal_authority', OLD, ['supersedes']],
  ] as const)('%s', (_name, kind, supersedes, fields) => {
    expect(capacityRecordSupersedeErrors(kind, supersedes, existing).map((e) => e.field)).toEqual(fields);
  });
});

describe('dates against today', () => {
  const today = '2026-06-01';
  const draftOf = (kind: CapacityRecordKind, overrides: object) =>
    splitCapacityRecordPost({
      kind,
      post: capacityRecordPostSchemas[kind].parse({ ...examples[kind], ...overrides }),
    } as CapacityRecordPost).draft;
  test.each([
    ['legal_authority', { registeredOn: '2026-06-02', seenOn: '2026-06-03' }, ['registeredOn', 'seenOn']],
    ['advance_decision', { madeOn: '2026-06-02' }, ['madeOn']],
    ['liberty_safeguard', { authorisedOn: '2026-06-02', expiresOn: '2027-06-02' }, ['authorisedOn']],
    ['imca_involvement', { instructedOn: '2026-06-02' }, ['instructedOn']],
    ['consent', { decidedOn: '2026-06-02' }, ['decidedOn']],
    ['advance_care_plan', { madeOn: '2026-06-02' }, ['madeOn']],
    ['resuscitation', { decidedOn: '2026-06-02', reviewOn: '2027-01-01' }, ['decidedOn']],
    ['resuscitation', { decidedOn: today }, []],
    ['liberty_safeguard', { expiresOn: '2030-01-01' }, []],
  ] as const)('%s %j', (kind, overrides, fields) => {
    expect(capacityRecordDateErrors(draftOf(kind, overrides), today).map((e) => e.field)).toEqual(fields);
  });
});

let sequence = 0;
type ViewOverrides = Partial<Pick<CapacityRecordView, 'id' | 'supersedes' | 'current' | 'recordedAt'>> & { body?: object };
function view(kind: CapacityRecordKind, overrides: ViewOverrides = {}): CapacityRecordView {
  sequence += 1;
  const { body, ...rest } = overrides;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    kind,
    body: capacityRecordBodySchemas[kind].parse({ ...examples[kind], ...body }),
    supersedes: null,
    supersedeReason: null,
    supersededBy: null,
    current: true,
    recordedBy: { id: OLD, name: 'Sam Senior' },
    recordedAt: `2026-05-0${sequence % 9}T10:00:00.000Z`,
    ...rest,
  } as CapacityRecordView;
}

describe('the ReSPECT / DNACPR summary', () => {
  test('none recorded: null', () => {
    expect(resuscitationSummary([view('consent')], '2026-06-01')).toBeNull();
  });

  test('a ReSPECT form not recommending CPR, with where the original is kept', () => {
    const form = view('resuscitation');
    expect(resuscitationSummary([form], '2026-06-01')).toEqual({
      status: 'respect_form',
      label: 'ReSPECT form: do not attempt CPR',
      cprNotToBeAttempted: true,
      formLocation: 'Purple folder on the kitchen dresser',
      decidedOn: '2026-03-10',
      reviewOn: '2027-03-10',
      reviewDue: false,
      recordId: form.id,
    });
  });

  test.each([
    ['a DNACPR decision', { status: 'dnacpr', cprRecommendation: undefined }, 'DNACPR \u2014 do not attempt CPR', true],
    ['a ReSPECT form recommending CPR', { cprRecommendation: 'attempt_cpr' }, 'ReSPECT form: attempt CPR', false],
    ['none in place', { status: 'none' }, 'No ReSPECT form or DNACPR decision', false],
  ])('%s', (_name, body, label, notCpr) => {
    const summary = resuscitationSummary([view('resuscitation', { body })], '2026-06-01');
    expect(summary?.label).toBe(label);
    expect(summary?.cprNotToBeAttempted).toBe(notCpr);
  });

  test('a replaced record does not count, and the review date coming makes it due', () => {
    const old = view('resuscitation', { current: false, body: { cprRecommendation: 'attempt_cpr' } });
    const now = view('resuscitation', { supersedes: old.id, body: { reviewOn: '2026-06-01' } });
    const summary = resuscitationSummary([old, now], '2026-06-01');
    expect(summary).toMatchObject({ recordId: now.id, cprNotToBeAttempted: true, reviewDue: true });
  });
});

describe('liberty safeguards needing attention', () => {
  test.each([
    ['nothing due', { expiresOn: '2027-01-31' }, true, []],
    ['expiring within four weeks', { expiresOn: '2026-06-20' }, true, ['renewal_due']],
    ['expired', { expiresOn: '2026-05-20' }, true, ['expired']],
    ['a replaced one is not looked at', { expiresOn: '2026-05-20' }, false, []],
  ])('%s', (_name, body, current, attention) => {
    expect(libertyAttentionList([view('liberty_safeguard', { body, current })], '2026-06-01').map((a) => a.attention)).toEqual(
      attention,
    );
  });
});

describe('current flags', () => {
  test('a record named by a later one is replaced; the rest are current', () => {
    const flagged = withCurrentFlags([
      { id: 'a', supersedes: null },
      { id: 'b', supersedes: 'a' },
      { id: 'c', supersedes: null },
    ]);
    expect(flagged.map((r) => [r.id, r.current, r.supersededBy])).toEqual([
      ['a', false, 'b'],
      ['b', true, null],
      ['c', true, null],
    ]);
  });
});

describe('the capacity records response', () => {
  test('records are listed by kind, newest first, with the summaries', () => {
    const older = view('consent', { recordedAt: '2026-05-01T09:00:00.000Z' });
    const newer = view('consent', { recordedAt: '2026-05-02T09:00:00.000Z' });
    const form = view('resuscitation');
    const response = capacityRecordsResponse('person-1', [older, form, newer], {
      today: '2026-06-01',
      progressiveIllness: true,
      fluctuatingCapacity: false,
    });
    expect(response.consents.map((c) => c.id)).toEqual([newer.id, older.id]);
    expect(response.resuscitationRecords.map((r) => r.id)).toEqual([form.id]);
    expect(response.legalAuthorities).toEqual([]);
    expect(response.resuscitation?.recordId).toBe(form.id);
    expect(response.acpPrompt).toEqual({ shouldOffer: true, triggers: ['progressive_illness'] });
  });

  test('an advance care plan in place means none needs offering', () => {
    const response = capacityRecordsResponse('person-1', [view('advance_care_plan')], {
      today: '2026-06-01',
      progressiveIllness: true,
      fluctuatingCapacity: true,
    });
    expect(response.acpPrompt).toEqual({ shouldOffer: false, triggers: ['progressive_illness', 'fluctuating_capacity'] });
  });
});

describe('what a consent rests on', () => {
  const welfare = view('legal_authority') as Extract<CapacityRecordView, { kind: 'legal_authority' }>;
  const finance = view('legal_authority', {
    body: { scope: 'property_and_financial_affairs', coversLifeSustainingTreatment: null },
  }) as Extract<CapacityRecordView, { kind: 'legal_authority' }>;
  const refs = {
    legalAuthorities: [welfare, finance],
    bestInterestsDecisionIds: [OLD],
    lacksCapacityForDecision: true,
    today: '2026-06-01',
  };
  const byAttorney = (authorityId: string) =>
    capacityRecordPostSchemas.consent.parse({ ...examples.consent, basis: 'legal_authority', method: null, authorityId });
  const inBestInterests = (id: string) =>
    capacityRecordPostSchemas.consent.parse({
      ...examples.consent,
      basis: 'best_interests',
      answer: null,
      bestInterestsDecisionId: id,
    });

  test.each<[string, ConsentBody, ConsentReferences, string[]]>([
    ['a health and welfare attorney for a plan section', byAttorney(welfare.id), refs, []],
    ['an authority not recorded for the person', byAttorney(OLD), refs, ['authorityId']],
    ['a property and finance attorney for personal care', byAttorney(finance.id), refs, ['authorityId']],
    [
      'a welfare attorney where the person can decide',
      byAttorney(welfare.id),
      { ...refs, lacksCapacityForDecision: false },
      ['authorityId'],
    ],
    ['a best-interests decision of the person', inBestInterests(OLD), refs, []],
    ['a best-interests decision not of the person', inBestInterests(welfare.id), refs, ['bestInterestsDecisionId']],
  ])('%s', (_name, body, context, fields) => {
    expect(consentReferenceErrors(body, context).map((e) => e.field)).toEqual(fields);
  });

  test.each([
    ['assessed for the section', [buildAssessment({ decision: 'Personal care', decisionKey: 'personal_care' })], true],
    [
      'assessed with the section among those covered',
      [buildAssessment({ decision: 'Care at home', sectionKeys: ['personal_care'] })],
      true,
    ],
    [
      'found to have capacity for the section',
      [buildAssessment({ decisionKey: 'personal_care', outcome: 'has_capacity' })],
      false,
    ],
    ['nothing assessed', [], false],
  ])('lacking capacity for a plan section consent: %s', (_name, assessments, lacks) => {
    expect(lacksCapacityForConsent({ kind: 'plan_section', sectionKey: 'personal_care' }, assessments)).toBe(lacks);
  });
});
