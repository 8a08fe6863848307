import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  bestInterestsAllowed,
  bestInterestsBodySchema,
  unconsultedAuthorityHolders,
  type AuthorityHolder,
} from './best-interests.js';
import { assessmentsInForce } from './assessments-in-force.js';
import { buildAssessment } from './test-factories.js';

const body = {
  decision: 'Managing her medicines',
  decisionKey: 'medication',
  assessmentId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  decidedOn: '2026-11-22',
  decisionMaker: { name: 'Mo Manager', role: 'Registered manager' },
  notBasedOnAppearance: true,
  relevantCircumstances: 'Missed doses twice last month; her GP has reviewed the medicines',
  regainCapacity: { outlook: 'unlikely', detail: 'Her dementia is progressing' },
  canWait: false,
  whyNotWait: 'Missed doses of her heart medicine put her at risk now',
  participation: 'We showed her the pictures of each tablet and asked what she would like; she wanted to keep her routine',
  wishesFeelingsBeliefsValues: 'She has always valued doing things for herself and dislikes fuss',
  lifeSustainingTreatment: false,
  consulted: [
    { name: 'David Brown', relationship: 'attorney', views: 'Agrees staff should prompt and keep the medicines safe' },
    { name: 'Dr Shah', relationship: 'professional', views: 'Supports a locked cupboard with prompting' },
  ],
  lessRestrictiveOptions: [
    { option: 'A dosette box she manages with reminders', assessment: 'Tried for a month; doses still missed' },
  ],
  decisionMade: 'Staff keep her medicines in a locked cupboard and prompt her at each visit, as she prefers, in her routine',
  sectionKeys: ['medication'],
};

const fieldsOf = (value: unknown) => {
  const result = bestInterestsBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording a best-interests decision (the s4 checklist)', () => {
  test.each([
    ['every part of the checklist answered', {}, []],
    ['not confirmed as free of assumptions about age or appearance', { notBasedOnAppearance: false }, ['notBasedOnAppearance']],
    ['the circumstances not recorded', { relevantCircumstances: '' }, ['relevantCircumstances']],
    ['whether they may regain capacity not said', { regainCapacity: { detail: 'x' } }, ['regainCapacity.outlook']],
    [
      'likely to regain capacity and the decision can wait: wait',
      { regainCapacity: { outlook: 'likely', detail: 'Recovering from an infection' }, canWait: true, whyNotWait: null },
      ['canWait'],
    ],
    [
      'likely to regain capacity but it cannot wait, with why',
      { regainCapacity: { outlook: 'likely', detail: 'Recovering from an infection' } },
      [],
    ],
    ['cannot wait, without saying why', { whyNotWait: ' ' }, ['whyNotWait']],
    ['can wait, and not likely to regain capacity', { canWait: true, whyNotWait: null }, []],
    ['the person\u2019s participation not recorded', { participation: undefined }, ['participation']],
    [
      'their wishes, feelings, beliefs and values not recorded',
      { wishesFeelingsBeliefsValues: '' },
      ['wishesFeelingsBeliefsValues'],
    ],
    ['life-sustaining treatment, not confirmed', { lifeSustainingTreatment: true }, ['notMotivatedByDesireForDeath']],
    ['life-sustaining treatment, confirmed', { lifeSustainingTreatment: true, notMotivatedByDesireForDeath: true }, []],
    ['nobody consulted', { consulted: [] }, ['consulted']],
    [
      'someone consulted without their relationship',
      { consulted: [{ name: 'David Brown', views: 'Agrees' }] },
      ['consulted.0.relationship'],
    ],
    [
      'an IMCA consulted, with their views',
      { consulted: [{ name: 'Jo Adams', relationship: 'imca', views: 'Supports the least restrictive option' }] },
      [],
    ],
    [
      'someone consulted without their views',
      { consulted: [{ name: 'Ray', relationship: 'family', views: '' }] },
      ['consulted.0.views'],
    ],
    ['no less restrictive option considered', { lessRestrictiveOptions: [] }, ['lessRestrictiveOptions']],
    [
      'an option without why it was or was not chosen',
      { lessRestrictiveOptions: [{ option: 'Reminders' }] },
      ['lessRestrictiveOptions.0.assessment'],
    ],
    ['no assessment named', { assessmentId: 'not-an-id' }, ['assessmentId']],
    ['the decision made not recorded', { decisionMade: '' }, ['decisionMade']],
    ['a plan section twice', { sectionKeys: ['medication', 'medication'] }, ['sectionKeys']],
    ['review before the decision', { reviewOn: '2026-11-01' }, ['reviewOn']],
    ['review after the decision', { reviewOn: '2027-05-22' }, []],
  ])('%s', (_name, overrides, fields) => {
    expect(fieldsOf({ ...body, ...overrides })).toEqual(fields);
  });
});

