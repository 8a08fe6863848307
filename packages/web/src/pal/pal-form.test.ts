import { palActivities, type PalAssessmentView } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { checkPalForm, emptyPalForm, palFormBody, palFormFrom, palFormTicks, type PalFormValues } from './pal-form';

const today = '2026-03-10';

function filled(): PalFormValues {
  const values = emptyPalForm(today);
  for (const a of palActivities) values.checklist[a] = { level: 'exploratory', note: '' };
  values.reassessBy = { day: '10', month: '6', year: '2026' };
  values.actionPlan = { goals: 'Enjoy the garden', activities: 'Potting', howToSupport: 'One step at a time', who: 'Key worker' };
  return values;
}

const fieldsOf = (values: PalFormValues, supersedes: string | null = null) => {
  const checked = checkPalForm(palFormBody(values, null, supersedes), today);
  return checked.success ? [] : fieldErrorsFromIssues(checked.error.issues).map((e) => e.field);
};

describe('the PAL form checks what the server checks', () => {
  test('an empty form names every activity, the action plan and the reassessment date, as the fields are named', () => {
    expect(fieldsOf(emptyPalForm(today))).toEqual([
      ...palActivities.map((a) => `checklist.${a}.level`),
      'actionPlan.goals',
      'actionPlan.activities',
      'actionPlan.howToSupport',
      'actionPlan.who',
      'reassessBy',
    ]);
  });

  test('a filled form passes; a date in the future and a reassessment before it do not', () => {
    expect(fieldsOf(filled())).toEqual([]);
    expect(fieldsOf({ ...filled(), assessedOn: { day: '11', month: '3', year: '2026' } })).toEqual(['assessedOn']);
    expect(fieldsOf({ ...filled(), reassessBy: { day: '1', month: '3', year: '2026' } })).toEqual(['reassessBy']);
  });

  test('a correction needs its reason', () => {
    expect(fieldsOf(filled(), '7c9e6679-7425-40de-944b-e07fc1f90ae7')).toEqual(['supersedeReason']);
  });

  test('the ticks so far are scored as they are, unticked ones left out', () => {
    const values = emptyPalForm(today);
    values.checklist.eating = { level: 'sensory', note: '' };
    expect(palFormTicks(values)).toMatchObject({ eating: 'sensory', bathing_washing: null });
  });

  test('a correction starts from the checklist it replaces', () => {
    const body = checkPalForm(palFormBody(filled(), null, null), today);
    if (!body.success) throw new Error('expected a valid form');
    const view = { ...body.data, body: { checklist: body.data.checklist, profile: body.data.profile, actionPlan: body.data.actionPlan } } as unknown as PalAssessmentView;
    const again = palFormFrom(view);
    expect(again.checklist).toEqual(filled().checklist);
    expect(again.reassessBy).toEqual(filled().reassessBy);
    expect(again.actionPlan).toEqual(filled().actionPlan);
  });
});
