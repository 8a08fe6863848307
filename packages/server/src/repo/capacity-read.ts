// Reads a person's signed capacity assessments and best-interests decisions as the API shows them. The caller has
// checked access and writes the audit entry.
import {
  assessmentsInForce,
  bestInterestsDecisionViewSchema,
  capacityAssessmentViewSchema,
  type BestInterestsDecisionView,
  type CapacityAssessmentView,
} from '@hearth/core';
import type { UnitOfWork } from './request-repository.js';

/** What `content` holds for an assessment: everything but the columns kept for searching and ordering. */
export const assessmentContentSchema = capacityAssessmentViewSchema.pick({
  sectionKeys: true,
  assessor: true,
  practicableSteps: true,
  stageOne: true,
  stageTwo: true,
  causalLink: true,
  personsWords: true,
});

/** What `content` holds for a best-interests decision. */
export const decisionContentSchema = bestInterestsDecisionViewSchema.omit({
  id: true,
  assessmentId: true,
  decision: true,
  decisionKey: true,
  decidedOn: true,
  recordedBy: true,
  recordedAt: true,
});

interface AssessmentRow {
  id: string;
  decision: string;
  decision_key: string | null;
  assessed_on: string;
  content: unknown;
  outcome: CapacityAssessmentView['outcome'];
  fluctuating: boolean;
  reassess_on: string | null;
  supersedes: string | null;
  supersede_reason: string | null;
  signed_by: string;
  signed_by_name: string;
  signed_at: Date;
}

/** Every signed assessment of the person, newest first (assessment date, then signature). */
export async function assessmentsOf(uow: Pick<UnitOfWork, 'tx'>, personId: string): Promise<CapacityAssessmentView[]> {
  const { rows } = await uow.tx.query<AssessmentRow>(
    `SELECT a.id, a.decision, a.decision_key, to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on, a.content, a.outcome,
            a.fluctuating, to_char(a.reassess_on, 'YYYY-MM-DD') AS reassess_on, a.supersedes, a.supersede_reason,
            a.signed_by, s.name AS signed_by_name, a.signed_at
     FROM capacity_assessments a JOIN staff s ON s.id = a.signed_by
     WHERE a.person_id = $1 ORDER BY a.assessed_on DESC, a.signed_at DESC, a.id DESC`,
    [personId],
  );
  const supersededBy = new Map(rows.flatMap((r) => (r.supersedes ? [[r.supersedes, r.id] as const] : [])));
  const views = rows.map((r): CapacityAssessmentView => ({
    id: r.id,
    decision: r.decision,
    decisionKey: r.decision_key,
    assessedOn: r.assessed_on,
    // Checked when signed; parsed again to give it its type and to fail loudly if it was ever altered.
    ...assessmentContentSchema.parse(r.content),
    outcome: r.outcome,
    fluctuates: r.fluctuating,
    reassessOn: r.reassess_on,
    supersedes: r.supersedes,
    supersedeReason: r.supersede_reason,
    supersededBy: supersededBy.get(r.id) ?? null,
    inForce: false,
    signedBy: { id: r.signed_by, name: r.signed_by_name },
    signedAt: r.signed_at.toISOString(),
  }));
  const inForce = new Set(assessmentsInForce(views).map((a) => a.id));
  return views.map((v) => ({ ...v, inForce: inForce.has(v.id) }));
}

interface DecisionRow {
  id: string;
  assessment_id: string;
  decision: string;
  decision_key: string | null;
  decided_on: string;
  content: unknown;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

/** Every best-interests decision about the person, newest first. */
export async function bestInterestsDecisionsOf(
  uow: Pick<UnitOfWork, 'tx'>,
  personId: string,
): Promise<BestInterestsDecisionView[]> {
  const { rows } = await uow.tx.query<DecisionRow>(
    `SELECT d.id, d.assessment_id, d.decision, d.decision_key, to_char(d.decided_on, 'YYYY-MM-DD') AS decided_on, d.content,
            d.recorded_by, s.name AS recorded_by_name, d.recorded_at
     FROM best_interests_decisions d JOIN staff s ON s.id = d.recorded_by
     WHERE d.person_id = $1 ORDER BY d.decided_on DESC, d.recorded_at DESC, d.id DESC`,
    [personId],
  );
  return rows.map((r) => ({
    id: r.id,
    assessmentId: r.assessment_id,
    decision: r.decision,
    decisionKey: r.decision_key,
    decidedOn: r.decided_on,
    ...decisionContentSchema.parse(r.content),
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    recordedAt: r.recorded_at.toISOString(),
  }));
}
