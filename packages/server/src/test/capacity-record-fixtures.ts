// Request bodies for capacity record tests: one complete, valid body of each kind, dated on or before `on`.
import type { CapacityRecordKind } from '@hearth/core';

export function capacityRecordBody(
  kind: CapacityRecordKind,
  on: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...bodies(on)[kind], ...overrides };
}

function bodies(on: string): Record<CapacityRecordKind, Record<string, unknown>> {
  return {
    legal_authority: {
      kind: 'lasting_power_of_attorney',
      holderName: 'Helen Whitfield',
      scope: 'health_and_welfare',
      reference: '7000-1234-5678',
      registeredOn: '2023-04-01',
      seenOn: on,
      coversLifeSustainingTreatment: true,
    },
    advance_decision: {
      treatmentRefused: 'Antibiotics for a chest infection',
      circumstances: 'If I have lost capacity because of advanced dementia',
      madeOn: '2024-05-10',
      refusesLifeSustainingTreatment: false,
      keptAt: 'Blue folder in the bedroom drawer',
    },
    liberty_safeguard: {
      status: 'authorised',
      appliedOn: '2026-01-05',
      authorisedOn: '2026-02-01',
      expiresOn: '2099-01-31',
      authorisedBy: 'Hertfordshire County Council',
    },
    imca_involvement: {
      name: 'Jo Adams',
      organisation: 'Herts Advocacy',
      decision: 'Whether to move into residential care',
      instructedOn: on,
    },
    consent: {
      scope: { kind: 'plan_section', sectionKey: 'personal_care' },
      basis: 'person',
      answer: 'given',
      decidedOn: on,
      method: 'spoken',
    },
    advance_care_plan: {
      madeOn: on,
      whatMatters: 'Being at home with my cat',
      wishesForFutureCare: 'Not to go back into hospital unless it will make me better',
      capacityWhenMade: 'had_capacity',
    },
    resuscitation: {
      status: 'respect_form',
      cprRecommendation: 'do_not_attempt_cpr',
      clinician: { name: 'Dr Shah', role: 'GP' },
      decidedOn: on,
      originalKeptAt: 'Purple folder on the kitchen dresser',
    },
  };
}
