import { bestInterestsBodySchema } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { bestInterestsBody, emptyBestInterestsForm, newConsulted, newOption, type BestInterestsForm } from './best-interests-form';

const assessment = {
  id: '5d0c3f4e-2b7a-4c1d-8e9f-0a1b2c3d4e5f',
  decision: 'Whether to move into a care home',
  decisionKey: null,
  sectionKeys: ['home_and_living'],
};

function filledIn(): BestInterestsForm {
  return {
    ...emptyBestInterestsForm('2026-03-15', { name: 'Sam Okafor', role: 'Senior care worker' }, assessment),
    notBasedOnAppearance: true,
    relevantCircumstances: 'Two falls at night this month; lives alone.',
    regainOutlook: 'unlikely',
    regainDetail: 'Her dementia is progressing.',
    canWait: 'no',
    whyNotWait: 'She is at risk of another fall at night.',
    participation: 'Visited the home with her son and talked it through over two days.',
    wishesFeelingsBeliefsValues: 'She has always wanted to stay near her church.',
    lifeSustainingTreatment: 'no',
    consulted: [{ ...newConsulted(), name: 'David Thompson', relationship: 'family', views: 'Thinks she would choose Oak House.' }],
    options: [{ ...newOption(), option: 'More visits at night', assessment: 'Tried for a month; she still fell.' }],
    decisionMade: 'Move to Oak House, near her church.',
  };
}

const errorsOf = (form: BestInterestsForm) => {
  const parsed = bestInterestsBodySchema.safeParse(bestInterestsBody(form, assessment));
  return parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues).map((e) => e.field);
};

describe('the best-interests form', () => {
  test('starts from the assessment\u2019s plan sections and rests on the assessment\u2019s own decision', () => {
    const body = bestInterestsBodySchema.parse(bestInterestsBody(filledIn(), assessment));
    expect(body).toMatchObject({
      assessmentId: assessment.id,
      decision: assessment.decision,
      decidedOn: '2026-03-15',
      sectionKeys: ['home_and_living'],
      whyNotWait: 'She is at risk of another fall at night.',
      notMotivatedByDesireForDeath: null,
      reviewOn: null,
    });
    expect(body.consulted).toEqual([{ name: 'David Thompson', relationship: 'family', views: 'Thinks she would choose Oak House.' }]);
    expect(body.lessRestrictiveOptions).toEqual([{ option: 'More visits at night', assessment: 'Tried for a month; she still fell.' }]);
  });

  test('an empty form names the checklist questions and asks for people consulted and options considered', () => {
    const form = emptyBestInterestsForm('2026-03-15', { name: 'Sam Okafor', role: 'Senior care worker' }, assessment);
    expect(errorsOf(form)).toEqual(
      expect.arrayContaining([
        'notBasedOnAppearance',
        'relevantCircumstances',
        'regainCapacity.outlook',
        'canWait',
        'lifeSustainingTreatment',
        'consulted',
        'lessRestrictiveOptions',
        'decisionMade',
      ]),
    );
  });

  test.each([
    ['a person consulted with no relationship chosen', (f: BestInterestsForm) => ({ ...f, consulted: [{ ...f.consulted[0]!, relationship: '' as const }] }), 'consulted.0.relationship'],
    ['an option with no reason', (f: BestInterestsForm) => ({ ...f, options: [{ ...f.options[0]!, assessment: ' ' }] }), 'lessRestrictiveOptions.0.assessment'],
    ['life-sustaining treatment without the confirmation', (f: BestInterestsForm) => ({ ...f, lifeSustainingTreatment: 'yes' as const }), 'notMotivatedByDesireForDeath'],
    ['a decision that cannot wait, with no reason', (f: BestInterestsForm) => ({ ...f, whyNotWait: '' }), 'whyNotWait'],
  ])('%s is an error on that field', (_, change, field) => {
    expect(errorsOf(change(filledIn()))).toEqual([field]);
  });

  test('follow-up answers hidden by a later choice are not sent', () => {
    const body = bestInterestsBodySchema.parse(
      bestInterestsBody({ ...filledIn(), canWait: 'yes', regainOutlook: 'unlikely', notMotivatedByDesireForDeath: true }, assessment),
    );
    expect(body.whyNotWait).toBeNull();
    expect(body.notMotivatedByDesireForDeath).toBeNull();
  });

  test('life-sustaining treatment with the confirmation is accepted', () => {
    expect(errorsOf({ ...filledIn(), lifeSustainingTreatment: 'yes', notMotivatedByDesireForDeath: true })).toEqual([]);
  });
});
