import { describe, expect, test } from 'vitest';
import { advanceDecisionBodySchema, meetsLifeSustainingFormalities } from './advance-decision.js';

const body = {
  treatmentRefused: 'Antibiotics for a chest infection',
  circumstances: 'If I have lost capacity because of advanced dementia',
  madeOn: '2024-05-10',
  refusesLifeSustainingTreatment: false,
  seenOn: '2026-01-15',
  keptAt: 'Blue folder in the bedroom drawer',
};
const lifeSustaining = {
  ...body,
  treatmentRefused: 'Artificial ventilation',
  refusesLifeSustainingTreatment: true,
  inWriting: true,
  signed: true,
  witnessed: true,
  statesAppliesEvenIfLifeAtRisk: true,
};

const fieldsOf = (value: unknown) => {
  const result = advanceDecisionBodySchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('recording an advance decision to refuse treatment', () => {
  test.each([
    ['a refusal of other treatment', body, []],
    ['a refusal of life-sustaining treatment, every formality answered', lifeSustaining, []],
    [
      'a refusal of life-sustaining treatment, formalities unanswered',
      { ...lifeSustaining, witnessed: undefined, statesAppliesEvenIfLifeAtRisk: null },
      ['witnessed', 'statesAppliesEvenIfLifeAtRisk'],
    ],
    [
      'whether it refuses life-sustaining treatment not said',
      { ...body, refusesLifeSustainingTreatment: undefined },
      ['refusesLifeSustainingTreatment'],
    ],
    ['no treatment named', { ...body, treatmentRefused: '' }, ['treatmentRefused']],
    ['where it is kept not said', { ...body, keptAt: ' ' }, ['keptAt']],
  ])('%s', (_name, value, fields) => {
    expect(fieldsOf(value)).toEqual(fields);
  });

  test.each<[string, Record<string, unknown>, boolean]>([
    ['not about life-sustaining treatment', body, true],
    ['life-sustaining, every formality met', lifeSustaining, true],
    ['life-sustaining, not witnessed', { ...lifeSustaining, witnessed: false }, false],
    [
      'life-sustaining, no statement that it applies even if life is at risk',
      { ...lifeSustaining, statesAppliesEvenIfLifeAtRisk: false },
      false,
    ],
  ])('valid to refuse life-sustaining treatment: %s', (_name, value, valid) => {
    expect(meetsLifeSustainingFormalities(advanceDecisionBodySchema.parse(value))).toBe(valid);
  });
});
