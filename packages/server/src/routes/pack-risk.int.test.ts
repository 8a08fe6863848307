import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildOrganisation, buildStaff, personBody, signInAs, type TestOrganisation } from '../test/factories.js';
import { createTestApp, type Agent, type TestApp } from '../test/test-app.js';

let t: TestApp;
let org: TestOrganisation;
let senior: Agent;

beforeAll(async () => {
  t = await createTestApp();
  org = await buildOrganisation(t.db, 'Riverside Test Care');
  senior = await signInAs(t.app, await buildStaff(t.db, org, { role: 'senior_care_worker' }));
});
afterAll(() => t.close());

/** The PDF's text with line breaks and runs of spaces folded, so a phrase wrapped across lines still matches. */
function pdfText(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-pack-')), 'pack.pdf');
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const content = {
  sections: [
    {
      sectionKey: 'mobility_and_falls',
      riskAssessments: {
        general: [
          {
            id: 'g1',
            hazard: 'Using the stairs at night',
            whoCouldBeHarmed: 'Me',
            likelihood: 4,
            severity: 3,
            existingControls: ['Stair lift', 'Landing light on a timer'],
            residualLikelihood: 2,
            residualSeverity: 3,
            furtherActions: [{ id: 'a1', action: 'Fit a second banister', owner: 'Landlord', dueDate: '2026-12-15' }],
            personView: 'I want to sleep upstairs in my own bed.',
            positiveRiskTaking: {
              benefitToPerson: 'Sleeping in my own bed',
              whatThePersonWants: 'To keep using my bedroom upstairs',
              agreedApproach: 'Uses the stair lift; calls with the pendant if unsure',
              agreedBy: 'Me and my daughter',
              agreedOn: '2026-11-20',
            },
            assessedOn: '2026-11-20',
            assessedBy: 'Priya Shah',
            reviewDate: '2027-02-20',
          },
        ],
        falls: [
          {
            id: 'f1',
            screenedOn: '2026-11-20',
            screenedBy: 'Priya Shah',
            answers: {
              fall_in_last_12_months: 'no',
              fear_of_falling: 'yes',
              needs_help_walking_or_transferring: 'no',
              medicines: 'no',
              dizziness_or_low_blood_pressure: 'no',
              continence_urgency_or_night_toileting: 'no',
              poor_eyesight: 'yes',
              cognitive_impairment: 'no',
              footwear_or_home_hazards: 'no',
            },
          },
        ],
      },
    },
    {
      sectionKey: 'nutrition_and_hydration',
      riskAssessments: {
        must: [
          {
            id: 'm1',
            screenedOn: '2026-11-20',
            screenedBy: 'Priya Shah',
            setting: 'community',
            bmi: { method: 'estimated_category', category: '18_5_to_20', basis: 'Arm circumference 23 cm' },
            weightLoss: { method: 'estimated_category', category: 'under_5', basis: 'Clothes fit as before' },
            acuteDisease: { acutelyIll: false, noIntakeOverFiveDays: false },
          },
        ],
      },
    },
  ],
  involvement: [{ kind: 'person', name: 'Edith Clarke', how: 'in_person', date: '2026-11-20' }],
  writtenInFirstPerson: true,
};

describe('risk assessments in the printed pack', () => {
  test('each assessment prints its rating with the band, the MUST category and actions, and the falls level and factors', async () => {
    const id = (await senior.post('/api/people', personBody(org.homecareId, { legalName: 'Stairs Person' }))).json().id as string;
    expect((await senior.put(`/api/people/${id}/care-plan/draft`, { revision: null, reason: null, content })).statusCode).toBe(200);
    await senior.post(`/api/people/${id}/care-plan/draft/agree`, { revision: 1, agreement: { method: 'signed_on_screen', agreedBy: 'Edith Clarke', date: '2026-11-21' } });
    await senior.post(`/api/people/${id}/care-plan/versions/1/start-use`);

    const res = await senior.get(`/api/people/${id}/pack.pdf`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    for (const phrase of [
      'Risk assessment: Using the stairs at night',
      'Rating before controls 12 (High); after controls 6 (Medium)',
      'Controls: Stair lift; Landing light on a timer',
      'Further actions: Fit a second banister (Landlord, by 2026-12-15)',
      'Positive risk taking: To keep using my bedroom upstairs',
      'Nutrition screening (MUST): score 1, Medium risk of malnutrition',
      'Write down everything the person eats and drinks for 3 days.',
      'Falls screening: Medium falls risk',
      'Factors present: Worried about falling; Poor eyesight',
    ]) {
      expect(text).toContain(phrase);
    }
  });
});
