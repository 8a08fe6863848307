// Whether a member of staff holds restrictive-practice training certified against the Restraint Reduction Network
// (RRN) standards, as CQC expects of anyone who may use a restrictive intervention.
import { z } from 'zod';
import type { StaffTrainingTopic } from './training-record.js';
import { staffTrainingStatus } from './training-status.js';

export const rrnStandings = ['current', 'expires_soon', 'expired', 'missing'] as const;
export type RrnStanding = (typeof rrnStandings)[number];

export const rrnStandingLabels: Record<RrnStanding, string> = {
  current: 'Certified training current',
  expires_soon: 'Certified training expires soon',
  expired: 'Certified training expired',
  missing: 'No certified training',
};

/** The fields of a training record the standing rests on. */
export interface RrnStandingRecord {
  id: string;
  topic: StaffTrainingTopic;
  course: string;
  completedOn: string;
  expiresOn: string | null;
  rrnCertified: boolean;
  /** Not replaced by a later record: a replaced record no longer counts. */
  current: boolean;
}

export const rrnTrainingStandingSchema = z.object({
  standing: z.enum(rrnStandings),
  /** The certified record that counts: the one valid longest, or else the one that expired last; null when none. */
  record: z.object({ id: z.uuid(), course: z.string(), completedOn: z.string(), expiresOn: z.string().nullable() }).nullable(),
  /**
   * An unexpired restrictive-practice course that is not RRN certified. It does not count: CQC expects the training
   * to be certified, so it is shown only to explain why someone with training is still flagged.
   */
  hasUncertifiedCourse: z.boolean(),
});
export type RrnTrainingStanding = z.infer<typeof rrnTrainingStandingSchema>;

/**
 * The member of staff's standing on `today`, from their training records (any topic; only current
 * restrictive-practice records certified against the RRN standards count). With several certified records the one
 * valid longest counts (no expiry date outlasts any date).
 */
export function rrnTrainingStanding(records: readonly RrnStandingRecord[], today: string): RrnTrainingStanding {
  const restrictive = records.filter((r) => r.current && r.topic === 'restrictive_practice');
  const certified = restrictive.filter((r) => r.rrnCertified);
  const valid = certified.filter((r) => staffTrainingStatus(r.expiresOn, today) !== 'expired');
  const hasUncertifiedCourse = restrictive.some((r) => !r.rrnCertified && staffTrainingStatus(r.expiresOn, today) !== 'expired');
  const best = trainingRecordValidLongest(valid) ?? trainingRecordValidLongest(certified);
  const record = best ? { id: best.id, course: best.course, completedOn: best.completedOn, expiresOn: best.expiresOn } : null;
  if (!best) return { standing: 'missing', record, hasUncertifiedCourse };
  const status = staffTrainingStatus(best.expiresOn, today);
  const standing: RrnStanding = status === 'expired' ? 'expired' : status === 'expires_soon' ? 'expires_soon' : 'current';
  return { standing, record, hasUncertifiedCourse };
}

/** The record valid longest (no expiry outlasts any date); null when there are none. */
export function trainingRecordValidLongest<R extends Pick<RrnStandingRecord, 'id' | 'completedOn' | 'expiresOn'>>(
  records: readonly R[],
): R | null {
  let best: R | null = null;
  for (const r of records) {
    if (best === null || outlasts(r, best)) best = r;
  }
  return best;
}

/** No expiry outlasts any date; between equal expiries the later course counts, then the id, so the answer is stable. */
function outlasts(
  a: Pick<RrnStandingRecord, 'id' | 'completedOn' | 'expiresOn'>,
  b: Pick<RrnStandingRecord, 'id' | 'completedOn' | 'expiresOn'>,
): boolean {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return true;
    if (b.expiresOn === null) return false;
    return a.expiresOn > b.expiresOn;
  }
  if (a.completedOn !== b.completedOn) return a.completedOn > b.completedOn;
  return a.id > b.id;
}
