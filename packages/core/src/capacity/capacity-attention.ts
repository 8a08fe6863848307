// The managers' list of capacity work that is due: assessments whose date to assess again has come, and liberty
// safeguards that have expired, need renewing or are due a review, for the people the actor may see.
import { z } from 'zod';
import { reassessmentDueViewSchema } from './capacity-api.js';
import { libertyAttentionLabels, libertyAttentionViewSchema, type LibertyAttentionView } from './capacity-records-api.js';
import type { StoredCapacityAssessment } from './capacity-assessment.js';
import { reassessmentsDue } from './capacity-status.js';
import { libertyAttention, type LibertyBody } from './deprivation-of-liberty.js';

export const capacityAttentionRowSchema = z.object({
  personId: z.uuid(),
  legalName: z.string(),
  preferredName: z.string().nullable(),
  serviceId: z.uuid(),
  /** Soonest first; `overdue` once the date has passed. */
  reassessmentsDue: z.array(reassessmentDueViewSchema),
  libertyAttention: z.array(libertyAttentionViewSchema),
});
export type CapacityAttentionRow = z.infer<typeof capacityAttentionRowSchema>;

export const capacityAttentionResponseSchema = z.array(capacityAttentionRowSchema);

export type CapacityAttention = Pick<CapacityAttentionRow, 'reassessmentsDue' | 'libertyAttention'>;

/**
 * What is due for one person today (the London day): the assessments in force to be done again (drafts and replaced
 * assessments never count), and each liberty safeguards record in force needing action. `liberty` holds only the
 * records in force: a replaced authorisation is history, not work.
 */
export function capacityAttention(
  assessments: readonly StoredCapacityAssessment[],
  liberty: readonly { id: string; body: LibertyBody }[],
  today: string,
): CapacityAttention {
  return {
    reassessmentsDue: reassessmentsDue(assessments, today).map((d) => ({
      assessmentId: d.assessment.id,
      decision: d.assessment.decision,
      reassessOn: d.reassessOn,
      overdue: d.overdue,
    })),
    libertyAttention: liberty.flatMap((r): LibertyAttentionView[] => {
      const attention = libertyAttention(r.body, today);
      return attention === null
        ? []
        : [
            {
              recordId: r.id,
              attention,
              label: libertyAttentionLabels[attention],
              status: r.body.status,
              expiresOn: r.body.expiresOn,
              reviewOn: r.body.reviewOn,
            },
          ];
    }),
  };
}

/** Whether anything is due for the person. */
export function needsCapacityAttention(attention: CapacityAttention): boolean {
  return attention.reassessmentsDue.length > 0 || attention.libertyAttention.length > 0;
}