describe('a best-interests decision needs an assessment showing a lack of capacity for that decision', () => {
  const lacks = buildAssessment({ id: 'lacks', decision: 'Managing her medicines', outcome: 'lacks_capacity' });
  const has = buildAssessment({ id: 'has', decision: 'Managing her medicines', outcome: 'has_capacity' });
  const lacksDraft = buildAssessment({ id: 'lacks-draft', outcome: 'lacks_capacity', signedAt: null });
  const laterHas = buildAssessment({
    id: 'later-has',
    outcome: 'has_capacity',
    assessedOn: '2026-12-01',
    signedAt: '2026-12-01T09:00:00Z',
  });
  const laterLacks = buildAssessment({
    id: 'later-lacks',
    outcome: 'lacks_capacity',
    assessedOn: '2026-12-01',
    signedAt: '2026-12-01T09:00:00Z',
  });
  const replacesLacks = buildAssessment({ id: 'replaces', outcome: 'has_capacity', supersedes: 'lacks' });
  const replacesHas = buildAssessment({ id: 'replaces-has', outcome: 'lacks_capacity', supersedes: 'has' });
  const otherDecisionLacks = buildAssessment({ id: 'money', decision: 'Managing money', outcome: 'lacks_capacity' });
  const medicines = { decision: 'Managing her medicines' };

  test.each([
    ['no assessment at all: capacity is assumed', medicines, [], 'no_assessment'],
    ['an assessment for a different decision', medicines, [otherDecisionLacks], 'no_assessment'],
    ['only a draft finding a lack of capacity', medicines, [lacksDraft], 'no_assessment'],
    ['the assessment found capacity', medicines, [has], 'has_capacity'],
    ['a lack of capacity, signed', medicines, [lacks], 'allowed'],
    ['the same decision in other words', { decision: ' managing her  medicines.' }, [lacks], 'allowed'],
    ['a newer assessment found capacity regained', medicines, [lacks, laterHas], 'has_capacity'],
    ['a newer assessment found a lack of capacity', medicines, [has, laterLacks], 'allowed'],
    ['the lack of capacity was superseded by a finding of capacity', medicines, [lacks, replacesLacks], 'has_capacity'],
    ['a finding of capacity superseded by a lack of capacity', medicines, [has, replacesHas], 'allowed'],
    ['resting on the assessment in force', { ...medicines, assessmentId: 'later-lacks' }, [has, laterLacks], 'allowed'],
    ['resting on an older assessment', { ...medicines, assessmentId: 'lacks' }, [lacks, laterLacks], 'not_current_assessment'],
    [
      'resting on another decision\u2019s assessment',
      { ...medicines, assessmentId: 'money' },
      [lacks, otherDecisionLacks],
      'not_current_assessment',
    ],
  ])('%s', (_name, decision, assessments, expected) => {
    const permission = bestInterestsAllowed(decision, assessments);
    expect(permission.allowed ? 'allowed' : permission.reason).toBe(expected);
  });

  test('the allowed decision names the assessment it rests on; a refusal says why in plain English', () => {
    expect(bestInterestsAllowed(medicines, [lacks])).toMatchObject({ allowed: true, assessment: { id: 'lacks' } });
    expect(bestInterestsAllowed(medicines, [has])).toMatchObject({
      allowed: false,
      message: 'The newest assessment for this decision found they have capacity: the decision is theirs to make',
    });
  });
});

describe('for every history of assessments', () => {
  const assessment = fc
    .record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      decision: fc.constantFrom('Managing her medicines', 'managing her medicines.', 'Managing money'),
      outcome: fc.constantFrom('has_capacity', 'lacks_capacity'),
      assessedOn: fc.constantFrom('2026-01-01', '2026-06-01', '2026-11-20'),
      signedAt: fc.constantFrom(null, '2026-11-20T09:00:00Z', '2026-11-21T09:00:00Z'),
      supersedes: fc.constantFrom(null, 'a', 'b', 'c'),
    } as const)
    .map((overrides) => buildAssessment(overrides));

  test('a best-interests decision is allowed only on the signed, unsuperseded, newest "lacks capacity" for that decision', () => {
    let allowed = 0;
    fc.assert(
      fc.property(fc.array(assessment, { maxLength: 6 }), (assessments) => {
        const permission = bestInterestsAllowed({ decision: 'Managing her medicines' }, assessments);
        if (!permission.allowed) return;
        allowed += 1;
        const used = permission.assessment;
        expect(used.outcome).toBe('lacks_capacity');
        expect(used.signedAt).not.toBeNull();
        expect(assessments.some((a) => a.signedAt !== null && a.supersedes === used.id)).toBe(false);
        expect(assessmentsInForce(assessments)).toContain(used);
        const sameDecision = assessmentsInForce(assessments).filter((a) => a.decision.toLowerCase().startsWith('managing her'));
        expect(sameDecision).toEqual([used]);
      }),
      { numRuns: 500 },
    );
    expect(allowed).toBeGreaterThan(0);
  });
});

describe('attorneys and deputies are consulted (s4(7))', () => {
  const david: AuthorityHolder = { holderName: 'David Brown', kind: 'lasting_power_of_attorney', endedOn: null };
  const council: AuthorityHolder = { holderName: 'Kent County Council', kind: 'deputyship', endedOn: null };
  const ended: AuthorityHolder = { holderName: 'Ruth Brown', kind: 'lasting_power_of_attorney', endedOn: '2026-01-01' };
  test.each([
    ['no attorney or deputy on record', [], [{ name: 'Dr Shah' }], []],
    ['the attorney consulted', [david], [{ name: 'David Brown' }], []],
    ['the attorney consulted, name typed differently', [david], [{ name: ' david  brown' }], []],
    ['the attorney not consulted', [david], [{ name: 'Dr Shah' }], ['David Brown']],
    ['a deputy not consulted', [david, council], [{ name: 'David Brown' }], ['Kent County Council']],
    ['an authority that has ended', [ended], [{ name: 'Dr Shah' }], []],
  ])('%s', (_name, holders, consulted, missing) => {
    expect(unconsultedAuthorityHolders(consulted, holders, '2026-11-20').map((h) => h.holderName)).toEqual(missing);
  });
});
