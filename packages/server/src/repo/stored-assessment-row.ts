// A capacity assessment row as the lists across many people read it (the dashboard, the plan audit), and the stored
// assessment the core rules take, so each reader maps it the same way.
import type { StoredCapacityAssessment } from '@hearth/core';

/** The columns to select, from `capacity_assessments` aliased as `alias`. */
export const storedAssessmentColumns = (alias: string) =>
  `${alias}.person_id, ${alias}.id, ${alias}.decision, ${alias}.decision_key, ${alias}.outcome,
   to_char(${alias}.assessed_on, 'YYYY-MM-DD') AS assessed_on, ${alias}.signed_at, ${alias}.supersedes,
   ${alias}.fluctuating, to_char(${alias}.reassess_on, 'YYYY-MM-DD') AS reassess_on`;

export interface StoredAssessmentRow {
  person_id: string;
  id: string;
  decision: string;
  decision_key: string | null;
  outcome: StoredCapacityAssessment['outcome'];
  assessed_on: string;
  signed_at: Date;
  supersedes: string | null;
  fluctuating: boolean;
  reassess_on: string | null;
}

export function storedAssessmentFrom(r: StoredAssessmentRow): StoredCapacityAssessment {
  return {
    id: r.id,
    decision: r.decision,
    decisionKey: r.decision_key,
    outcome: r.outcome,
    assessedOn: r.assessed_on,
    signedAt: r.signed_at.toISOString(),
    supersedes: r.supersedes,
    fluctuates: r.fluctuating,
    reassessOn: r.reassess_on,
  };
}
