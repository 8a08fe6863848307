import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  bandForScore,
  defaultRiskBanding,
  generalRiskAssessmentSchema,
  isRiskReviewOverdue,
  overdueFurtherActions,
  residualRiskRating,
  riskBandingSchema,
  riskBands,
  riskLevels,
  riskRating,
  type RiskLevel,
} from './general-risk.js';

const buildAssessment = (overrides: Record<string, unknown> = {}) => ({
  id: 'r1',
  hazard: 'Crossing the main road on my own to get to the shop',
  whoCouldBeHarmed: 'Me',
  likelihood: 3,
  severity: 4,
  existingControls: ['I use the pelican crossing', 'Travel training with my support worker'],
  furtherActions: [{ id: 'a1', action: 'Practise the route twice a week', owner: 'Key worker', dueDate: '2026-12-01' }],
  personView: 'I want to go to the shop by myself like everyone else.',
  positiveRiskTaking: {
    benefitToPerson: 'Independence and confidence; I choose my own snacks',
    whatThePersonWants: 'To walk to the shop alone on weekday mornings',
    agreedApproach: 'Goes alone once the route is practised; phones when arriving',
    agreedBy: 'Sam, his mum and the registered manager',
    agreedOn: '2026-11-20',
  },
  assessedOn: '2026-11-20',
  assessedBy: 'Priya Shah',
  reviewDate: '2027-02-20',
  ...overrides,
});

const level = fc.constantFrom(...riskLevels);
const bandIndex = (b: string) => riskBands.indexOf(b as (typeof riskBands)[number]);

describe('riskRating on the default 5×5 matrix', () => {
  test.each([
    [1, 1, 1, 'low'],
    [1, 3, 3, 'low'],
    [2, 2, 4, 'medium'],
    [4, 1, 4, 'medium'],
    [2, 3, 6, 'medium'],
    [2, 4, 8, 'high'],
    [3, 4, 12, 'high'],
    [3, 5, 15, 'very_high'],
    [5, 5, 25, 'very_high'],
  ] as const)('likelihood %i × severity %i = %i, %s', (likelihood, severity, score, band) => {
    expect(riskRating(likelihood, severity)).toEqual({ score, band });
  });

  test('the score is always likelihood × severity, within 1–25, and symmetric', () => {
    fc.assert(
      fc.property(level, level, (l, s) => {
        const rating = riskRating(l, s);
        expect(rating.score).toBe(l * s);
        expect(rating.score).toBeGreaterThanOrEqual(1);
        expect(rating.score).toBeLessThanOrEqual(25);
        expect(riskRating(s, l)).toEqual(rating);
      }),
    );
  });

  test('raising likelihood or severity never lowers the band', () => {
    fc.assert(
      fc.property(level, level, level, (l, s, higher) => {
        fc.pre(higher >= l);
        expect(bandIndex(riskRating(higher, s).band)).toBeGreaterThanOrEqual(bandIndex(riskRating(l, s).band));
        expect(bandIndex(riskRating(s, higher).band)).toBeGreaterThanOrEqual(bandIndex(riskRating(s, l).band));
      }),
    );
  });

  test('a provider can use its own banding', () => {
    const strict = { mediumFrom: 3, highFrom: 6, veryHighFrom: 12 };
    expect(riskRating(1, 3, strict).band).toBe('medium');
    expect(riskRating(2, 3, strict).band).toBe('high');
    expect(riskRating(3, 4, strict).band).toBe('very_high');
    expect(bandForScore(2, strict)).toBe('low');
  });

  test.each([0, 6, 2.5, Number.NaN])('refuses a rating of %s', (bad) => {
    expect(() => riskRating(bad as RiskLevel, 3)).toThrow(RangeError);
  });
});

describe('risk banding configuration', () => {
  test('the default banding is valid', () => {
    expect(riskBandingSchema.parse(defaultRiskBanding)).toEqual(defaultRiskBanding);
  });

  test.each([
    [{ mediumFrom: 8, highFrom: 8, veryHighFrom: 15 }, 'highFrom', 'High must start above medium'],
    [{ mediumFrom: 4, highFrom: 16, veryHighFrom: 15 }, 'veryHighFrom', 'Very high must start above high'],
    [{ mediumFrom: 1, highFrom: 8, veryHighFrom: 15 }, 'mediumFrom', 'Medium must start at 2 or more'],
    [{ mediumFrom: 4, highFrom: 8, veryHighFrom: 26 }, 'veryHighFrom', 'Very high must start at 25 or less'],
  ])('%j is refused at %s', (banding, field, message) => {
    const result = riskBandingSchema.safeParse(banding);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: [field], message }));
  });
});

