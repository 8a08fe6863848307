// What the planned-visit routes take and answer: planning a visit, cancelling one with a reason, a service's day of
// visits (the rounds), the signed-in worker's own visits, and the planners' view of who may be put on a round.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';

/** Longest a planned visit may last: a sleep-in or a day's live-in support, not more. */
export const plannedVisitMaxHours = 24;

const instant = (what: string) => z.iso.datetime({ offset: true, error: `Enter a real date and time ${what}` });

export const plannedVisitCreateBodySchema = z
  .object({
    personId: z.uuid({ error: 'Choose who is visited' }),
    staffId: z.uuid({ error: 'Choose the care worker' }),
    startsAt: instant('for the start of the visit'),
    endsAt: instant('for the end of the visit'),
    /** What the visit is called on the round, for example "Morning call"; optional. */
    label: optionalText(120, 'the name of the visit'),
  })
  .superRefine((body, ctx) => {
    const starts = Date.parse(body.startsAt);
    const ends = Date.parse(body.endsAt);
    if (ends <= starts) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The visit must end after it starts' });
    else if (ends - starts > plannedVisitMaxHours * 3_600_000) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `A visit can last ${plannedVisitMaxHours} hours at most` });
    }
  });
export type PlannedVisitCreateBody = z.infer<typeof plannedVisitCreateBodySchema>;

export const plannedVisitCancelBodySchema = z.object({ reason: requiredText(500, 'why the visit is cancelled') });
export type PlannedVisitCancelBody = z.infer<typeof plannedVisitCancelBodySchema>;

export const plannedVisitDayQuerySchema = z.object({ date: isoDateSchema.optional() });

const staffRef = z.object({ id: z.uuid(), name: z.string() });

export const plannedVisitViewSchema = z.object({
  id: z.uuid(),
  serviceId: z.uuid(),
  person: z.object({ id: z.uuid(), legalName: z.string(), preferredName: z.string().nullable() }),
  staff: staffRef,
  startsAt: z.string(),
  endsAt: z.string(),
  label: z.string().nullable(),
  createdBy: staffRef,
  createdAt: z.string(),
  /** Null while the visit stands; a cancelled visit is kept, with why and by whom. */
  cancellation: z.object({ reason: z.string(), cancelledBy: staffRef, cancelledAt: z.string() }).nullable(),
});
export type PlannedVisitView = z.infer<typeof plannedVisitViewSchema>;

/** A service's visits on one day in England, and the workers who may be put on its rounds. */
export const plannedVisitDaySchema = z.object({
  serviceId: z.uuid(),
  date: z.string(),
  visits: z.array(plannedVisitViewSchema),
  /** Active staff holding a role in the service, by name; only for those who may plan visits, else empty. */
  workers: z.array(staffRef),
});
export type PlannedVisitDay = z.infer<typeof plannedVisitDaySchema>;

/** The signed-in worker's visits from the start of today, through tomorrow and the next 36 hours. */
export const myPlannedVisitsSchema = z.object({
  from: z.string(),
  to: z.string(),
  visits: z.array(plannedVisitViewSchema),
});
export type MyPlannedVisits = z.infer<typeof myPlannedVisitsSchema>;
