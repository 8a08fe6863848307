// What the person's capacity records show, for the rules that judge the records as well as the plan's words; and
// each record named in words and by a field path, so a finding says which record it rests on.
import { assessmentsInForce, isSameDecision } from '../capacity/assessments-in-force.js';
import type { SignedCapacityAssessment } from '../capacity/capacity-assessment.js';
import { capacityStatus, type PersonCapacityStatus } from '../capacity/capacity-status.js';
import { libertySchemeLabels, type LibertyBody } from '../capacity/deprivation-of-liberty.js';
import { authorityKindLabels, authorityScopeLabels, type LegalAuthorityBody } from '../capacity/legal-authority.js';
import type { AuditCapacityRecord, AuditInput } from './audit-input.js';
import { memoByObject } from './audit-scope.js';
import { statedImpairmentOf } from './capacity.js';

/** The status the records show (the assessments in force, with the impairment the plan states), or null without them. */
export function recordedStatus(input: AuditInput): PersonCapacityStatus | null {
  const capacity = input.capacity;
  if (!capacity) return null;
  return memoByObject(capacity, 'recordedStatus', () => capacityStatus(capacity.assessments, statedImpairmentOf(input.content)));
}

export function assessmentsInForceOf(input: AuditInput): SignedCapacityAssessment[] {
  const capacity = input.capacity;
  return capacity ? memoByObject(capacity, 'assessmentsInForce', () => assessmentsInForce(capacity.assessments)) : [];
}

/** The assessments in force that found the person lacks capacity for their decision. */
export function lackingAssessments(input: AuditInput): SignedCapacityAssessment[] {
  return assessmentsInForceOf(input).filter((a) => a.outcome === 'lacks_capacity');
}

/** Whether a best-interests decision rests on the assessment, or on an earlier one about the same decision. */
export function hasBestInterestsDecision(input: AuditInput, assessment: SignedCapacityAssessment): boolean {
  return (input.capacity?.bestInterestsDecisions ?? []).some(
    (d) => d.assessmentId === assessment.id || isSameDecision(d, assessment),
  );
}

/** The newest record in force of a kind (by the day it was recorded), or null. */
export function newestRecord<Body>(records: readonly AuditCapacityRecord<Body>[] | undefined): AuditCapacityRecord<Body> | null {
  return (records ?? []).reduce<AuditCapacityRecord<Body> | null>(
    (best, r) => (best === null || r.recordedOn > best.recordedOn ? r : best),
    null,
  );
}

/** The kinds of record a finding can point at, as the capacity API names its lists. */
export type CapacityEvidenceKind =
  | 'assessments'
  | 'bestInterestsDecisions'
  | 'legalAuthorities'
  | 'libertySafeguards'
  | 'consents'
  | 'advanceCarePlans'
  | 'resuscitationRecords';

/** A finding's field for a record (`capacity.assessments.<id>`), or for a kind of record the person has none of. */
export function evidenceField(kind: CapacityEvidenceKind, id?: string): string {
  return id === undefined ? `capacity.${kind}` : `capacity.${kind}.${id}`;
}

export function describeAssessment(a: Pick<SignedCapacityAssessment, 'assessedOn' | 'decision'>): string {
  return `the capacity assessment of ${a.assessedOn} about \u201c${a.decision}\u201d`;
}

export function describeAssessments(list: readonly Pick<SignedCapacityAssessment, 'assessedOn' | 'decision'>[]): string {
  return list.map(describeAssessment).join('; ');
}

export function describeAuthority(body: LegalAuthorityBody): string {
  return `the ${authorityKindLabels[body.kind].toLowerCase()} (${authorityScopeLabels[body.scope].toLowerCase()}) held by ${body.holderName}`;
}

export function describeLiberty(record: AuditCapacityRecord<LibertyBody>): string {
  return `the ${libertySchemeLabels[record.body.scheme]} record of ${record.recordedOn}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
