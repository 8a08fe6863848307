// Scenario tables for co-production, voice and language (B).
import { describe, expect, test } from 'vitest';
import { medication } from '../care-plan/sections/medication.js';
import type { AuditInput } from './audit-input.js';
import { auditConfigSchema } from './config.js';
import type { AuditRule } from './rule.js';
import { coProduction } from './rules/co-production.js';
import { enablingContent } from './rules/enabling-content.js';
import { firstPersonVoice } from './rules/first-person-voice.js';
import { navigable } from './rules/navigable.js';
import { preciseInstructions } from './rules/precise-instructions.js';
import { respectfulLanguage } from './rules/respectful-language.js';
import { templateText } from './rules/template-text.js';
import {
  answers,
  fallsScreening,
  findingsOf,
  goodInvolvement,
  outcomeOf,
  planInput,
  remove,
  replace,
  set,
  type Expected,
} from './test-plans.js';

const family = goodInvolvement.filter((i) => i.kind === 'family');
const staffOnly = [
  {
    kind: 'staff' as const,
    name: 'Priya Shah',
    relationship: 'Senior care worker',
    how: 'in_person' as const,
    date: '2026-05-18',
  },
];
const morningStep = (what: string) =>
  planInput({ sections: { visits_and_support: set({ steps: [{ when: 'Morning visit', time: '08:00', what }] }) } });
const medicationAnswer = (text: string) => planInput({ sections: { medication: answers({ how_i_take_my_medicines: text }) } });
function withSection(input: AuditInput, sectionKey: string): AuditInput {
  const first = input.content.sections[0];
  if (first) input.content.sections.push({ ...first, sectionKey });
  return input;
}

const scenarios: [string, AuditRule, AuditInput, Expected][] = [
  ['B9 the person and their son took part', coProduction, planInput(), 'pass'],
  ['B9 only family took part', coProduction, planInput({ involvement: family }), 'pass'],
  ['B9 nobody recorded', coProduction, planInput({ involvement: [] }), ['fail']],
  ['B9 only staff recorded', coProduction, planInput({ involvement: staffOnly }), ['fail']],
  ['B10 first person, with the person taking part', firstPersonVoice, planInput(), 'pass'],
  ['B10 first person, without the person', firstPersonVoice, planInput({ involvement: family }), ['fail']],
  ['B11 factual language', respectfulLanguage, planInput(), 'pass'],
  ['B11 "difficult"', respectfulLanguage, morningStep('Edith is difficult in the mornings'), ['warn']],
  [
    'B11 two terms in one field make one finding',
    respectfulLanguage,
    morningStep('Aggressive and attention-seeking at times'),
    ['warn'],
  ],
  ['B11 "non compliant" written with a space', respectfulLanguage, morningStep('Non compliant with her medication'), ['warn']],
  ['B11 "wanders"', respectfulLanguage, morningStep('She wanders at night'), ['warn']],
  [
    'B11 whole words only: "difficulty" is not "difficult"',
    respectfulLanguage,
    morningStep('I have difficulty hearing on my right side'),
    'pass',
  ],
  [
    'B11 in a strength too',
    respectfulLanguage,
    planInput({ sections: { medication: set({ strengths: 'Stubborn about her tablets' }) } }),
    ['warn'],
  ],
  ['B12 "regularly" with no frequency', preciseInstructions, morningStep('Reposition me regularly'), ['warn']],
  ['B12 "every 4 hours"', preciseInstructions, morningStep('Help me to reposition every 4 hours'), 'pass'],
  ['B12 "as required"', preciseInstructions, morningStep('Apply my cream as required'), ['warn']],
  [
    'B12 "as required" with a maximum',
    preciseInstructions,
    morningStep('Apply my cream as required, no more than 3 times a day'),
    'pass',
  ],
  ['B12 "assist as necessary"', preciseInstructions, morningStep('Assist as necessary with dressing'), ['warn']],
  ['B12 "monitor" at each visit', preciseInstructions, morningStep('Monitor my heels for redness at each visit'), 'pass'],
  ['B12 "encourage fluids"', preciseInstructions, morningStep('Encourage fluids.'), ['warn']],
  ['B12 a quantity makes it specific', preciseInstructions, morningStep('Offer me 200 ml of water as needed'), 'pass'],
  ['B12 a clock time makes it specific', preciseInstructions, morningStep('Check on me at 14:30'), 'pass'],
  [
    'B12 whole words only: "as requirements change"',
    preciseInstructions,
    morningStep('Update the list as requirements change'),
    'pass',
  ],
  [
    'B12 one specific sentence does not excuse the next',
    preciseInstructions,
    morningStep('Check my feet every morning. Help me as needed.'),
    ['warn'],
  ],
  ['B12 in an answer', preciseInstructions, medicationAnswer('Give my inhaler when needed'), ['warn']],
  [
    'B12 in how an outcome is met',
    preciseInstructions,
    planInput({
      sections: {
        communication_and_information: set({
          outcomes: [{ goal: 'I want to read my letters', howMet: 'Staff will encourage me' }],
        }),
      },
    }),
    ['warn'],
  ],
  [
    'B12 descriptions are not instructions',
    preciseInstructions,
    planInput({ sections: { medication: set({ strengths: 'I regularly remember my tablets' }) } }),
    'pass',
  ],
  ['B13 the person\u2019s own words', templateText, planInput(), 'pass'],
  ['B13 the good example copied', templateText, medicationAnswer(medication.goodExample), ['warn']],
  [
    'B13 the good example with the names changed',
    templateText,
    medicationAnswer(medication.goodExample.replace('Jane', 'Tom').replace('Fridays', 'Mondays')),
    ['warn'],
  ],
  ['B13 a guidance paragraph copied', templateText, medicationAnswer(medication.guidance[1] ?? ''), ['warn']],
  ['B13 short answers are not compared', templateText, medicationAnswer('With water, one at a time'), 'pass'],
  ['B14 strengths in every section that needs them', enablingContent, planInput(), 'pass'],
  [
    'B14 medication without strengths',
    enablingContent,
    planInput({ sections: { medication: set({ strengths: undefined }) } }),
    ['warn'],
  ],
  [
    'B14 contingency plans need none',
    enablingContent,
    planInput({ sections: { contingency_plans: set({ strengths: undefined }) } }),
    'pass',
  ],
  ['B16 every section present or not applicable', navigable, planInput(), 'pass'],
  ['B16 a section left out', navigable, planInput({ sections: { finances: remove } }), ['fail']],
  [
    'B16 two sections left out',
    navigable,
    planInput({ sections: { finances: remove, sleep_and_night_time: remove } }),
    ['fail', 'fail'],
  ],
  ['B16 an empty section', navigable, planInput({ sections: { finances: replace({ needs: '' }) } }), ['fail']],
  [
    'B16 a section holding only a risk assessment is not empty',
    navigable,
    planInput({ sections: { mobility_and_falls: replace({ needs: '', riskAssessments: { falls: [fallsScreening] } }) } }),
    'pass',
  ],
  ['B16 a section with no definition', navigable, withSection(planInput(), 'garden_and_pets'), ['fail']],
  ['B16 a section twice', navigable, withSection(planInput(), 'medication'), ['fail']],
];

