import { describe, expect, test } from 'vitest';
import { checkAgainstDefinitions } from './check-against-definitions.js';
import { keyRiskAssessments } from './now-steps.js';
import { diffPlans } from './plan-diff.js';
import { planContentSchema, sectionContentSchema, type PlanContent } from './plan-content.js';
import { toolkitSections } from './sections/index.js';

const general = (overrides: Record<string, unknown> = {}) => ({
  id: 'g1',
  hazard: 'Getting up in the night to use the toilet',
  whoCouldBeHarmed: 'Me',
  likelihood: 4,
  severity: 4,
  existingControls: ['Night light on the landing', 'Commode by the bed'],
  residualLikelihood: 2,
  residualSeverity: 4,
  furtherActions: [{ id: 'a1', action: 'Ask the GP about my water tablets', owner: 'Senior care worker', dueDate: '2026-12-01' }],
  personView: 'I want to get to the bathroom on my own.',
  positiveRiskTaking: {
    benefitToPerson: 'Dignity and independence at night',
    whatThePersonWants: 'To walk to the bathroom myself',
    agreedApproach: 'Walks alone with the night light on; pendant alarm worn',
    agreedBy: 'Edith, her son and the registered manager',
    agreedOn: '2026-11-20',
  },
  assessedOn: '2026-11-20',
  assessedBy: 'Priya Shah',
  reviewDate: '2027-02-20',
  ...overrides,
});

const must = (overrides: Record<string, unknown> = {}) => ({
  id: 'm1',
  screenedOn: '2026-11-20',
  screenedBy: 'Priya Shah',
  setting: 'community',
  bmi: { method: 'calculated', weightKg: 47, heightM: 1.6 },
  weightLoss: { method: 'estimated_category', category: '5_to_10', basis: 'Clothes are loose' },
  acuteDisease: { acutelyIll: false, noIntakeOverFiveDays: false },
  ...overrides,
});

const falls = (overrides: Record<string, unknown> = {}) => ({
  id: 'f1',
  screenedOn: '2026-11-20',
  screenedBy: 'Priya Shah',
  answers: {
    fall_in_last_12_months: 'yes',
    fear_of_falling: 'no',
    needs_help_walking_or_transferring: 'yes',
    medicines: 'not_known',
    dizziness_or_low_blood_pressure: 'no',
    continence_urgency_or_night_toileting: 'yes',
    poor_eyesight: 'no',
    cognitive_impairment: 'no',
    footwear_or_home_hazards: 'no',
  },
  ...overrides,
});

const plan = (sections: Record<string, unknown>[]): PlanContent =>
  planContentSchema.parse({ sections, involvement: [{ kind: 'person', name: 'Edith Clarke', how: 'in_person', date: '2026-11-20' }] });

describe('risk assessments inside a section', () => {
  test('a section saved before assessments existed reads as having none', () => {
    expect(sectionContentSchema.parse({ sectionKey: 'personal_care' }).riskAssessments).toEqual({ general: [], must: [], falls: [] });
  });

  test('general, MUST and falls assessments parse nested in their sections, with defaults filled', () => {
    const content = plan([
      { sectionKey: 'nutrition_and_hydration', riskAssessments: { must: [must()] } },
      { sectionKey: 'mobility_and_falls', riskAssessments: { general: [general()], falls: [falls()] } },
    ]);
    expect(content.sections[0]!.riskAssessments.must[0]).toMatchObject({ id: 'm1', notes: null, bmi: { weightSource: 'measured' } });
    expect(content.sections[0]!.riskAssessments.general).toEqual([]);
    expect(content.sections[1]!.riskAssessments.general[0]).toMatchObject({ id: 'g1', residualLikelihood: 2, furtherActions: [{ completedOn: null }] });
    expect(content.sections[1]!.riskAssessments.falls[0]).toMatchObject({ id: 'f1', notes: null });
  });

  test('a nested assessment is refused with the path to the field', () => {
    const result = planContentSchema.safeParse({
      sections: [{ sectionKey: 'mobility_and_falls', riskAssessments: { general: [general({ residualSeverity: 5 })], falls: [falls({ id: undefined })] } }],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'sections.0.riskAssessments.general.0.residualSeverity',
      'sections.0.riskAssessments.falls.0.id',
    ]);
  });
});

