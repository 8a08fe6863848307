import { describe, expect, test } from 'vitest';
import type { AuthorityFacts } from '../capacity/legal-authority.js';
import { buildAssessment } from '../capacity/test-factories.js';
import {
  sharingAuthorityDescription,
  sharingAuthorityErrors,
  sharingAuthorityOptions,
  sharingDecisionRef,
  type SharingAuthorityFacts,
} from './sharing-authority.js';
import type { SharingDecisionBody } from './sharing-decisions.js';

const today = '2026-12-06';
const about = { decision: sharingDecisionRef.decision, decisionKey: sharingDecisionRef.decisionKey };

const lacks = buildAssessment({ id: 'lacks', ...about, outcome: 'lacks_capacity', assessedOn: '2026-11-20' });
const has = buildAssessment({ id: 'has', ...about, outcome: 'has_capacity', assessedOn: '2026-11-20' });
const replaced = buildAssessment({ id: 'replaced', ...about, outcome: 'lacks_capacity', assessedOn: '2026-06-01', signedAt: '2026-06-01T10:00:00Z' });
const newer = buildAssessment({ id: 'newer', ...about, outcome: 'lacks_capacity', assessedOn: '2026-11-25', supersedes: 'replaced' });
const medicines = buildAssessment({ id: 'medicines', decision: 'Managing her medicines', decisionKey: 'medication', outcome: 'lacks_capacity' });
const draft = buildAssessment({ id: 'draft', ...about, signedAt: null });

const welfare: AuthorityFacts = { kind: 'lasting_power_of_attorney', scope: 'health_and_welfare', registeredOn: '2023-04-01', seenOn: '2026-01-15', endedOn: null };
const money: AuthorityFacts = { ...welfare, scope: 'property_and_financial_affairs' };
const unregistered: AuthorityFacts = { ...welfare, registeredOn: null };
const ended: AuthorityFacts = { ...welfare, endedOn: '2026-12-01' };
const deputy: AuthorityFacts = { kind: 'deputyship', scope: 'health_and_welfare', orderedOn: '2024-02-01', seenOn: '2024-03-01', endedOn: null };

const facts = (assessments: SharingAuthorityFacts['assessments']): SharingAuthorityFacts => ({
  assessments,
  bestInterestsDecisions: [
    { id: 'bi-on-lacks', assessmentId: 'lacks' },
    { id: 'bi-on-medicines', assessmentId: 'medicines' },
    { id: 'bi-on-newer', assessmentId: 'newer' },
  ],
  legalAuthorities: [
    { id: 'welfare', current: true, body: welfare },
    { id: 'money', current: true, body: money },
    { id: 'unregistered', current: true, body: unregistered },
    { id: 'ended', current: true, body: ended },
    { id: 'deputy', current: true, body: deputy },
    { id: 'old-welfare', current: false, body: welfare },
  ],
  today,
});

type Body = Pick<SharingDecisionBody, 'decidedBy' | 'capacityAssessmentId' | 'bestInterestsDecisionId' | 'legalAuthorityRecordId'>;
const byPerson: Body = { decidedBy: 'person', capacityAssessmentId: null, bestInterestsDecisionId: null, legalAuthorityRecordId: null };
const forThem = (capacityAssessmentId: string, rest: Partial<Body>): Body => ({
  ...byPerson,
  decidedBy: 'legal_authority',
  capacityAssessmentId,
  ...rest,
});

describe('the person decides who sees their record', () => {
  test.each([
    ['no assessment at all: capacity is assumed', [], []],
    ['an assessment about something else finding a lack of capacity', [medicines], []],
    ['the assessment for sharing finds they have capacity', [has], []],
    ['a draft about sharing decides nothing', [draft], []],
    ['the assessment for sharing finds they lack capacity', [lacks], ['decidedBy']],
    ['a newer assessment finding capacity replaces one finding a lack of it', [replaced, buildAssessment({ id: 'later', ...about, outcome: 'has_capacity', assessedOn: '2026-11-25', supersedes: 'replaced' })], []],
  ] as const)('%s', (_name, assessments, fields) => {
    expect(sharingAuthorityErrors(byPerson, facts(assessments)).map((e) => e.field)).toEqual(fields);
  });

  test('refused, it says why and what to do instead', () => {
    expect(sharingAuthorityErrors(byPerson, facts([lacks]))[0]?.message).toBe(
      'The capacity assessment of 20 November 2026 finds they lack capacity to decide who may see their record: record the decision as made by someone with legal authority, naming that assessment',
    );
  });
});

