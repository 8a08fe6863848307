// Scenario tables for the one-page profile (C) and health and wellbeing (D).
import { describe, expect, test } from 'vitest';
import type { AuditInput } from './audit-input.js';
import type { AuditRule } from './rule.js';
import { dnacprAwareness } from './rules/dnacpr-awareness.js';
import { identityAndRelationships } from './rules/identity-and-relationships.js';
import { medicationSupportAnswer } from './rules/medication-support-answer.js';
import { profileAuthor } from './rules/profile-author.js';
import { profileRequiredFields } from './rules/profile-required-fields.js';
import { visitByVisit } from './rules/visit-by-visit.js';
import { yesAnswersLocated } from './rules/yes-answers-located.js';
import { answers, findingsOf, notApplicable, outcomeOf, planInput, replace, set, type Expected } from './test-plans.js';

const profile = (patch: Record<string, string | null>) => planInput({ sections: { one_page_profile: answers(patch) } });
const dnacprAlert = [{ kind: 'alert' as const, description: 'DNACPR in place: the form is in the kitchen drawer' }];

const scenarios: [string, AuditRule, AuditInput, Expected][] = [
  ['C17 every field filled', profileRequiredFields, planInput(), 'pass'],
  ['C17 no dentist', profileRequiredFields, profile({ dentist: null }), ['fail']],
  ['C17 no dentist and no pharmacy', profileRequiredFields, profile({ dentist: null, pharmacy: null }), ['fail', 'fail']],
  ['C17 no NHS number on the record', profileRequiredFields, planInput({ person: { nhsNumber: null } }), ['fail']],
  ['C17 no GP on the record', profileRequiredFields, planInput({ person: { gp: null } }), ['fail']],
  ['C17 no next of kin', profileRequiredFields, planInput({ person: { contacts: [{ isNextOfKin: false }] } }), ['fail']],
  ['C17 no allergies recorded, not even "none known"', profileRequiredFields, planInput({ person: { alerts: [] } }), ['fail']],
  [
    'C17 "no known allergies" recorded',
    profileRequiredFields,
    planInput({ person: { alerts: [{ kind: 'allergy', description: 'No known allergies' }] } }),
    'pass',
  ],
  [
    'C17 no way into the home recorded',
    profileRequiredFields,
    planInput({ person: { accessDetails: { howToGetIn: null } } }),
    ['fail'],
  ],
  [
    'C17 the way in is in the plan instead',
    profileRequiredFields,
    planInput({
      person: { accessDetails: { howToGetIn: null } },
      sections: { safety_and_my_home: replace({ answers: { access_to_my_home: 'Key safe by the back door' } }) },
    }),
    'pass',
  ],
  [
    'C17 facts the caller does not know are not judged',
    profileRequiredFields,
    planInput({ person: { contacts: undefined, alerts: undefined, accessDetails: undefined } }),
    'pass',
  ],
  [
    'C17 without the person, only the profile\u2019s own answers',
    profileRequiredFields,
    planInput({ person: null, sections: { one_page_profile: answers({ dentist: null }) } }),
    ['fail'],
  ],
  [
    'C17 profile missing is B16\u2019s finding',
    profileRequiredFields,
    planInput({ sections: { one_page_profile: notApplicable } }),
    'n/a',
  ],
  ['C18 yes, with where it is kept', yesAnswersLocated, planInput(), 'pass'],
  ['C18 DNACPR "Yes" alone', yesAnswersLocated, profile({ dnacpr_location: 'Yes' }), ['fail']],
  ['C18 TEP "Yes." alone', yesAnswersLocated, profile({ treatment_escalation_plan: 'Yes.' }), ['fail']],
  [
    'C18 DNACPR yes, in the kitchen drawer',
    yesAnswersLocated,
    profile({ dnacpr_location: 'Yes, kept in the kitchen drawer' }),
    'pass',
  ],
  [
    'C18 advance care plan "Yes" in its own section',
    yesAnswersLocated,
    planInput({ sections: { advance_care_planning: answers({ advance_care_plan: 'Yes' }) } }),
    ['fail'],
  ],
  ['C19 no DNACPR and no alert', dnacprAwareness, planInput(), 'pass'],
  [
    'C19 DNACPR in the plan but no alert on the record',
    dnacprAwareness,
    profile({ dnacpr_location: 'Yes, kept in the kitchen drawer' }),
    ['fail'],
  ],
  [
    'C19 DNACPR in the plan and an alert',
    dnacprAwareness,
    planInput({
      person: { alerts: dnacprAlert },
      sections: {
        one_page_profile: answers({ dnacpr_location: 'Yes, kept in the kitchen drawer' }),
        advance_care_planning: answers({ dnacpr_or_respect: 'Yes, kept in the kitchen drawer' }),
      },
    }),
    'pass',
  ],
  ['C19 an alert but the plan says no', dnacprAwareness, planInput({ person: { alerts: dnacprAlert } }), ['fail']],
  ['C19 alerts not known to the caller', dnacprAwareness, planInput({ person: { alerts: undefined } }), 'n/a'],
  ['C21 written by a senior care worker', profileAuthor, planInput(), 'pass'],
  ['C21 written by a care worker', profileAuthor, planInput({ version: { authorRole: 'care_worker' } }), ['warn']],
  ['C21 author not known', profileAuthor, planInput({ version: { authorRole: null } }), 'n/a'],
  ['C22 a step for each visit', visitByVisit, planInput(), 'pass'],
  ['C22 no steps at all', visitByVisit, planInput({ sections: { visits_and_support: set({ steps: [] }) } }), ['fail']],
  [
    'C22 a slot that says nothing',
    visitByVisit,
    planInput({ sections: { visits_and_support: set({ steps: [{ when: 'Lunch visit', what: 'Lunch' }] }) } }),
    ['fail'],
  ],
  ['C22 visits not applicable', visitByVisit, planInput({ sections: { visits_and_support: notApplicable } }), 'n/a'],
  ['C23 relationships, adjustments and days covered', identityAndRelationships, planInput(), 'pass'],
  ['C23 no relationships', identityAndRelationships, profile({ people_important_to_me: null }), ['warn']],
  [
    'C23 no adjustments and no days of significance',
    identityAndRelationships,
    profile({ equality_and_diversity_adjustments: null, days_of_significance: null }),
    ['warn', 'warn'],
  ],
  ['D28 medication support answered', medicationSupportAnswer, planInput(), 'pass'],
  [
    'D28 medication support not answered',
    medicationSupportAnswer,
    planInput({ sections: { health_and_wellbeing: answers({ medication_support: null }) } }),
    ['fail'],
  ],
  [
    'D28 health and wellbeing not applicable',
    medicationSupportAnswer,
    planInput({ sections: { health_and_wellbeing: notApplicable } }),
    'n/a',
  ],
];

describe('one-page profile and health rules', () => {
  test.each(scenarios)('%s', (_name, rule, input, expected) => {
    expect(outcomeOf(rule, input)).toEqual(expected);
  });

  test('a missing answer names the question as the editor does, and points at the answers', () => {
    const [finding] = findingsOf(profileRequiredFields, profile({ dentist: null }));
    expect(finding).toMatchObject({
      ruleId: 'C17',
      sectionKey: 'one_page_profile',
      field: 'sections.0.answers',
      missing: 'answers.dentist',
    });
    expect(finding?.explanation).toContain('\u201cMy dentist\u201d');
  });

  test('a gap in the person\u2019s record points at the record', () => {
    expect(findingsOf(profileRequiredFields, planInput({ person: { nhsNumber: null } }))[0]?.field).toBe('person.nhsNumber');
  });

  test('a "yes" without a location points at the answer', () => {
    expect(findingsOf(yesAnswersLocated, profile({ dnacpr_location: 'Yes' }))[0]?.field).toMatch(
      /^sections\.0\.answers\.\d+\.text$/,
    );
  });
});
