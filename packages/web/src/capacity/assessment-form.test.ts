import { capacityAssessmentBodySchema, type CapacityAssessmentView } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { assessmentBody, emptyAssessmentForm, placeAssessmentErrors, replacing, type AssessmentForm } from './assessment-form';

const today = '2026-03-15';
const empty = () => emptyAssessmentForm(today, { name: 'Sam Okafor', role: 'Senior care worker' });

/** A form finding a lack of capacity, filled in as a senior would. */
function lacksCapacity(): AssessmentForm {
  return {
    ...empty(),
    decision: 'Whether to move into a care home',
    stepKinds: ['familiar_place', 'more_time_or_repeated'],
    stepDetail: 'Talked at home in the morning, with her son, and again two days later.',
    impairment: 'yes',
    impairmentEvidence: 'Diagnosed with Alzheimer\u2019s disease in 2023.',
    stageTwo: {
      understand: { answer: 'can', evidence: 'She said the home is near her son.' },
      retain: { answer: 'cannot', evidence: 'Could not recall the conversation ten minutes later.' },
      useOrWeigh: { answer: '', evidence: '' },
      communicate: { answer: 'can', evidence: 'Spoke clearly.' },
    },
    causalLink: 'yes',
    causalExplanation: 'Her memory loss from the dementia stops her holding on to the information.',
    outcome: 'lacks_capacity',
    fluctuates: 'no',
  };
}

const errorsOf = (form: AssessmentForm) => {
  const parsed = capacityAssessmentBodySchema.safeParse(assessmentBody(form));
  return parsed.success ? [] : placeAssessmentErrors(fieldErrorsFromIssues(parsed.error.issues)).map((e) => e.field);
};

describe('the capacity assessment form', () => {
  test('an empty form names each unanswered question, as the server would', () => {
    expect(errorsOf(empty())).toEqual(expect.arrayContaining(['decision', 'stageOne.impairment', 'outcome', 'fluctuates']));
  });

  test('a finding of lack of capacity becomes a body the schema accepts, with unanswered stage 2 questions sent as null', () => {
    const parsed = capacityAssessmentBodySchema.parse(assessmentBody(lacksCapacity()));
    expect(parsed.assessedOn).toBe(today);
    expect(parsed.assessor).toEqual({ name: 'Sam Okafor', role: 'Senior care worker' });
    expect(parsed.stageTwo.retain).toEqual({ answer: 'cannot', evidence: 'Could not recall the conversation ten minutes later.' });
    expect(parsed.stageTwo.useOrWeigh).toBeNull();
    expect(parsed.causalLink.answer).toBe('yes');
    expect(parsed.supersedes).toBeNull();
    expect(parsed.supersedeReason).toBeNull();
  });

  test('with no impairment, stage 2 and the causal link typed earlier are not sent', () => {
    const body = capacityAssessmentBodySchema.parse(
      assessmentBody({ ...lacksCapacity(), impairment: 'no', outcome: 'has_capacity' }),
    );
    expect(body.stageOne.evidence).toBeNull();
    expect(Object.values(body.stageTwo)).toEqual([null, null, null, null]);
    expect(body.causalLink).toEqual({ answer: null, explanation: null });
  });

  test.each([
    ['an answer without evidence', { answer: 'cannot', evidence: '' }, 'stageTwo.retain.evidence'],
    ['evidence without an answer', { answer: '', evidence: 'Forgot quickly.' }, 'stageTwo.retain'],
  ] as const)('%s at stage 2 is an error on that question', (_, retain, field) => {
    const form = lacksCapacity();
    expect(errorsOf({ ...form, stageTwo: { ...form.stageTwo, retain } })).toContain(field);
  });

  test('fluctuating capacity needs a date to assess again, after the assessment', () => {
    expect(errorsOf({ ...lacksCapacity(), fluctuates: 'yes' })).toContain('reassessOn');
    expect(errorsOf({ ...lacksCapacity(), fluctuates: 'yes', reassessOn: { day: '1', month: '3', year: '2026' } })).toContain(
      'reassessOn',
    );
    expect(errorsOf({ ...lacksCapacity(), fluctuates: 'yes', reassessOn: { day: '1', month: '6', year: '2026' } })).toEqual([]);
  });

  test('replacing an assessment keeps its decision, key and plan sections, and needs a reason', () => {
    const replaced = { id: '0b9f6c1e-8d1a-4a8e-9a55-6f1f0f0e2a11', decision: 'Managing her medicines', decisionKey: 'medication', sectionKeys: ['medication'] };
    const form = replacing(lacksCapacity(), replaced as CapacityAssessmentView);
    expect(form).toMatchObject({ decision: 'Managing her medicines', decisionKey: 'medication', sectionKeys: ['medication'], supersedes: replaced.id });
    expect(errorsOf(form)).toEqual(['supersedeReason']);
    const body = capacityAssessmentBodySchema.parse(assessmentBody({ ...form, supersedeReason: 'Her memory has got worse.' }));
    expect(body).toMatchObject({ supersedes: replaced.id, supersedeReason: 'Her memory has got worse.', decisionKey: 'medication' });
  });

  test('a reason typed for a new assessment is not sent', () => {
    expect(errorsOf({ ...lacksCapacity(), supersedeReason: 'left over' })).toEqual([]);
  });
});

describe('placing assessment errors', () => {
  test.each([
    ['stageTwo.understand.answer', 'stageTwo.understand'],
    ['stageTwo.useOrWeigh.answer', 'stageTwo.useOrWeigh'],
    ['stageTwo.understand.evidence', 'stageTwo.understand.evidence'],
    ['stageTwo', 'stageTwo'],
    ['causalLink.answer', 'causalLink.answer'],
  ])('%s is shown at %s', (field, placed) => {
    expect(placeAssessmentErrors([{ field, message: 'm' }])).toEqual([{ field: placed, message: 'm' }]);
  });
});