describe('someone with legal authority decides for them', () => {
  test.each([
    ['the assessment in force and a best-interests decision made on it', [lacks], forThem('lacks', { bestInterestsDecisionId: 'bi-on-lacks' }), []],
    ['the assessment in force and a registered, seen health and welfare LPA', [lacks], forThem('lacks', { legalAuthorityRecordId: 'welfare' }), []],
    ['a health and welfare deputy', [lacks], forThem('lacks', { legalAuthorityRecordId: 'deputy' }), []],
    ['both a best-interests decision and an LPA', [lacks], forThem('lacks', { bestInterestsDecisionId: 'bi-on-lacks', legalAuthorityRecordId: 'welfare' }), []],
    ['the newer assessment, not the one it replaced', [replaced, newer], forThem('newer', { bestInterestsDecisionId: 'bi-on-newer' }), []],
    ['an assessment that was replaced', [replaced, newer], forThem('replaced', { legalAuthorityRecordId: 'welfare' }), ['capacityAssessmentId']],
    ['an assessment finding capacity', [has], forThem('has', { legalAuthorityRecordId: 'welfare' }), ['capacityAssessmentId', 'legalAuthorityRecordId']],
    ['an assessment about another decision', [medicines, lacks], forThem('medicines', { bestInterestsDecisionId: 'bi-on-medicines' }), ['capacityAssessmentId']],
    ['a draft', [draft], forThem('draft', { legalAuthorityRecordId: 'welfare' }), ['capacityAssessmentId', 'legalAuthorityRecordId']],
    ['an assessment not of this person', [lacks], forThem('elsewhere', { legalAuthorityRecordId: 'welfare' }), ['capacityAssessmentId']],
    ['a best-interests decision on another assessment', [lacks, medicines], forThem('lacks', { bestInterestsDecisionId: 'bi-on-medicines' }), ['bestInterestsDecisionId']],
    ['a best-interests decision not of this person', [lacks], forThem('lacks', { bestInterestsDecisionId: 'bi-elsewhere' }), ['bestInterestsDecisionId']],
    ['a property and finance LPA: sharing is outside it', [lacks], forThem('lacks', { legalAuthorityRecordId: 'money' }), ['legalAuthorityRecordId']],
    ['an unregistered LPA', [lacks], forThem('lacks', { legalAuthorityRecordId: 'unregistered' }), ['legalAuthorityRecordId']],
    ['an LPA that has ended', [lacks], forThem('lacks', { legalAuthorityRecordId: 'ended' }), ['legalAuthorityRecordId']],
    ['an LPA record since replaced', [lacks], forThem('lacks', { legalAuthorityRecordId: 'old-welfare' }), ['legalAuthorityRecordId']],
    ['an LPA not of this person', [lacks], forThem('lacks', { legalAuthorityRecordId: 'elsewhere' }), ['legalAuthorityRecordId']],
  ] as const)('%s', (_name, assessments, body, fields) => {
    expect(sharingAuthorityErrors(body, facts(assessments)).map((e) => e.field)).toEqual(fields);
  });

  test.each([
    ['money', 'This decision is outside what the authority covers'],
    ['unregistered', 'The lasting power of attorney is not registered, so it cannot be used yet'],
    ['ended', 'This authority has ended'],
  ])('the %s authority is refused with the authority rule\u2019s words', (id, message) => {
    expect(sharingAuthorityErrors(forThem('lacks', { legalAuthorityRecordId: id }), facts([lacks]))).toEqual([{ field: 'legalAuthorityRecordId', message }]);
  });
});

describe('what the form offers', () => {
  test.each([
    ['the assessment in force finding a lack of capacity, its decisions, and powers covering sharing', [lacks, medicines], 'lacks', ['lacks'], ['bi-on-lacks'], ['welfare', 'deputy']],
    ['only the newer of two', [replaced, newer], 'newer', ['newer'], ['bi-on-newer'], ['welfare', 'deputy']],
    ['nothing when the assessment finds capacity: no power may then decide for them', [has], null, [], [], []],
    ['nothing when nothing is assessed for sharing', [medicines], null, [], [], []],
  ] as const)('%s', (_name, assessments, chosen, a, b, l) => {
    const options = sharingAuthorityOptions(facts(assessments), chosen);
    expect(options.assessments.map((x) => x.id)).toEqual(a);
    expect(options.bestInterestsDecisions.map((x) => x.id)).toEqual(b);
    expect(options.legalAuthorities.map((x) => x.id)).toEqual(l);
  });
});

describe('what the history says a decision rests on', () => {
  const assessment = { assessedOn: '2026-11-20', decision: 'Who may see and share their record', assessorName: 'Sam Senior' };
  test.each([
    ['nothing named', { assessment: null, bestInterests: null, legalAuthority: null }, null],
    [
      'an assessment and a best-interests decision',
      { assessment, bestInterests: { decidedOn: '2026-11-22', decisionMakerName: 'Mo Manager', decisionMakerRole: 'Registered manager' }, legalAuthority: null },
      'Rests on the capacity assessment of 20 November 2026 by Sam Senior, finding they lack capacity to decide \u201cWho may see and share their record\u201d; and the best-interests decision of 22 November 2026 by Mo Manager (Registered manager).',
    ],
    [
      'an assessment and a deputyship',
      { assessment, bestInterests: null, legalAuthority: { ...deputy, holderName: 'Kent County Council' } },
      'Rests on the capacity assessment of 20 November 2026 by Sam Senior, finding they lack capacity to decide \u201cWho may see and share their record\u201d; and the health and welfare deputyship held by Kent County Council.',
    ],
  ] as const)('%s', (_name, records, expected) => {
    expect(sharingAuthorityDescription(records)).toBe(expected);
  });
});
