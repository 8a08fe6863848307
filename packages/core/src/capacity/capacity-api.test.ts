import { describe, expect, test } from 'vitest';
import { bestInterestsDateErrors, capacityResponseSchema, capacityStatusView } from './capacity-api.js';
import { capacityStatus } from './capacity-status.js';
import { buildAssessment } from './test-factories.js';

describe('the date of a best-interests decision', () => {
  const assessment = { assessedOn: '2026-11-20' };
  test.each([
    ['the day of the assessment', '2026-11-20', []],
    ['after the assessment, before today', '2026-11-25', []],
    ['today', '2026-12-01', []],
    ['in the future', '2026-12-02', ['decidedOn']],
    ['before the assessment', '2026-11-19', ['decidedOn']],
  ])('%s', (_name, decidedOn, fields) => {
    expect(bestInterestsDateErrors({ decidedOn }, assessment, '2026-12-01').map((e) => e.field)).toEqual(fields);
  });
});

describe('the capacity status as the API sends it', () => {
  const medicines = buildAssessment({ id: 'medicines', outcome: 'lacks_capacity' });
  const clothes = buildAssessment({ id: 'clothes', decision: 'What to wear', outcome: 'has_capacity' });
  test.each([
    ['assumed', capacityStatus([], 'affects_decisions'), { kind: 'assumed', assessmentNeeded: true, basis: null }],
    ['all, assessed', capacityStatus([clothes], null), { kind: 'all', basis: 'assessed', hasCapacityFor: ['clothes'] }],
    [
      'some',
      capacityStatus([medicines, clothes], null),
      { kind: 'some', hasCapacityFor: ['clothes'], lacksCapacityFor: ['medicines'] },
    ],
    ['lacks', capacityStatus([medicines], null), { kind: 'lacks', hasCapacityFor: [], lacksCapacityFor: ['medicines'] }],
  ])('%s', (_name, status, expected) => {
    const view = capacityStatusView(status);
    expect(view).toMatchObject(expected);
    expect(view.label).not.toBe('');
  });

  test('a response with nothing recorded is valid', () => {
    const personId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const response = {
      personId,
      status: capacityStatusView(capacityStatus([], null)),
      assessments: [],
      reassessmentsDue: [],
      bestInterestsDecisions: [],
    };
    expect(capacityResponseSchema.parse(response)).toEqual(response);
  });
});
