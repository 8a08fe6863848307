import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;
let carer: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db);
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
  carer = await signInAs(t.app, await buildStaff(t.db, org, { role: 'care_worker' }));
});
afterAll(() => t.close());

const agreement = { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' };
const involvement = [{ kind: 'person', name: 'Edith Clarke', how: 'in_person', date: '2026-11-20' }];

const generalAssessment = {
  id: 'g1',
  hazard: 'Walking to the shop on my own',
  whoCouldBeHarmed: 'Me',
  likelihood: 3,
  severity: 4,
  existingControls: ['I use my frame outdoors'],
  residualLikelihood: 2,
  residualSeverity: 4,
  furtherActions: [{ id: 'a1', action: 'Physio referral for outdoor walking', owner: 'Senior care worker', dueDate: '2026-12-10' }],
  personView: 'I want to choose my own shopping.',
  positiveRiskTaking: {
    benefitToPerson: 'Independence',
    whatThePersonWants: 'To go to the shop alone on dry days',
    agreedApproach: 'Goes alone on dry days with her phone',
    agreedBy: 'Edith and the registered manager',
    agreedOn: '2026-11-20',
  },
  assessedOn: '2026-11-20',
  assessedBy: 'Priya Shah',
  reviewDate: '2027-02-20',
};

const mustScreening = {
  id: 'm1',
  screenedOn: '2026-11-20',
  screenedBy: 'Priya Shah',
  setting: 'community',
  bmi: { method: 'calculated', weightKg: 47, heightM: 1.6 },
  weightLoss: { method: 'calculated', previousWeightKg: 52, currentWeightKg: 47 },
  acuteDisease: { acutelyIll: false, noIntakeOverFiveDays: false },
};

async function newPerson(): Promise<string> {
  return (await senior.post('/api/people', personBody(org.homecareId))).json().id as string;
}

describe('risk assessments saved with the plan', () => {
  test('a draft with assessments is saved, agreed and read back as part of the version', async () => {
    const id = await newPerson();
    const content = {
      sections: [
        { sectionKey: 'mobility_and_falls', riskAssessments: { general: [generalAssessment] } },
        { sectionKey: 'nutrition_and_hydration', riskAssessments: { must: [mustScreening] } },
      ],
      involvement,
      writtenInFirstPerson: true,
    };
    const draft = await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: 'First plan', content });
    expect(draft.statusCode).toBe(200);
    const agreed = await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement });
    expect(agreed.statusCode).toBe(200);

    const v1 = (await carer.get(`/api/people/${id}/care-plan/versions/1`)).json();
    expect(v1.status).toBe('agreed');
    const [mobility, nutrition] = v1.content.sections;
    expect(mobility.riskAssessments).toEqual({
      general: [{ ...generalAssessment, furtherActions: [{ ...generalAssessment.furtherActions[0], completedOn: null }] }],
      must: [],
      falls: [],
    });
    expect(nutrition.riskAssessments.must).toEqual([
      { ...mustScreening, bmi: { ...mustScreening.bmi, weightSource: 'measured', heightSource: 'measured' }, notes: null },
    ]);
  });

  test('a MUST screening outside the nutrition section is refused with 400 and the field path; nothing is saved', async () => {
    const id = await newPerson();
    const res = await senior.put(`/api/people/${id}/care-plan/draft`, {
      revision: null,
      reason: null,
      content: { sections: [{ sectionKey: 'personal_care', riskAssessments: { must: [mustScreening] } }], involvement },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'content.sections.0.riskAssessments.must.0', message: 'A MUST screening belongs in the nutrition and hydration section' },
    ]);
    expect((await senior.get(`/api/people/${id}/care-plan`)).json().draft).toBeNull();
  });

  test('an assessment that breaks its own rules is refused at the exact field', async () => {
    const id = await newPerson();
    const res = await senior.put(`/api/people/${id}/care-plan/draft`, {
      revision: null,
      reason: null,
      content: { sections: [{ sectionKey: 'mobility_and_falls', riskAssessments: { general: [{ ...generalAssessment, residualLikelihood: 5 }] } }], involvement },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({
      field: 'content.sections.0.riskAssessments.general.0.residualLikelihood',
      message: 'Likelihood after controls cannot be higher than before them',
    });
  });
});