describe('co-production, voice and language rules', () => {
  test.each(scenarios)('%s', (_name, rule, input, expected) => {
    expect(outcomeOf(rule, input)).toEqual(expected);
  });

  test('B9: who counts as co-producing is configuration', () => {
    const config = auditConfigSchema.parse({ coProducerKinds: ['person'] });
    expect(outcomeOf(coProduction, planInput({ involvement: family }), config)).toEqual(['fail']);
  });

  test('B10: "I" statements without the person\u2019s involvement are warned on, section by section', () => {
    const found = findingsOf(firstPersonVoice, planInput({ involvement: family, writtenInFirstPerson: false }));
    expect(found.length).toBeGreaterThan(3);
    expect(found.every((f) => f.severity === 'warn' && f.field?.startsWith('sections.'))).toBe(true);
    const third = planInput({
      involvement: family,
      writtenInFirstPerson: false,
      sections: Object.fromEntries(
        [
          'one_page_profile',
          'visits_and_support',
          'communication_and_information',
          'health_and_wellbeing',
          'mental_capacity_and_consent',
          'medication',
          'mobility_and_falls',
          'personal_care',
          'nutrition_and_hydration',
          'community_access_and_engagement',
          'advance_care_planning',
          'contingency_plans',
        ].map((k) => [k, remove]),
      ),
    });
    third.content.sections.push({
      ...third.content.sections[0]!,
      notApplicable: null,
      sectionKey: 'finances',
      strengths: 'Edith manages her own money and pays her bills at the post office.',
      needs: null,
    });
    expect(outcomeOf(firstPersonVoice, third)).toBe('pass');
  });

  test('B11 and B12: the word lists are configuration', () => {
    expect(
      outcomeOf(
        respectfulLanguage,
        morningStep('Edith is difficult in the mornings'),
        auditConfigSchema.parse({ subjectiveTerms: ['grumpy'] }),
      ),
    ).toBe('pass');
    expect(
      outcomeOf(preciseInstructions, morningStep('Pop in for a cuppa'), auditConfigSchema.parse({ vaguePhrases: ['pop in'] })),
    ).toEqual(['warn']);
  });

  test('B12: the finding points at the field and names the phrase', () => {
    const [finding] = findingsOf(preciseInstructions, morningStep('Reposition me regularly'));
    expect(finding).toMatchObject({ ruleId: 'B12', sectionKey: 'visits_and_support', field: 'sections.1.steps.0.what' });
    expect(finding?.explanation).toContain('\u201cregularly\u201d');
    expect(finding?.guidance.source).toBe('HCPA');
  });

  test('B12: the explanation agrees with one phrase or several', () => {
    const [one] = findingsOf(preciseInstructions, morningStep('Reposition me regularly'));
    expect(one?.explanation).toContain('“regularly” leaves a care professional guessing');
    const [several] = findingsOf(preciseInstructions, morningStep('Reposition me regularly and assist as necessary'));
    expect(several?.explanation).toMatch(/” leave a care professional guessing/);
  });

  test('B13: the similarity threshold is configuration', () => {
    const changed = medicationAnswer(medication.goodExample.replace('Jane', 'Tom').replace('Fridays', 'Mondays'));
    expect(outcomeOf(templateText, changed, auditConfigSchema.parse({ templateSimilarity: 1 }))).toBe('pass');
  });

  test('B14: the exempt sections are configuration', () => {
    expect(outcomeOf(enablingContent, planInput(), auditConfigSchema.parse({ enablingExemptSections: [] }))).toEqual([
      'warn',
      'warn',
      'warn',
      'warn',
    ]);
  });

  test('B16: a missing section is a finding naming it, and the required sections are configuration', () => {
    const input = planInput({ sections: { finances: remove } });
    expect(findingsOf(navigable, input)[0]).toMatchObject({ sectionKey: 'finances', field: 'sections' });
    expect(outcomeOf(navigable, input, auditConfigSchema.parse({ requiredSectionKeys: ['one_page_profile'] }))).toBe('pass');
  });
});
