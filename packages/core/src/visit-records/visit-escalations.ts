// Concerns a care worker escalated from a visit: the senior on duty acknowledges them and resolves them, saying
// what was done. Its state is its newest update; resolved is final.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { optionalText } from '../schemas/common.js';

export const escalationUpdateStatuses = ['acknowledged', 'resolved'] as const;
export type EscalationUpdateStatus = (typeof escalationUpdateStatuses)[number];
export const escalationStatuses = ['open', ...escalationUpdateStatuses] as const;
export type EscalationStatus = (typeof escalationStatuses)[number];

export const escalationStatusLabels: Record<EscalationStatus, string> = { open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved' };

/** An update to an escalation. `latestUpdateId` is the newest update the author saw, or null when there was none. */
export const updateEscalationBodySchema = z
  .object({
    status: z.enum(escalationUpdateStatuses, { error: 'Choose acknowledge or resolve' }),
    note: optionalText(4000, 'the note'),
    latestUpdateId: z.uuid({ error: 'Reload the concern and try again' }).nullable(),
  })
  .superRefine((body, ctx) => {
    if (body.status === 'resolved' && body.note === null) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say what was done to resolve the concern' });
  });
export type UpdateEscalationBody = z.infer<typeof updateEscalationBodySchema>;

/**
 * Why an update may not be made, or null when it may. A resolved concern takes nothing more (raise it again from a
 * visit if it comes back); acknowledging again is a progress note, so it needs the note.
 */
export function escalationUpdateRefusal(from: EscalationStatus, update: Pick<UpdateEscalationBody, 'status' | 'note'>): FieldError | null {
  if (from === 'resolved') return { field: 'status', message: 'This concern is resolved and cannot be changed' };
  if (from === 'acknowledged' && update.status === 'acknowledged' && update.note === null) {
    return { field: 'note', message: 'This concern is already acknowledged: add a note to record progress' };
  }
  return null;
}

export const escalationListFilters = ['open', 'all'] as const;
export const escalationListQuerySchema = z.object({
  status: z.enum(escalationListFilters, { error: 'Choose open or all' }).default('open'),
  serviceId: z.uuid({ error: 'Choose a service from the list' }).optional(),
});
export type EscalationListQuery = z.infer<typeof escalationListQuerySchema>;