describe('where assessments may go', () => {
  test('MUST in nutrition, falls in mobility and general anywhere raise no problem', () => {
    const content = plan([
      { sectionKey: 'nutrition_and_hydration', riskAssessments: { must: [must()], general: [general()] } },
      { sectionKey: 'mobility_and_falls', riskAssessments: { falls: [falls()] } },
      { sectionKey: 'community_access_and_engagement', riskAssessments: { general: [general(), general({ id: 'g2' })] } },
    ]);
    expect(checkAgainstDefinitions(content, toolkitSections)).toEqual([]);
  });

  test('a misplaced screening and a repeated id are named by path', () => {
    const content = plan([
      { sectionKey: 'personal_care', riskAssessments: { must: [must()], falls: [falls()] } },
      { sectionKey: 'mobility_and_falls', riskAssessments: { must: [must()], general: [general(), general()] } },
      {
        sectionKey: 'nutrition_and_hydration',
        riskAssessments: { must: [must(), must()], general: [general({ furtherActions: [general().furtherActions[0], general().furtherActions[0]] })] },
      },
    ]);
    expect(checkAgainstDefinitions(content, toolkitSections)).toEqual([
      { field: 'sections.0.riskAssessments.must.0', message: 'A MUST screening belongs in the nutrition and hydration section' },
      { field: 'sections.0.riskAssessments.falls.0', message: 'A falls screening belongs in the mobility and falls section' },
      { field: 'sections.1.riskAssessments.must.0', message: 'A MUST screening belongs in the nutrition and hydration section' },
      { field: 'sections.1.riskAssessments.general.1.id', message: 'Two entries share this id' },
      { field: 'sections.2.riskAssessments.must.1.id', message: 'Two entries share this id' },
      { field: 'sections.2.riskAssessments.general.0.furtherActions.1.id', message: 'Two actions share this id' },
    ]);
  });
});

describe('assessments in the difference between versions', () => {
  test('an edited, added or removed assessment shows as a change matched by id', () => {
    const before = plan([{ sectionKey: 'mobility_and_falls', riskAssessments: { general: [general()], falls: [falls()] } }]);
    const after = plan([
      { sectionKey: 'mobility_and_falls', riskAssessments: { general: [general({ residualLikelihood: 1, residualSeverity: 4 })] } },
      { sectionKey: 'nutrition_and_hydration', riskAssessments: { must: [must()] } },
    ]);
    const diff = diffPlans(before, after);
    expect(diff.sections.map((s) => [s.sectionKey, s.change])).toEqual([['mobility_and_falls', 'changed'], ['nutrition_and_hydration', 'added']]);
    const changes = diff.sections[0]!.changes;
    expect(changes.map((c) => c.field)).toEqual(['riskAssessments.falls.f1', 'riskAssessments.general.g1']);
    expect(changes[0]!.to).toBeNull();
    expect(changes[1]!.from).toMatchObject({ residualLikelihood: 2 });
    expect(changes[1]!.to).toMatchObject({ residualLikelihood: 1 });
    expect(diff.sections[1]!.changes.map((c) => c.field)).toEqual(['riskAssessments.must.m1']);
  });
});

describe('key risks for the care worker', () => {
  test('high and very high by the rating after controls, else before; highest first; not-applicable sections left out', () => {
    const content = plan([
      {
        sectionKey: 'mobility_and_falls',
        riskAssessments: {
          general: [
            general({ id: 'controlled', residualLikelihood: 1, residualSeverity: 4 }), // 16 before, 4 after: medium
            general({ id: 'high', residualLikelihood: null, residualSeverity: null, likelihood: 2, severity: 4 }), // 8: high
            general({ id: 'very', residualLikelihood: 4, residualSeverity: 4 }), // 16 after: very high
            general({ id: 'low', likelihood: 1, severity: 2, residualLikelihood: null, residualSeverity: null }),
          ],
        },
      },
      { sectionKey: 'finances', notApplicable: { reason: 'My son manages my money' }, riskAssessments: { general: [general({ id: 'hidden', residualLikelihood: null, residualSeverity: null })] } },
    ]);
    expect(keyRiskAssessments(content.sections).map((k) => [k.assessment.id, k.rating.score, k.rating.band])).toEqual([
      ['very', 16, 'very_high'],
      ['high', 8, 'high'],
    ]);
  });
});
