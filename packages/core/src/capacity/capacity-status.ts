// A person's capacity status in the toolkit's categories, derived from the assessments in force; with none recorded,
// capacity is assumed (principle 1). Also which assessments are due to be done again.
import type { SignedCapacityAssessment, StoredCapacityAssessment } from './capacity-assessment.js';
import { assessmentsInForce } from './assessments-in-force.js';

/** What the plan says about an impairment of the mind or brain, before any assessment. */
export const statedImpairments = ['none', 'does_not_affect_decisions', 'affects_decisions'] as const;
export type StatedImpairment = (typeof statedImpairments)[number];

export const statedImpairmentLabels: Record<StatedImpairment, string> = {
  none: 'No impairment of the mind or brain',
  does_not_affect_decisions: 'An impairment that does not affect their decisions',
  affects_decisions: 'An impairment that may affect their decisions',
};

export const capacityStatusKinds = ['assumed', 'all', 'some', 'lacks'] as const;
export type CapacityStatusKind = (typeof capacityStatusKinds)[number];

export const capacityStatusLabels: Record<CapacityStatusKind, string> = {
  assumed: 'Capacity assumed: no assessment recorded',
  all: 'Has capacity to make all decisions',
  some: 'Has capacity to make some decisions',
  lacks: 'Lacks capacity for the decisions in question',
};

/** Why a person has capacity for all decisions: the toolkit's (a), (b) and (c). */
export type AllDecisionsBasis = 'no_impairment' | 'impairment_not_affecting' | 'assessed';

export type PersonCapacityStatus =
  /** Principle 1. `assessmentNeeded` when an impairment that may affect decisions is recorded but nothing assessed. */
  | { kind: 'assumed'; assessmentNeeded: boolean }
  | { kind: 'all'; basis: AllDecisionsBasis; hasCapacityFor: SignedCapacityAssessment[] }
  | { kind: 'some'; hasCapacityFor: SignedCapacityAssessment[]; lacksCapacityFor: SignedCapacityAssessment[] }
  | { kind: 'lacks'; lacksCapacityFor: SignedCapacityAssessment[] };

/**
 * The status from the newest signed assessment per decision. Assessments outrank what was stated: an assessment
 * found the facts for its decision. A person found to lack capacity for every assessed decision "lacks capacity for
 * the decisions in question", never for everything: capacity is decision-specific.
 */
export function capacityStatus(
  assessments: readonly StoredCapacityAssessment[],
  statedImpairment: StatedImpairment | null,
): PersonCapacityStatus {
  const inForce = assessmentsInForce(assessments);
  const hasCapacityFor = inForce.filter((a) => a.outcome === 'has_capacity');
  const lacksCapacityFor = inForce.filter((a) => a.outcome === 'lacks_capacity');
  if (lacksCapacityFor.length > 0) {
    return hasCapacityFor.length > 0 ? { kind: 'some', hasCapacityFor, lacksCapacityFor } : { kind: 'lacks', lacksCapacityFor };
  }
  if (hasCapacityFor.length > 0) return { kind: 'all', basis: 'assessed', hasCapacityFor };
  switch (statedImpairment) {
    case 'none':
      return { kind: 'all', basis: 'no_impairment', hasCapacityFor: [] };
    case 'does_not_affect_decisions':
      return { kind: 'all', basis: 'impairment_not_affecting', hasCapacityFor: [] };
    case 'affects_decisions':
      return { kind: 'assumed', assessmentNeeded: true };
    case null:
      return { kind: 'assumed', assessmentNeeded: false };
  }
}

export interface ReassessmentDue {
  assessment: SignedCapacityAssessment;
  reassessOn: string;
  /** The date has passed, not merely arrived. */
  overdue: boolean;
}

/** Assessments in force whose date to assess again is today or past (`today` is the London day), soonest first. */
export function reassessmentsDue(assessments: readonly StoredCapacityAssessment[], today: string): ReassessmentDue[] {
  return assessmentsInForce(assessments)
    .flatMap((assessment) =>
      assessment.reassessOn !== null && assessment.reassessOn <= today
        ? [{ assessment, reassessOn: assessment.reassessOn, overdue: assessment.reassessOn < today }]
        : [],
    )
    .sort((a, b) => (a.reassessOn < b.reassessOn ? -1 : a.reassessOn > b.reassessOn ? 1 : 0));
}

/**
 * Audit rule 40: where the person has capacity for some decisions, each plan section needs an assessment in force
 * linked to it (by its section keys, or by a decision key naming the section). The sections without one, in order.
 */
export function sectionsWithoutAssessment(
  sectionKeys: readonly string[],
  assessments: readonly StoredCapacityAssessment[],
): string[] {
  const inForce = assessmentsInForce(assessments);
  const linked = new Set(inForce.flatMap((a) => [...(a.sectionKeys ?? []), ...(a.decisionKey ? [a.decisionKey] : [])]));
  return sectionKeys.filter((key) => !linked.has(key));
}
