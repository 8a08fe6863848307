// Scenario tables for the rules that read the person's capacity records as well as the plan (C19, F38–F43, K73, K74):
// what the records add when the caller knows them, and that a plan audited alone is judged as before.
import { describe, expect, test } from 'vitest';
import type { AdvanceCarePlanBody } from '../capacity/advance-care-plan.js';
import type { ConsentBody } from '../capacity/consent.js';
import type { LibertyBody } from '../capacity/deprivation-of-liberty.js';
import type { LegalAuthorityBody } from '../capacity/legal-authority.js';
import type { ResuscitationRecordBody } from '../capacity/resuscitation-record.js';
import { buildAssessment } from '../capacity/test-factories.js';
import type { AuditBestInterestsDecision, AuditCapacity, AuditCapacityRecord, AuditInput } from './audit-input.js';
import { statedImpairmentOf } from './capacity.js';
import type { AuditRule } from './rule.js';
import { advanceCarePlanningOffered } from './rules/advance-care-planning-offered.js';
import { bestInterestsRecorded } from './rules/best-interests-recorded.js';
import { capacityAndAgreement } from './rules/capacity-and-agreement.js';
import { capacityAssessment } from './rules/capacity-assessment.js';
import { capacityPerSection } from './rules/capacity-per-section.js';
import { capacityStatus } from './rules/capacity-status.js';
import { consentRecorded } from './rules/consent-recorded.js';
import { dnacprAwareness } from './rules/dnacpr-awareness.js';
import { hospitalPassportReview } from './rules/hospital-passport-review.js';
import {
  answers,
  findingsOf,
  goodVersion,
  notApplicable,
  outcomeOf,
  planInput,
  type Change,
  type Expected,
  type SectionChange,
} from './test-plans.js';

// --- The person's records -------------------------------------------------------------------------------------------

const lacksMedicines = buildAssessment({
  id: 'a-medicines',
  decision: 'Managing her medicines',
  outcome: 'lacks_capacity',
  assessedOn: '2026-05-10',
  signedAt: '2026-05-10T10:00:00Z',
  sectionKeys: ['medication'],
});
const hasPersonalCare = buildAssessment({
  id: 'a-personal-care',
  decision: 'How her personal care is given',
  outcome: 'has_capacity',
  assessedOn: '2026-05-11',
  signedAt: '2026-05-11T10:00:00Z',
  sectionKeys: ['personal_care'],
});
const fluctuating = buildAssessment({
  id: 'a-money',
  decision: 'Paying her bills',
  outcome: 'has_capacity',
  assessedOn: '2026-05-12',
  signedAt: '2026-05-12T10:00:00Z',
  fluctuates: true,
  reassessOn: '2026-08-12',
});
/** Every section of the good plan that holds a care decision, linked to one assessment. */
const everySection = buildAssessment({
  id: 'a-everything',
  decision: 'Her care and support',
  outcome: 'has_capacity',
  assessedOn: '2026-05-13',
  signedAt: '2026-05-13T10:00:00Z',
  sectionKeys: [
    'visits_and_support',
    'communication_and_information',
    'health_and_wellbeing',
    'personal_care',
    'mobility_and_falls',
    'nutrition_and_hydration',
    'community_access_and_engagement',
    'advance_care_planning',
    'contingency_plans',
  ],
});

const bestInterests: AuditBestInterestsDecision = {
  id: 'bi-medicines',
  assessmentId: 'a-medicines',
  decision: 'Managing her medicines',
  decisionKey: null,
  decidedOn: '2026-05-14',
  sectionKeys: ['medication'],
};

const record = <Body>(id: string, body: Body, recordedOn = '2026-05-15'): AuditCapacityRecord<Body> => ({ id, body, recordedOn });

const lpa = (patch: Partial<Extract<LegalAuthorityBody, { kind: 'lasting_power_of_attorney' }>> = {}) =>
  record<LegalAuthorityBody>('lpa-tom', {
    kind: 'lasting_power_of_attorney',
    holderName: 'Tom Clarke',
    holderContactId: null,
    scope: 'health_and_welfare',
    conditions: null,
    seenOn: '2026-04-30',
    endedOn: null,
    reference: '7000-1234-5678',
    registeredOn: '2024-01-10',
    coversLifeSustainingTreatment: false,
    ...patch,
  });