describe('general risk assessment schema', () => {
  test('a complete assessment parses, with defaults filled', () => {
    const parsed = generalRiskAssessmentSchema.parse(buildAssessment());
    expect(parsed.residualLikelihood).toBeNull();
    expect(parsed.furtherActions[0]?.completedOn).toBeNull();
    expect(riskRating(parsed.likelihood, parsed.severity)).toEqual({ score: 12, band: 'high' });
  });

  test('a minimal assessment needs no controls, actions or positive-risk record', () => {
    const parsed = generalRiskAssessmentSchema.parse(
      buildAssessment({ existingControls: undefined, furtherActions: undefined, personView: '', positiveRiskTaking: null }),
    );
    expect(parsed.existingControls).toEqual([]);
    expect(parsed.personView).toBeNull();
  });

  test.each([
    [{ hazard: '   ' }, 'hazard', 'Enter the hazard or risk'],
    [{ whoCouldBeHarmed: undefined }, 'whoCouldBeHarmed', 'Enter who could be harmed'],
    [{ likelihood: 6 }, 'likelihood', 'Choose the likelihood, from 1 to 5'],
    [{ severity: 0 }, 'severity', 'Choose the severity, from 1 to 5'],
    [{ severity: '3' }, 'severity', 'Choose the severity, from 1 to 5'],
    [{ id: 'risk 1' }, 'id', 'Item id must be 1-40 letters, digits, - or _'],
    [{ reviewDate: '2026-02-30' }, 'reviewDate', 'Enter a real date'],
    [{ reviewDate: '2026-11-19' }, 'reviewDate', 'The review date must be on or after the assessment date'],
    [{ residualLikelihood: 2 }, 'residualSeverity', 'Give both likelihood and severity after controls, or neither'],
    [{ residualLikelihood: 4, residualSeverity: 4 }, 'residualLikelihood', 'Likelihood after controls cannot be higher than before them'],
    [{ residualLikelihood: 2, residualSeverity: 5 }, 'residualSeverity', 'Severity after controls cannot be higher than before them'],
    [{ personView: null }, 'personView', 'Record the person\u2019s view when they choose to take a risk'],
    [{ existingControls: [''] }, 'existingControls.0', 'Enter the control'],
  ])('%j is refused at %s', (overrides, field, message) => {
    const result = generalRiskAssessmentSchema.safeParse(buildAssessment(overrides));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))).toContainEqual({ field, message });
  });

  test.each([
    ['benefitToPerson', 'Enter what the person gains from taking this risk'],
    ['whatThePersonWants', 'Enter what the person wants, in their words'],
    ['agreedApproach', 'Enter the approach agreed'],
    ['agreedBy', 'Enter who agreed the approach'],
  ])('the positive-risk-taking record needs %s', (key, message) => {
    const base = buildAssessment();
    const result = generalRiskAssessmentSchema.safeParse({ ...base, positiveRiskTaking: { ...base.positiveRiskTaking, [key]: '' } });
    expect(result.error?.issues).toContainEqual(expect.objectContaining({ path: ['positiveRiskTaking', key], message }));
  });

  test('further actions need an owner and a real due date', () => {
    const result = generalRiskAssessmentSchema.safeParse(buildAssessment({ furtherActions: [{ id: 'a1', action: 'Practise', owner: '', dueDate: 'soon' }] }));
    const fields = result.error?.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['furtherActions.0.owner', 'furtherActions.0.dueDate']));
  });
});

describe('residual rating, review and overdue actions', () => {
  test('the residual rating is worked only when recorded', () => {
    const parsed = generalRiskAssessmentSchema.parse(buildAssessment({ residualLikelihood: 1, residualSeverity: 4 }));
    expect(residualRiskRating(parsed)).toEqual({ score: 4, band: 'medium' });
    expect(residualRiskRating({ residualLikelihood: null, residualSeverity: null })).toBeNull();
  });

  test('a residual rating accepted by the schema is never above the initial rating', () => {
    fc.assert(
      fc.property(level, level, level, level, (l, s, rl, rs) => {
        const result = generalRiskAssessmentSchema.safeParse(buildAssessment({ likelihood: l, severity: s, residualLikelihood: rl, residualSeverity: rs }));
        if (result.success) {
          expect(residualRiskRating(result.data)?.score).toBeLessThanOrEqual(riskRating(l, s).score);
        } else {
          expect(rl > l || rs > s).toBe(true);
        }
      }),
    );
  });

  test.each([
    ['2027-02-19', false],
    ['2027-02-20', false],
    ['2027-02-21', true],
  ])('on %s the review is overdue: %s', (today, overdue) => {
    expect(isRiskReviewOverdue({ reviewDate: '2027-02-20' }, today)).toBe(overdue);
  });

  test('only unfinished actions past their due date are overdue', () => {
    const actions = [
      { id: 'a1', action: 'Practise', owner: 'Key worker', dueDate: '2026-12-01', completedOn: null },
      { id: 'a2', action: 'Buy a phone', owner: 'Mum', dueDate: '2026-11-25', completedOn: '2026-11-24' },
      { id: 'a3', action: 'Tell the shop', owner: 'Sam', dueDate: '2026-12-10', completedOn: null },
    ];
    expect(overdueFurtherActions({ furtherActions: actions }, '2026-12-05').map((a) => a.id)).toEqual(['a1']);
  });
});
