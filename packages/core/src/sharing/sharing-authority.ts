// Who may decide, for a person, who sees their record (MCA 2005): the person, unless the assessment in force for
// this decision finds they lack capacity for it; then someone with legal authority, resting on that assessment and
// on a best-interests decision made on it or a lasting power of attorney or deputyship covering sharing.
import { assessmentInForceFor, isSameDecision, type DecisionRef } from '../capacity/assessments-in-force.js';
import type { StoredCapacityAssessment } from '../capacity/capacity-assessment.js';
import {
  authorityLimit,
  authorityLimitMessages,
  authorityScopeLabels,
  type AuthorityFacts,
  type AuthorityKind,
} from '../capacity/legal-authority.js';
import { spokenDate } from '../communication-needs/plan-parts.js';
import type { FieldError } from '../errors.js';
import type { SharingDecisionBody } from './sharing-decisions.js';

/** The decision capacity is assessed for: an assessment about sharing carries this key. */
export const sharingDecisionRef = { decision: 'Who may see and share their record', decisionKey: 'sharing' } as const satisfies DecisionRef;

/** What the rule reads about the person: their signed assessments, best-interests decisions and legal authorities. */
export interface SharingAuthorityFacts {
  assessments: readonly StoredCapacityAssessment[];
  bestInterestsDecisions: readonly { id: string; assessmentId: string }[];
  legalAuthorities: readonly { id: string; current: boolean; body: AuthorityFacts }[];
  /** The London day. */
  today: string;
}

/** The assessment that decides who may decide about sharing: the one in force for it, or null when none is signed. */
export function sharingAssessmentInForce(assessments: readonly StoredCapacityAssessment[]): StoredCapacityAssessment | null {
  return assessmentInForceFor(sharingDecisionRef, assessments);
}

export function lacksCapacityForSharing(assessments: readonly StoredCapacityAssessment[]): boolean {
  return sharingAssessmentInForce(assessments)?.outcome === 'lacks_capacity';
}

/** What a decision by someone with legal authority may name: the forms offer these and nothing else. */
export function sharingAuthorityOptions<
  A extends StoredCapacityAssessment,
  B extends { id: string; assessmentId: string },
  L extends { id: string; current: boolean; body: AuthorityFacts },
>(facts: { assessments: readonly A[]; bestInterestsDecisions: readonly B[]; legalAuthorities: readonly L[]; today: string }, assessmentId: string | null): {
  assessments: A[];
  bestInterestsDecisions: B[];
  legalAuthorities: L[];
} {
  const inForce = facts.assessments.find((a) => a.id === sharingAssessmentInForce(facts.assessments)?.id);
  const assessments = inForce && inForce.outcome === 'lacks_capacity' ? [inForce] : [];
  const lacks = assessments.length > 0;
  return {
    assessments,
    bestInterestsDecisions: facts.bestInterestsDecisions.filter((d) => assessmentId !== null && d.assessmentId === assessmentId),
    legalAuthorities: facts.legalAuthorities.filter(
      (a) => a.current && authorityLimit(a.body, 'sharing', { lacksCapacityForDecision: lacks, today: facts.today }) === null,
    ),
  };
}

type AuthorityBody = Pick<SharingDecisionBody, 'decidedBy' | 'capacityAssessmentId' | 'bestInterestsDecisionId' | 'legalAuthorityRecordId'>;

/**
 * Why the decision cannot be recorded as made, field by field; none when it can. The person's own decision stands
 * unless the assessment in force for sharing finds they lack capacity for it. A decision for them needs that very
 * assessment, and a best-interests decision resting on it or a current authority covering sharing.
 */
export function sharingAuthorityErrors(body: AuthorityBody, facts: SharingAuthorityFacts): FieldError[] {
  const inForce = sharingAssessmentInForce(facts.assessments);
  const lacks = inForce?.outcome === 'lacks_capacity';
  if (body.decidedBy === 'person') {
    return lacks
      ? [
          {
            field: 'decidedBy',
            message: `The capacity assessment of ${spokenDate(inForce.assessedOn)} finds they lack capacity to decide who may see their record: record the decision as made by someone with legal authority, naming that assessment`,
          },
        ]
      : [];
  }
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  if (body.capacityAssessmentId !== null) {
    const named = facts.assessments.find((a) => a.id === body.capacityAssessmentId && a.signedAt !== null);
    if (!named) add('capacityAssessmentId', 'Choose a signed capacity assessment of this person');
    else if (!isSameDecision(named, sharingDecisionRef))
      add('capacityAssessmentId', `That assessment is about \u201c${named.decision}\u201d: choose the one about who may see their record`);
    else if (named.id !== inForce?.id) add('capacityAssessmentId', 'That assessment has been replaced: choose the one in force');
    else if (!lacks) add('capacityAssessmentId', 'That assessment finds they have capacity to decide who may see their record: the decision is theirs');
  }
  if (body.bestInterestsDecisionId !== null) {
    const decision = facts.bestInterestsDecisions.find((d) => d.id === body.bestInterestsDecisionId);
    if (!decision) add('bestInterestsDecisionId', 'Choose a best-interests decision recorded for this person');
    else if (decision.assessmentId !== body.capacityAssessmentId)
      add('bestInterestsDecisionId', 'Choose a best-interests decision made on the capacity assessment chosen');
  }
  if (body.legalAuthorityRecordId !== null) {
    const authority = facts.legalAuthorities.find((a) => a.id === body.legalAuthorityRecordId);
    if (!authority) add('legalAuthorityRecordId', 'Choose a lasting power of attorney or deputyship recorded for this person');
    else if (!authority.current) add('legalAuthorityRecordId', 'That record has been replaced: choose the newer one');
    else {
      const limit = authorityLimit(authority.body, 'sharing', { lacksCapacityForDecision: lacks, today: facts.today });
      if (limit !== null) add('legalAuthorityRecordId', authorityLimitMessages[limit]);
    }
  }
  return errors;
}

/** The records a decision rests on, as the history shows them; any may be missing from what the reader may see. */
export interface SharingAuthorityRecords {
  assessment: { assessedOn: string; decision: string; assessorName: string } | null;
  bestInterests: { decidedOn: string; decisionMakerName: string; decisionMakerRole: string } | null;
  legalAuthority: (AuthorityFacts & { holderName: string }) | null;
}

const authorityNouns: Record<AuthorityKind, string> = {
  lasting_power_of_attorney: 'lasting power of attorney',
  deputyship: 'deputyship',
};

/** One sentence naming what a decision for the person rests on, or null when it names nothing. */
export function sharingAuthorityDescription(records: SharingAuthorityRecords): string | null {
  const parts: string[] = [];
  const { assessment, bestInterests, legalAuthority } = records;
  if (assessment)
    parts.push(`the capacity assessment of ${spokenDate(assessment.assessedOn)} by ${assessment.assessorName}, finding they lack capacity to decide \u201c${assessment.decision}\u201d`);
  if (bestInterests)
    parts.push(`the best-interests decision of ${spokenDate(bestInterests.decidedOn)} by ${bestInterests.decisionMakerName} (${bestInterests.decisionMakerRole})`);
  if (legalAuthority)
    parts.push(
      `the ${authorityScopeLabels[legalAuthority.scope].toLowerCase()} ${authorityNouns[legalAuthority.kind]} held by ${legalAuthority.holderName}`,
    );
  if (parts.length === 0) return null;
  return `Rests on ${parts.join('; and ')}.`;
}