const dols = (patch: Partial<LibertyBody> = {}) =>
  record<LibertyBody>('dols-1', {
    scheme: 'dols',
    status: 'authorised',
    appliedOn: '2026-01-05',
    authorisedOn: '2026-02-01',
    expiresOn: '2027-01-31',
    authorisedBy: 'Hertfordshire County Council',
    conditions: null,
    reviewOn: null,
    ...patch,
  });

const consent = (patch: Partial<ConsentBody> = {}) =>
  record<ConsentBody>('consent-personal-care', {
    scope: { kind: 'plan_section', sectionKey: 'personal_care' },
    basis: 'person',
    answer: 'given',
    decidedOn: '2026-05-20',
    method: 'spoken',
    methodDetail: null,
    personsWords: null,
    authorityId: null,
    bestInterestsDecisionId: null,
    afterRefusal: null,
    ...patch,
  });

const advanceCarePlan = (passport: Partial<AdvanceCarePlanBody['hospitalPassport']> = {}) =>
  record<AdvanceCarePlanBody>('acp-1', {
    madeOn: '2026-03-01',
    whatMatters: 'Being at home with my cat',
    wishesForFutureCare: 'To stay at home if I can',
    preferredPlaceOfCare: 'Home',
    preferredPlaceOfDeath: null,
    peopleToInvolve: [],
    religiousAndCulturalWishes: null,
    copiesHeldBy: [],
    capacityWhenMade: 'had_capacity',
    howMadeWithoutCapacity: null,
    treatmentEscalationPlan: { inPlace: false, keptAt: null },
    hospitalPassport: { inPlace: true, keptAt: 'Purple folder by the door', lastReviewedOn: '2026-03-05', ...passport },
    reviewOn: null,
  });

const dnacpr = record<ResuscitationRecordBody>('resus-1', {
  status: 'dnacpr',
  cprRecommendation: 'do_not_attempt_cpr',
  clinician: { name: 'Dr Anna Patel', role: 'GP' },
  decidedOn: '2026-02-01',
  originalKeptAt: 'Blue folder on the hall table',
  howStaffTold: null,
  reviewOn: null,
});
const attemptCpr = record<ResuscitationRecordBody>('resus-2', {
  status: 'respect_form',
  cprRecommendation: 'attempt_cpr',
  careFocus: 'balanced',
  clinician: { name: 'Dr Anna Patel', role: 'GP' },
  decidedOn: '2026-02-01',
  originalKeptAt: 'Blue folder on the hall table',
  howStaffTold: null,
  reviewOn: null,
});

/** Records known to the caller: none of any kind unless given. */
const records = (patch: Partial<AuditCapacity> = {}): AuditCapacity => ({
  assessments: [],
  bestInterestsDecisions: [],
  legalAuthorities: [],
  libertySafeguards: [],
  consents: [],
  advanceCarePlans: [],
  resuscitationRecords: [],
  ...patch,
});

// --- Plans ----------------------------------------------------------------------------------------------------------

const withRecords = (capacity: AuditCapacity, change: Change = {}) => planInput({ ...change, capacity });
const capacitySection = (...changes: SectionChange[]): Change => ({ sections: { mental_capacity_and_consent: changes } });
const some = answers({ capacity_status: 'I have capacity for some decisions: not for managing my medicines.' });
const affectingButAll = answers({
  capacity_status: 'I have dementia, which may affect my decisions; assessed, I have capacity for all decisions about my care.',
});
const agreedByAttorney: Change['version'] = {
  agreement: {
    ...goodVersion.agreement!,
    method: 'attorney_or_deputy',
    agreedBy: 'Tom Clarke',
    authority: 'LPA health and welfare',
  },
};
const notAgreed: Change['version'] = { agreement: null, status: 'draft', agreedOn: null };
const dnacprInPlan = {
  one_page_profile: answers({ dnacpr_location: 'Yes, in the blue folder on the hall table' }),
  advance_care_planning: answers({ dnacpr_or_respect: 'Yes, DNACPR from Dr Patel, blue folder' }),
};

