import { describe, expect, test } from 'vitest';
import { cprNotToBeAttempted, resuscitationRecordBodySchema, resuscitationReviewDue } from './resuscitation-record.js';

const respect = {
  status: 'respect_form',
  cprRecommendation: 'do_not_attempt_cpr',
  careFocus: 'comfort',
  clinician: { name: 'Dr Shah', role: 'GP' },
  decidedOn: '2026-03-10',
  originalKeptAt: 'Red folder on top of the fridge',
  howStaffTold: 'Handover and a note on the front of the care plan',
  reviewOn: '2027-03-10',
};
const dnacpr = {
  status: 'dnacpr',
  clinician: { name: 'Dr Shah', role: 'GP' },
  decidedOn: '2026-03-10',
  originalKeptAt: 'Red folder on top of the fridge',
};

const fieldsOf = (value: unknown) => {
  const result = resuscitationRecordBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording a ReSPECT form or DNACPR decision', () => {
  test.each([
    ['none in place', { status: 'none' }, []],
    ['a ReSPECT form', respect, []],
    ['a ReSPECT form recommending CPR', { ...respect, cprRecommendation: 'attempt_cpr' }, []],
    ['a ReSPECT form with no CPR recommendation', { ...respect, cprRecommendation: undefined }, ['cprRecommendation']],
    ['a DNACPR decision', dnacpr, []],
    ['a DNACPR decision recommending CPR', { ...dnacpr, cprRecommendation: 'attempt_cpr' }, ['cprRecommendation']],
    ['no clinician', { ...dnacpr, clinician: { name: '', role: 'GP' } }, ['clinician.name']],
    ['where the original is kept not said', { ...respect, originalKeptAt: '' }, ['originalKeptAt']],
    ['no date', { ...respect, decidedOn: undefined }, ['decidedOn']],
    ['review before the decision', { ...respect, reviewOn: '2026-01-01' }, ['reviewOn']],
    ['no status', { ...respect, status: undefined }, ['status']],
  ])('%s', (_name, value, fields) => {
    expect(fieldsOf(value)).toEqual(fields);
  });

  test.each([
    ['nothing recorded', null, false],
    ['none in place', { status: 'none' }, false],
    ['ReSPECT: CPR recommended', { ...respect, cprRecommendation: 'attempt_cpr' }, false],
    ['ReSPECT: CPR not recommended', respect, true],
    ['DNACPR', dnacpr, true],
  ])('CPR not to be attempted: %s', (_name, value, expected) => {
    expect(cprNotToBeAttempted(value === null ? null : resuscitationRecordBodySchema.parse(value))).toBe(expected);
  });

  test.each([
    ['before the review date', '2027-03-09', false],
    ['on the review date', '2027-03-10', true],
  ])('review: %s', (_name, today, due) => {
    expect(resuscitationReviewDue(resuscitationRecordBodySchema.parse(respect), today)).toBe(due);
  });
});
