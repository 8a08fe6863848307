// Restrictive-intervention records for tests, as a form would send them, with overrides.
import type { RestrictiveInterventionPostInput } from './intervention-schemas.js';

export const sampleRestrictiveInterventionBody = () => ({
  staffInvolved: [
    { name: 'Grace Mensah', role: 'Senior care worker' },
    { name: 'Olu Adeyemi', role: null },
  ],
  reason: 'Stan was hitting out at another resident in the lounge.',
  riskAnswered: 'Harm to the other resident, who is frail.',
  lessRestrictive: { tried: ['Calm voice and offered a walk to the garden', 'Moved the other resident away'], noneReason: null },
  whatWasDone: 'Two-person guided escort to his room, holding his forearms.',
  medicine: null,
  personInjury: { injured: false, details: null },
  staffInjury: { injured: false, details: null },
  personView: 'He said he did not like being held but understood why.',
});

export function samplePost(overrides: Partial<RestrictiveInterventionPostInput> = {}): RestrictiveInterventionPostInput {
  return {
    clientId: '8d0f7f0e-3d4a-4c7b-9d51-2f0b8f1c6a11',
    kind: 'physical',
    startedAt: '2026-03-10T14:30:00.000Z',
    durationMinutes: 4,
    followedPlan: 'yes',
    abcRecordId: null,
    body: sampleRestrictiveInterventionBody(),
    supersedes: null,
    supersedeReason: null,
    ...overrides,
  };
}