const scenarios: [string, AuditRule, AuditInput, Expected][] = [
  // F38: the signed assessments state the status; the plan must not contradict them.
  [
    'F38 no answer in the plan, but signed assessments',
    capacityStatus,
    withRecords(records({ assessments: [hasPersonalCare] }), capacitySection(answers({ capacity_status: null }))),
    'pass',
  ],
  [
    'F38 no answer and no assessment',
    capacityStatus,
    withRecords(records(), capacitySection(answers({ capacity_status: null }))),
    ['fail'],
  ],
  [
    'F38 plan says all, an assessment found a lack of capacity',
    capacityStatus,
    withRecords(records({ assessments: [lacksMedicines] })),
    ['warn'],
  ],
  ['F38 plan says all, the assessments agree', capacityStatus, withRecords(records({ assessments: [hasPersonalCare] })), 'pass'],
  [
    'F38 plan says some, the assessments show some',
    capacityStatus,
    withRecords(records({ assessments: [lacksMedicines, hasPersonalCare] }), capacitySection(some)),
    'pass',
  ],
  ['F38 plan says all, nothing assessed', capacityStatus, withRecords(records()), 'pass'],

  // F39: an assessment on the record counts; an impairment the plan states is a reason to assess.
  [
    'F39 plan alone: an impairment affecting decisions is not read',
    capacityAssessment,
    planInput(capacitySection(affectingButAll)),
    'n/a',
  ],
  [
    'F39 impairment affecting decisions, nothing assessed',
    capacityAssessment,
    withRecords(records(), capacitySection(affectingButAll)),
    ['fail'],
  ],
  [
    'F39 impairment affecting decisions, a signed assessment',
    capacityAssessment,
    withRecords(records({ assessments: [hasPersonalCare] }), capacitySection(affectingButAll)),
    'pass',
  ],
  [
    'F39 some decisions, a signed assessment, none named in the plan',
    capacityAssessment,
    withRecords(records({ assessments: [lacksMedicines] }), capacitySection(some)),
    'pass',
  ],
  ['F39 some decisions, nothing anywhere', capacityAssessment, withRecords(records(), capacitySection(some)), ['fail']],
  [
    'F39 plan says all, an assessment found a lack of capacity',
    capacityAssessment,
    withRecords(records({ assessments: [lacksMedicines] })),
    'pass',
  ],

  // F40: "some decisions" needs an assessment linked to each section holding a care decision.
  ['F40 plan alone', capacityPerSection, planInput(capacitySection(some)), 'n/a'],
  ['F40 all decisions', capacityPerSection, withRecords(records({ assessments: [hasPersonalCare] })), 'n/a'],
  [
    'F40 some decisions, every section linked',
    capacityPerSection,
    withRecords(records({ assessments: [lacksMedicines, everySection] }), capacitySection(some)),
    'pass',
  ],
  [
    'F40 some decisions, two of ten sections linked',
    capacityPerSection,
    withRecords(records({ assessments: [lacksMedicines, hasPersonalCare] }), capacitySection(some)),
    Array<'warn'>(8).fill('warn'),
  ],
  [
    'F40 the records show some decisions though the plan says all',
    capacityPerSection,
    withRecords(records({ assessments: [lacksMedicines, everySection] })),
    'pass',
  ],

  // F41: a best-interests decision for each lack of capacity, the DoLS status, and authorities seen.
  [
    'F41 lack of capacity with its best-interests decision and a DoLS record',
    bestInterestsRecorded,
    withRecords(
      records({ assessments: [lacksMedicines], bestInterestsDecisions: [bestInterests], libertySafeguards: [dols()] }),
      capacitySection(some),
    ),
    'pass',
  ],
  [
    'F41 lack of capacity, no best-interests decision anywhere',
    bestInterestsRecorded,
    withRecords(records({ assessments: [lacksMedicines], libertySafeguards: [dols()] }), capacitySection(some)),
    ['fail'],
  ],
  [
    'F41 the plan names the best-interests decisions',
    bestInterestsRecorded,
    withRecords(
      records({ assessments: [lacksMedicines], libertySafeguards: [dols()] }),
      capacitySection(some, answers({ best_interests_decisions: 'Medicines: decided 2026-05-14 with Tom and her GP.' })),
    ),
    'pass',
  ],
  [
    'F41 no DoLS status in the plan or the record',
    bestInterestsRecorded,
    withRecords(records({ assessments: [lacksMedicines], bestInterestsDecisions: [bestInterests] }), capacitySection(some)),
    ['fail'],
  ],
  [
    'F41 the DoLS authorisation has expired',
    bestInterestsRecorded,
    withRecords(
      records({
        assessments: [lacksMedicines],
        bestInterestsDecisions: [bestInterests],
        libertySafeguards: [dols({ expiresOn: '2026-05-01' })],
      }),
      capacitySection(some),
    ),
    ['warn'],
  ],
  [
    'F41 a lasting power of attorney not seen',
    bestInterestsRecorded,
    withRecords(records({ legalAuthorities: [lpa({ seenOn: null })] })),
    ['fail'],
  ],
  [
    'F41 an ended power of attorney needs no sighting',
    bestInterestsRecorded,
    withRecords(records({ legalAuthorities: [lpa({ seenOn: null, endedOn: '2026-01-01' })] })),
    'pass',
  ],
  [
    'F41 plan says no LPA, the record holds one',
    bestInterestsRecorded,
    withRecords(records({ legalAuthorities: [lpa()] }), capacitySection(answers({ lasting_power_of_attorney: 'None' }))),
    ['warn'],
  ],
  [
    'F41 capacity section not applicable, but a lack of capacity assessed',
    bestInterestsRecorded,
    withRecords(records({ assessments: [lacksMedicines] }), capacitySection(notApplicable)),
    ['fail', 'fail'],
  ],
  ['F41 plan alone, capacity section not applicable', bestInterestsRecorded, planInput(capacitySection(notApplicable)), 'n/a'],

  // F42: nobody agrees the plan for a person no assessment finds lacking capacity.
  [
    'F42 agreed by an attorney, no assessment finds a lack of capacity',
    capacityAndAgreement,
    withRecords(records({ assessments: [hasPersonalCare] }), { ...capacitySection(some), version: agreedByAttorney }),
    ['fail'],
  ],
  [
    'F42 agreed by an attorney, nothing assessed',
    capacityAndAgreement,
    withRecords(records(), { ...capacitySection(some), version: agreedByAttorney }),
    ['fail'],
  ],
  [
    'F42 agreed by an attorney, a lack of capacity assessed',
    capacityAndAgreement,
    withRecords(records({ assessments: [lacksMedicines] }), { ...capacitySection(some), version: agreedByAttorney }),
    'n/a',
  ],
  [
    'F42 plan alone, some decisions, agreed by an attorney',
    capacityAndAgreement,
    planInput({ ...capacitySection(some), version: agreedByAttorney }),
    'n/a',
  ],
  [
    'F42 the person agreed, the records show capacity',
    capacityAndAgreement,
    withRecords(records({ assessments: [hasPersonalCare] }), capacitySection(some)),
    'pass',
  ],

  // F43: a dated consent record counts as consent; a refused section needs what happens instead.
  [
    'F43 not agreed, no consent in the plan, a consent record',
    consentRecorded,
    withRecords(records({ consents: [consent()] }), {
      ...capacitySection(answers({ consent_to_plan: null })),
      version: notAgreed,
    }),
    'pass',
  ],
  [
    'F43 not agreed, no consent anywhere',
    consentRecorded,
    withRecords(records(), { ...capacitySection(answers({ consent_to_plan: null })), version: notAgreed }),
    ['fail'],
  ],
  [
    'F43 a consent record for an activity is not consent to the plan',
    consentRecorded,
    withRecords(records({ consents: [consent({ scope: { kind: 'care_activity', activity: 'Flu vaccination' } })] }), {
      ...capacitySection(answers({ consent_to_plan: null })),
      version: notAgreed,
    }),
    ['fail'],
  ],
  [
    'F43 personal care refused, nothing about what happens instead',
    consentRecorded,
    withRecords(records({ consents: [consent({ answer: 'refused', personsWords: 'I wash myself' })] })),
    ['warn'],
  ],
  [
    'F43 personal care refused, what happens instead recorded',
    consentRecorded,
    withRecords(
      records({
        consents: [
          consent({ answer: 'refused', personsWords: 'I wash myself', afterRefusal: 'Staff lay out her towels and wait nearby' }),
        ],
      }),
    ),
    'pass',
  ],
  [
    'F43 refused earlier, given since',
    consentRecorded,
    withRecords(
      records({
        consents: [
          consent({ answer: 'refused', personsWords: 'Not today', decidedOn: '2026-05-01' }),
          { ...consent(), id: 'consent-2' },
        ],
      }),
    ),
    'pass',
  ],

  // C19: the ReSPECT / DNACPR record is shown to every care worker, and must agree with the plan.
  [
    'C19 a DNACPR record and the plan says so, no alert',
    dnacprAwareness,
    withRecords(records({ resuscitationRecords: [dnacpr] }), { sections: dnacprInPlan }),
    'pass',
  ],
  ['C19 a DNACPR record, the plan says no', dnacprAwareness, withRecords(records({ resuscitationRecords: [dnacpr] })), ['fail']],
  [
    'C19 the plan says DNACPR, the record says attempt CPR',
    dnacprAwareness,
    withRecords(records({ resuscitationRecords: [attemptCpr] }), { sections: dnacprInPlan }),
    ['fail'],
  ],
  [
    'C19 a DNACPR record, the plan silent',
    dnacprAwareness,
    withRecords(records({ resuscitationRecords: [dnacpr] }), {
      person: { alerts: undefined },
      sections: {
        one_page_profile: answers({ dnacpr_location: null }),
        advance_care_planning: answers({ dnacpr_or_respect: null }),
      },
    }),
    ['fail'],
  ],
  [
    'C19 no record and no alerts known',
    dnacprAwareness,
    withRecords(records({ resuscitationRecords: undefined }), { person: { alerts: undefined } }),
    'n/a',
  ],

  // K73: the hospital passport is reviewed on or after the advance care plan.
  ['K73 plan alone', hospitalPassportReview, planInput(), 'n/a'],
  [
    'K73 no hospital passport',
    hospitalPassportReview,
    withRecords(records({ advanceCarePlans: [advanceCarePlan({ inPlace: false, keptAt: null, lastReviewedOn: null })] })),
    'n/a',
  ],
  [
    'K73 passport reviewed after the plan',
    hospitalPassportReview,
    withRecords(records({ advanceCarePlans: [advanceCarePlan()] })),
    'pass',
  ],
  [
    'K73 passport reviewed the day the plan was made',
    hospitalPassportReview,
    withRecords(records({ advanceCarePlans: [advanceCarePlan({ lastReviewedOn: '2026-03-01' })] })),
    'pass',
  ],
  [
    'K73 passport reviewed before the plan',
    hospitalPassportReview,
    withRecords(records({ advanceCarePlans: [advanceCarePlan({ lastReviewedOn: '2025-11-30' })] })),
    ['warn'],
  ],
  [
    'K73 passport never reviewed',
    hospitalPassportReview,
    withRecords(records({ advanceCarePlans: [advanceCarePlan({ lastReviewedOn: null })] })),
    ['warn'],
  ],

  // K74: fluctuating capacity on the record is a reason to offer a plan; a plan on the record shows one exists.
  ['K74 plan alone, nothing progressive', advanceCarePlanningOffered, planInput(), 'n/a'],
  [
    'K74 no fluctuating capacity on the record',
    advanceCarePlanningOffered,
    withRecords(records({ assessments: [hasPersonalCare] })),
    'n/a',
  ],
  [
    'K74 fluctuating capacity, no advance care plan anywhere',
    advanceCarePlanningOffered,
    withRecords(records({ assessments: [fluctuating] }), {
      sections: { advance_care_planning: answers({ advance_care_plan: null }) },
    }),
    ['warn'],
  ],
  [
    'K74 fluctuating capacity, an advance care plan on the record',
    advanceCarePlanningOffered,
    withRecords(records({ assessments: [fluctuating], advanceCarePlans: [advanceCarePlan()] }), {
      sections: { advance_care_planning: answers({ advance_care_plan: null }) },
    }),
    'pass',
  ],
  [
    'K74 dementia, the plan on the record and not in the text',
    advanceCarePlanningOffered,
    withRecords(records({ advanceCarePlans: [advanceCarePlan()] }), {
      sections: {
        health_and_wellbeing: answers({ present_conditions: 'Vascular dementia, diagnosed 2024.' }),
        advance_care_planning: answers({ advance_care_plan: null }),
      },
    }),
    'pass',
  ],
];

