// An attorney or deputy agreeing a care and support plan for the person: accepted only on a lasting power of attorney
// or deputyship recorded for them that covers agreeing the plan (registered, seen, in force, the right scope) and,
// where the Act requires it, an assessment in force finding the person lacks capacity to agree it.
import type { FieldError } from '../errors.js';
import { assessmentsInForce } from './assessments-in-force.js';
import type { StoredCapacityAssessment } from './capacity-assessment.js';
import {
  authorityKindLabels,
  authorityLimit,
  authorityLimitMessages,
  authorityScopeLabels,
  type LegalAuthorityBody,
} from './legal-authority.js';

/** The decision key an assessment of the person's capacity to agree their plan carries. */
export const planAgreementDecisionKey = 'plan_agreement';

/** The decision to agree the care and support plan, as an assessment of it is recorded. */
export const planAgreementDecisionRef = {
  decision: 'Agreeing my care and support plan',
  decisionKey: planAgreementDecisionKey,
} as const;

/** An assessment is about agreeing the plan by its key, or by words naming the care (and support) plan. */
function isAboutThePlan(assessment: Pick<StoredCapacityAssessment, 'decision' | 'decisionKey'>): boolean {
  return assessment.decisionKey === planAgreementDecisionKey || /\b(?:care|support)\b[\w\s-]*\bplan\b/i.test(assessment.decision);
}

/**
 * Whether the newest assessment in force about agreeing the plan found the person lacks capacity for it. Capacity is
 * decision-specific: a lack of capacity for another decision (money, say) does not let anyone agree the plan for them.
 */
export function lacksCapacityToAgreePlan(assessments: readonly StoredCapacityAssessment[]): boolean {
  return assessmentsInForce(assessments).find(isAboutThePlan)?.outcome === 'lacks_capacity';
}

/** An authority on the person's record that has not been replaced. */
export interface CurrentAuthority {
  id: string;
  body: LegalAuthorityBody;
}

/** What the agreement says about who agreed: only an attorney's or deputy's agreement is checked here. */
export interface AgreementByWhom {
  method: string;
  authorityId?: string | null;
}

/**
 * Why the plan cannot be agreed by this attorney or deputy, as field errors on the agreement; none for an agreement
 * by anyone else, or one the authority covers. `today` is the London day.
 */
export function planAgreementAuthorityErrors(
  agreement: AgreementByWhom,
  authorities: readonly CurrentAuthority[],
  assessments: readonly StoredCapacityAssessment[],
  today: string,
): FieldError[] {
  if (agreement.method !== 'attorney_or_deputy') return [];
  const field = 'agreement.authorityId';
  if (agreement.authorityId == null)
    return [{ field, message: 'Choose the lasting power of attorney or deputyship the attorney or deputy holds' }];
  const authority = authorities.find((a) => a.id === agreement.authorityId);
  if (!authority)
    return [{ field, message: 'Choose a lasting power of attorney or deputyship recorded for this person, and not replaced' }];
  const limit = authorityLimit(authority.body, 'plan_agreement', {
    lacksCapacityForDecision: lacksCapacityToAgreePlan(assessments),
    today,
  });
  if (limit === null) return [];
  const message =
    limit === 'person_can_decide'
      ? `${authorityLimitMessages[limit]}. Assess their capacity to agree their care and support plan first`
      : limit === 'outside_scope'
        ? `${authorityLimitMessages[limit]}: a ${authorityScopeLabels[authority.body.scope].toLowerCase()} authority does not cover agreeing a care and support plan`
        : authorityLimitMessages[limit];
  return [{ field, message }];
}

/** The authority in words, as the agreement keeps it beside the record's id. */
export function authorityInWords(body: LegalAuthorityBody): string {
  const reference = body.reference ? `, reference ${body.reference}` : '';
  return `${authorityKindLabels[body.kind]} (${authorityScopeLabels[body.scope].toLowerCase()}) held by ${body.holderName}${reference}`.slice(
    0,
    300,
  );
}
