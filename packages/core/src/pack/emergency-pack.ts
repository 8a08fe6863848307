// The emergency pack: every current pack of a service, or of the people on one worker's round of visits, printed in
// one step as one PDF. The job's view is shared
// by the server, which reports progress, and the web app, which shows it; the wording of progress lives here so
// both say the same.
import { z } from 'zod';
import { isoDateSchema, uuidSchema } from '../schemas/common.js';

export const emergencyPackStatuses = ['running', 'done', 'failed'] as const;
export type EmergencyPackStatus = (typeof emergencyPackStatuses)[number];

/** Why someone in the service is not in the pack. */
export const emergencyPackSkipReasons = ['no_plan_in_use', 'support_ended'] as const;
export type EmergencyPackSkipReason = (typeof emergencyPackSkipReasons)[number];

export const emergencyPackSkipReasonLabels: Record<EmergencyPackSkipReason, string> = {
  no_plan_in_use: 'No care and support plan in use',
  support_ended: 'Their support with the service has ended',
};

/** What to print: the whole service (no body, or no round), or the people on one worker's round on a day in England. */
export const emergencyPackStartBodySchema = z
  .object({
    round: z
      .object({ staffId: uuidSchema.describe('The care worker whose round it is'), date: isoDateSchema.describe('The day of the round, in England') })
      .optional(),
  })
  .nullish();
export type EmergencyPackStartBody = z.infer<typeof emergencyPackStartBodySchema>;

/** The round a pack was printed for, named on its cover and its page. */
export const emergencyPackRoundSchema = z.object({ staffId: uuidSchema, staffName: z.string(), date: z.string() });
export type EmergencyPackRound = z.infer<typeof emergencyPackRoundSchema>;

export const emergencyPackJobSchema = z.object({
  id: uuidSchema,
  serviceId: uuidSchema,
  serviceName: z.string(),
  /** The round it holds the people of; null for a whole service's pack. */
  round: emergencyPackRoundSchema.nullable(),
  status: z.enum(emergencyPackStatuses),
  /** Packs prepared so far, and how many the PDF will hold. Counts only: the names are in the PDF. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** People in the service left out of the pack, so the manager can see to them. */
  skipped: z.array(z.object({ personId: uuidSchema, name: z.string(), reason: z.enum(emergencyPackSkipReasons) })),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Why the pack was not produced, in words for the manager; null unless it failed. */
  failure: z.string().nullable(),
});
export type EmergencyPackJob = z.infer<typeof emergencyPackJobSchema>;

export const emergencyPackJobParamsSchema = z.object({ jobId: uuidSchema });

/** "Prepared 3 of 6 packs", then what happens next, for the progress bar's words. */
export function emergencyPackProgressText(job: Pick<EmergencyPackJob, 'status' | 'done' | 'total'>): string {
  const packs = job.total === 1 ? 'pack' : 'packs';
  if (job.status === 'failed') return `The emergency pack was not produced (prepared ${job.done} of ${job.total} ${packs}).`;
  if (job.status === 'done') return `Prepared ${job.total} of ${job.total} ${packs}. The emergency pack is ready to download.`;
  if (job.done === job.total) return `Prepared ${job.done} of ${job.total} ${packs}. Putting them together in one PDF…`;
  return `Prepared ${job.done} of ${job.total} ${packs}`;
}