describe('rules reading the capacity records', () => {
  test.each(scenarios)('%s', (_name, rule, input, expected) => {
    expect(outcomeOf(rule, input)).toEqual(expected);
  });
});

describe('findings name the record they rest on', () => {
  const only = (rule: AuditRule, input: AuditInput) => {
    const findings = findingsOf(rule, input);
    expect(findings).toHaveLength(1);
    return findings[0]!;
  };

  test('F38 names the assessment the plan contradicts', () => {
    const f = only(capacityStatus, withRecords(records({ assessments: [lacksMedicines] })));
    expect(f.explanation).toContain('the capacity assessment of 2026-05-10 about \u201cManaging her medicines\u201d');
  });

  test('F41 points at the assessment with no best-interests decision', () => {
    const f = only(
      bestInterestsRecorded,
      withRecords(records({ assessments: [lacksMedicines], libertySafeguards: [dols()] }), capacitySection(some)),
    );
    expect(f.field).toBe('capacity.assessments.a-medicines');
    expect(f.explanation).toContain('Managing her medicines');
  });

  test('F41 points at the authority not seen, by holder', () => {
    const f = only(bestInterestsRecorded, withRecords(records({ legalAuthorities: [lpa({ seenOn: null })] })));
    expect(f.field).toBe('capacity.legalAuthorities.lpa-tom');
    expect(f.explanation).toContain('lasting power of attorney (health and welfare) held by Tom Clarke');
  });

  test('F41 points at the expired liberty record', () => {
    const f = only(
      bestInterestsRecorded,
      withRecords(
        records({
          assessments: [lacksMedicines],
          bestInterestsDecisions: [bestInterests],
          libertySafeguards: [dols({ expiresOn: '2026-05-01' })],
        }),
        capacitySection(some),
      ),
    );
    expect(f.field).toBe('capacity.libertySafeguards.dols-1');
    expect(f.explanation).toContain('expired on 2026-05-01');
  });

  test('F40 names each section without an assessment', () => {
    const findings = findingsOf(
      capacityPerSection,
      withRecords(records({ assessments: [lacksMedicines, hasPersonalCare] }), capacitySection(some)),
    );
    expect(findings.map((f) => f.sectionKey)).not.toContain('medication');
    expect(findings.map((f) => f.sectionKey)).toContain('mobility_and_falls');
  });

  test('F43 points at the refused consent record', () => {
    const f = only(
      consentRecorded,
      withRecords(records({ consents: [consent({ answer: 'refused', personsWords: 'I wash myself' })] })),
    );
    expect(f.field).toBe('capacity.consents.consent-personal-care');
    expect(f.sectionKey).toBe('personal_care');
  });

  test('C19 points at the resuscitation record', () => {
    const f = only(dnacprAwareness, withRecords(records({ resuscitationRecords: [attemptCpr] }), { sections: dnacprInPlan }));
    expect(f.field).toBe('capacity.resuscitationRecords.resus-2');
  });

  test('K73 points at the advance care plan and gives both dates', () => {
    const f = only(
      hospitalPassportReview,
      withRecords(records({ advanceCarePlans: [advanceCarePlan({ lastReviewedOn: '2025-11-30' })] })),
    );
    expect(f.field).toBe('capacity.advanceCarePlans.acp-1');
    expect(f.explanation).toContain('2025-11-30');
    expect(f.explanation).toContain('2026-03-01');
  });

  test('K74 names the assessment recording fluctuating capacity', () => {
    const f = only(
      advanceCarePlanningOffered,
      withRecords(records({ assessments: [fluctuating] }), {
        sections: { advance_care_planning: answers({ advance_care_plan: null }) },
      }),
    );
    expect(f.explanation).toContain('Paying her bills');
  });
});

describe('the impairment the plan states', () => {
  const plan = (text: string | null) => planInput(capacitySection(answers({ capacity_status: text }))).content;

  test.each([
    ['I have capacity to make all decisions about my care.', null],
    ['No impairment: I have capacity for all decisions.', 'none'],
    ['I have no known impairment of the mind or brain.', 'none'],
    ['I have a learning disability that does not affect my decisions.', 'does_not_affect_decisions'],
    ['My brain injury doesn\u2019t affect my everyday decisions; I have capacity for all of them.', 'does_not_affect_decisions'],
    ['I have dementia, which affects some decisions.', 'affects_decisions'],
    ['My dementia affects my decisions about money; assessed, I have capacity for all decisions.', 'affects_decisions'],
    ['Lacks capacity for decisions about her care.', 'affects_decisions'],
    [null, null],
  ] as const)('%j reads as %s', (text, expected) => {
    expect(statedImpairmentOf(plan(text))).toBe(expected);
  });

  test('a capacity section marked not applicable states nothing', () => {
    expect(statedImpairmentOf(planInput(capacitySection(notApplicable)).content)).toBeNull();
  });
});
