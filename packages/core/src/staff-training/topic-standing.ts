// How a member of staff stands on one training topic: the status of their current record valid longest, or none.
import { z } from 'zod';
import { trainingRecordValidLongest, type RrnStandingRecord } from './rrn-standing.js';
import type { StaffTrainingTopic } from './training-record.js';
import { staffTrainingStatus, staffTrainingStatuses } from './training-status.js';

export const trainingTopicStandingSchema = z.object({
  status: z.enum([...staffTrainingStatuses, 'none']),
  course: z.string().nullable(),
  expiresOn: z.string().nullable(),
});
export type TrainingTopicStanding = z.infer<typeof trainingTopicStandingSchema>;

/** Certification does not matter here: only restrictive-practice training is certified (see `rrnTrainingStanding`). */
export function trainingTopicStanding(
  records: readonly RrnStandingRecord[],
  topic: StaffTrainingTopic,
  today: string,
): TrainingTopicStanding {
  const best = trainingRecordValidLongest(records.filter((r) => r.current && r.topic === topic));
  if (!best) return { status: 'none', course: null, expiresOn: null };
  return { status: staffTrainingStatus(best.expiresOn, today), course: best.course, expiresOn: best.expiresOn };
}
