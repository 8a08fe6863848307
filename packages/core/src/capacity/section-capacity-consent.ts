// What a plan section says about capacity and consent: the signed assessments in force that name the section, and
// where consent for the section stands. Capacity is assumed until an assessment says otherwise (MCA s1(2)); consent
// is never assumed, and a refusal is the person's choice, shown with what was agreed instead.
import type { AssessmentOutcome, StoredCapacityAssessment } from './capacity-assessment.js';
import { assessmentsInForce } from './assessments-in-force.js';
import { consentState, type ConsentBody, type ConsentMethod, type ConsentScope } from './consent.js';

/** A consent record as the capacity records API answers it: only the parts this summary reads. */
export interface SectionConsentRecord {
  /** Not replaced by a newer record. */
  current: boolean;
  recordedAt: string;
  body: Pick<ConsentBody, 'scope' | 'basis' | 'answer' | 'decidedOn' | 'method' | 'methodDetail' | 'afterRefusal'>;
}

export interface SectionCapacityConsentInput {
  assessments: readonly StoredCapacityAssessment[];
  /** Only which assessment each decision rests on matters here. */
  bestInterestsDecisions: readonly { assessmentId: string }[];
  consents: readonly SectionConsentRecord[];
}

export interface SectionCapacityFinding {
  assessmentId: string;
  decision: string;
  outcome: AssessmentOutcome;
  assessedOn: string;
  /** For "lacks capacity": whether a best-interests decision resting on this assessment is recorded. */
  bestInterestsRecorded: boolean;
}

/** Capacity for a section: assumed (nothing assessed about it), or the assessments in force that name it. */
export type SectionCapacity = { kind: 'assumed' } | { kind: 'assessed'; findings: SectionCapacityFinding[] };

/** Who gave or refused consent: the person themselves, or their attorney or deputy within their authority. */
export type ConsentDecider = 'person' | 'attorney_or_deputy';

export type SectionConsent =
  | { kind: 'not_recorded' }
  | { kind: 'given'; by: ConsentDecider; decidedOn: string; how: string | null }
  | { kind: 'refused'; by: ConsentDecider; decidedOn: string; afterRefusalRecorded: boolean }
  | { kind: 'best_interests'; decidedOn: string };

export interface SectionCapacityConsent {
  capacity: SectionCapacity;
  consent: SectionConsent;
}

/** Short words for how the answer was given, to sit in brackets after the date. */
export const consentMethodShortLabels: Record<ConsentMethod, string> = {
  spoken: 'spoken',
  written: 'in writing',
  gesture_or_behaviour: 'by a gesture or their behaviour',
  communication_aid: 'using a communication aid or signs',
  other: 'another way',
};

export function sectionCapacityConsent(sectionKey: string, input: SectionCapacityConsentInput): SectionCapacityConsent {
  return { capacity: sectionCapacity(sectionKey, input), consent: sectionConsent(sectionKey, input.consents) };
}

function sectionCapacity(sectionKey: string, input: SectionCapacityConsentInput): SectionCapacity {
  const findings = assessmentsInForce(input.assessments)
    .filter((a) => (a.sectionKeys ?? []).includes(sectionKey))
    .map((a) => ({
      assessmentId: a.id,
      decision: a.decision,
      outcome: a.outcome,
      assessedOn: a.assessedOn,
      bestInterestsRecorded:
        a.outcome === 'lacks_capacity' && input.bestInterestsDecisions.some((d) => d.assessmentId === a.id),
    }));
  return findings.length === 0 ? { kind: 'assumed' } : { kind: 'assessed', findings };
}

function sectionConsent(sectionKey: string, consents: readonly SectionConsentRecord[]): SectionConsent {
  const scope: ConsentScope = { kind: 'plan_section', sectionKey };
  // A replaced record is kept for the history but no longer says where consent stands.
  const inForce = consents.filter((c) => c.current);
  const state = consentState(
    scope,
    inForce.map((c) => ({ scope: c.body.scope, basis: c.body.basis, answer: c.body.answer, recordedAt: c.recordedAt })),
  );
  if (state === 'not_recorded') return { kind: 'not_recorded' };
  // consentState found a newest record for the scope, so this finds the same one.
  const newest = inForce
    .filter((c) => c.body.scope.kind === 'plan_section' && c.body.scope.sectionKey === sectionKey)
    .reduce((best, c) => (c.recordedAt > best.recordedAt ? c : best));
  const { body } = newest;
  if (state === 'best_interests') return { kind: 'best_interests', decidedOn: body.decidedOn };
  const by: ConsentDecider = body.basis === 'legal_authority' ? 'attorney_or_deputy' : 'person';
  if (state === 'refused')
    return { kind: 'refused', by, decidedOn: body.decidedOn, afterRefusalRecorded: body.afterRefusal !== null };
  const how =
    body.method === null ? null : body.method === 'other' && body.methodDetail ? body.methodDetail : consentMethodShortLabels[body.method];
  return { kind: 'given', by, decidedOn: body.decidedOn, how };
}
