// What a care worker's phone tells Hearth about the visit records it holds unsent (ids, who for, since when, and
// whether Hearth refused one: never the record itself), and which of them the senior on duty must see: those
// still unsent a day after they were saved.
import { z } from 'zod';

/** An entry unsent this long after it was saved on the phone is shown to the worker and the senior on duty. */
export const outboxUnsentAttentionMs = 24 * 3_600_000;

export const outboxReportEntryStates = ['waiting', 'refused'] as const;
export type OutboxReportEntryState = (typeof outboxReportEntryStates)[number];

/** The most entries one report carries: far more than a phone ever holds unsent, small enough to read at once. */
export const outboxReportMaxEntries = 500;

export const outboxReportEntrySchema = z.object({
  /** The record's client-made id, so an entry is known again report after report. */
  clientId: z.uuid({ error: 'Each entry needs its client id' }),
  personId: z.uuid({ error: 'Each entry needs the person it is about' }),
  savedAt: z.iso.datetime({ offset: true, error: 'Enter when the entry was saved on the phone' }),
  state: z.enum(outboxReportEntryStates, { error: 'An entry is waiting or refused' }),
  /** Hearth's error code when it refused the record (for example "validation"); null while it waits. */
  lastErrorCode: z
    .string()
    .regex(/^[a-z_]{1,60}$/, { error: 'An error code is lower-case letters and underscores' })
    .nullable(),
});
export type OutboxReportEntry = z.infer<typeof outboxReportEntrySchema>;

export const outboxReportBodySchema = z.object({
  /** A random id the phone keeps, so each phone's newest report stands for it. */
  deviceId: z.uuid({ error: 'The phone needs its id' }),
  entries: z
    .array(outboxReportEntrySchema)
    .max(outboxReportMaxEntries, { error: `A report holds ${outboxReportMaxEntries} entries at most` }),
});
export type OutboxReportBody = z.infer<typeof outboxReportBodySchema>;

export const outboxReportReceiptSchema = z.object({ id: z.uuid(), reportedAt: z.string(), entries: z.number().int() });
export type OutboxReportReceipt = z.infer<typeof outboxReportReceiptSchema>;

/** The entries of a report still unsent a day or more after they were saved, oldest first. */
export function outboxEntriesUnsentForADay<E extends Pick<OutboxReportEntry, 'savedAt' | 'clientId'>>(
  entries: readonly E[],
  now: Date,
): E[] {
  const cutoff = now.getTime() - outboxUnsentAttentionMs;
  return entries
    .filter((e) => Date.parse(e.savedAt) <= cutoff)
    .sort((a, b) => Date.parse(a.savedAt) - Date.parse(b.savedAt) || a.clientId.localeCompare(b.clientId));
}

const staffRef = z.object({ id: z.uuid(), name: z.string() });

/** One entry a senior must see: whose phone, who it is about, since when. Never what the record says. */
export const outboxAttentionEntrySchema = z.object({
  staff: staffRef,
  deviceId: z.uuid(),
  person: z.object({ id: z.uuid(), legalName: z.string(), preferredName: z.string().nullable() }),
  serviceId: z.uuid(),
  clientId: z.uuid(),
  savedAt: z.string(),
  state: z.enum(outboxReportEntryStates),
  lastErrorCode: z.string().nullable(),
  /** When the phone last reported: what it holds may have changed since, if it has had no signal. */
  reportedAt: z.string(),
});
export type OutboxAttentionEntry = z.infer<typeof outboxAttentionEntrySchema>;

export const outboxAttentionSchema = z.object({ entries: z.array(outboxAttentionEntrySchema) });
export type OutboxAttention = z.infer<typeof outboxAttentionSchema>;
