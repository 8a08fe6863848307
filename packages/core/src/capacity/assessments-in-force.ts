// Which assessments count: per decision, the newest signed one that no signed assessment has superseded. Drafts and
// superseded assessments are kept (nothing is lost) but never decide anything.
import type { FieldError } from '../errors.js';
import { isSignedAssessment, type SignedCapacityAssessment, type StoredCapacityAssessment } from './capacity-assessment.js';

/** A decision as rules see it: its words, and its stable key when it has one. */
export interface DecisionRef {
  decision: string;
  decisionKey?: string | null;
}

/**
 * The key two records share when they are about the same decision: the stable key when given, otherwise the words,
 * ignoring case, spacing and a closing full stop (so "Moving home." and "moving  home" match).
 */
export function decisionMatchKey(ref: DecisionRef): string {
  if (ref.decisionKey) return `key:${ref.decisionKey}`;
  return `text:${ref.decision
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!?]+$/, '')}`;
}

export function isSameDecision(a: DecisionRef, b: DecisionRef): boolean {
  return decisionMatchKey(a) === decisionMatchKey(b);
}

/** Newest first: the later assessment date, then the later signature. */
function newerFirst(a: SignedCapacityAssessment, b: SignedCapacityAssessment): number {
  if (a.assessedOn !== b.assessedOn) return a.assessedOn < b.assessedOn ? 1 : -1;
  return a.signedAt < b.signedAt ? 1 : a.signedAt > b.signedAt ? -1 : 0;
}

/** The assessment in force for each decision, newest first; drafts and superseded assessments left out. */
export function assessmentsInForce(assessments: readonly StoredCapacityAssessment[]): SignedCapacityAssessment[] {
  const signed = assessments.filter(isSignedAssessment);
  const superseded = new Set(signed.map((a) => a.supersedes).filter((id): id is string => typeof id === 'string'));
  const byDecision = new Map<string, SignedCapacityAssessment>();
  for (const assessment of signed.filter((a) => !superseded.has(a.id)).sort(newerFirst)) {
    const key = decisionMatchKey(assessment);
    if (!byDecision.has(key)) byDecision.set(key, assessment);
  }
  return [...byDecision.values()];
}

/** The assessment that counts for one decision, or null when none is signed. */
export function assessmentInForceFor(
  decision: DecisionRef,
  assessments: readonly StoredCapacityAssessment[],
): SignedCapacityAssessment | null {
  return assessmentsInForce(assessments).find((a) => isSameDecision(a, decision)) ?? null;
}

/**
 * A new assessment may replace only a signed assessment of the same person that is not already replaced, and only
 * for the same decision (a different decision is a new assessment, not a replacement).
 */
export function supersedeErrors(
  body: DecisionRef & { supersedes: string | null },
  existing: readonly StoredCapacityAssessment[],
): FieldError[] {
  if (body.supersedes === null) return [];
  const replaced = existing.find((a) => a.id === body.supersedes);
  if (!replaced) return [{ field: 'supersedes', message: 'Choose an assessment of this person to replace' }];
  if (!isSignedAssessment(replaced))
    return [{ field: 'supersedes', message: 'A draft is changed, not replaced: edit the draft instead' }];
  if (existing.some((a) => isSignedAssessment(a) && a.supersedes === replaced.id))
    return [{ field: 'supersedes', message: 'That assessment has already been replaced: replace the newer one' }];
  if (!isSameDecision(replaced, body))
    return [
      {
        field: 'decision',
        message: `The assessment replaced was about \u201c${replaced.decision}\u201d: keep the same decision`,
      },
    ];
  return [];
}
