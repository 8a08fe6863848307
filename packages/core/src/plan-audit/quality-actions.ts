// Quality actions: what someone will do about an audit finding (or any quality concern), by when, and what was done.
// An action's state is its newest update; done and cancelled are final, so closing one is the last word on it.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { staffRoles } from '../roles.js';
import { rolePermissions } from '../access/policy.js';
import { optionalText, requiredText } from '../schemas/common.js';

/** Who may own an action: staff whose role may progress and close it (a care worker could not even see it). */
export const actionOwnerRoles = staffRoles.filter((r) => rolePermissions[r].quality_action?.update !== undefined);

export const qualityActionStatuses = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type QualityActionStatus = (typeof qualityActionStatuses)[number];

/** Statuses after which nothing more may be recorded: raise a new action instead. */
export const finalStatuses: readonly QualityActionStatus[] = ['done', 'cancelled'];
export const isClosed = (status: QualityActionStatus): boolean => finalStatuses.includes(status);

/** The filters of the actions list: open (open or in progress), overdue (open and past due), done (done or cancelled). */
export const qualityActionFilters = ['open', 'overdue', 'done'] as const;
export type QualityActionFilter = (typeof qualityActionFilters)[number];

const optionalRef = z.string().trim().min(1).max(200).nullish().transform((v) => v ?? null);

/** The pairs that name where an action came from: an audit finding, a manual audit answer, or a personalisation area. */
const sourcePairs = [
  { id: 'planAuditRunId', ref: 'ruleId', idMissing: 'Choose the audit the finding is from', refMissing: 'Choose the finding this action is about' },
  { id: 'manualAuditId', ref: 'questionId', idMissing: 'Choose the manual audit the answer is from', refMissing: 'Choose the question this action is about' },
  { id: 'personalisationAssessmentId', ref: 'areaId', idMissing: 'Choose the self-assessment this action belongs to', refMissing: 'Choose the area this action is about' },
] as const;

/**
 * What raising an action takes. `serviceId` is needed only when the action concerns no person (the person's
 * service is used otherwise). An action raised from an audit finding names the run, the rule and the field; one
 * raised from a manual audit names the audit and the question; one in a care home's personalisation action plan
 * names the self-assessment and the area. An action has at most one source.
 */
export const createQualityActionBodySchema = z
  .object({
    serviceId: z.uuid({ error: 'Choose a service' }).nullish().transform((v) => v ?? null),
    personId: z.uuid({ error: 'Choose a person' }).nullish().transform((v) => v ?? null),
    planAuditRunId: z.uuid({ error: 'Choose an audit finding' }).nullish().transform((v) => v ?? null),
    ruleId: optionalRef,
    field: optionalRef,
    manualAuditId: z.uuid({ error: 'Choose a manual audit' }).nullish().transform((v) => v ?? null),
    questionId: optionalRef,
    personalisationAssessmentId: z.uuid({ error: 'Choose a self-assessment' }).nullish().transform((v) => v ?? null),
    areaId: optionalRef,
    title: requiredText(200, 'a title'),
    detail: optionalText(4000, 'detail'),
    ownerId: z.uuid({ error: 'Choose who owns this action' }),
    dueDate: z.iso.date({ error: 'Enter a real due date' }),
  })
  .superRefine((body, ctx) => {
    let sources = 0;
    for (const pair of sourcePairs) {
      const hasId = body[pair.id] !== null;
      const hasRef = body[pair.ref] !== null;
      if (hasId && !hasRef) ctx.addIssue({ code: 'custom', path: [pair.ref], message: pair.refMissing });
      if (!hasId && hasRef) ctx.addIssue({ code: 'custom', path: [pair.id], message: pair.idMissing });
      if (hasId) sources += 1;
    }
    if (sources > 1) ctx.addIssue({ code: 'custom', path: ['title'], message: 'An action comes from one finding, answer or area, not several' });
    if (body.personalisationAssessmentId !== null && body.personId !== null) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'An action in a personalisation action plan is about the home, not one person' });
    }
  });
export type CreateQualityActionBody = z.infer<typeof createQualityActionBodySchema>;

/**
 * The due date may be today but not before it. Kept out of the schema because "today" is the caller's to give
 * (the server's London day; the browser's for a form check before sending).
 */
export function dueDateErrors(dueDate: string, today: string): FieldError[] {
  return dueDate < today ? [{ field: 'dueDate', message: 'The due date must be today or in the future' }] : [];
}

/** An update to an action: its new status and a note. `latestUpdateId` is the newest update the author saw. */
export const updateQualityActionBodySchema = z
  .object({
    status: z.enum(qualityActionStatuses, { error: 'Choose a status' }),
    note: optionalText(4000, 'the note'),
    latestUpdateId: z.uuid({ error: 'Reload the action and try again' }),
  })
  .superRefine((body, ctx) => {
    if (body.note !== null) return;
    if (body.status === 'done') ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say what was done' });
    if (body.status === 'cancelled') ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say why it was cancelled' });
  });
export type UpdateQualityActionBody = z.infer<typeof updateQualityActionBodySchema>;

/**
 * Why an update may not be made, or null when it may. Done and cancelled are final: reopening is refused rather
 * than allowed, so "closed" on the dashboard always means someone said what was done; if the problem comes back,
 * a new action is raised (and the closed one stays in the history). Keeping the same status is a progress note,
 * so it needs the note.
 */
export function updateRefusal(from: QualityActionStatus, update: Pick<UpdateQualityActionBody, 'status' | 'note'>): FieldError | null {
  if (isClosed(from)) {
    return { field: 'status', message: `This action is ${from === 'done' ? 'done' : 'cancelled'} and cannot be changed; raise a new action if more is needed` };
  }
  if (update.status === from && update.note === null) return { field: 'note', message: 'Add a note to record progress' };
  return null;
}

/** Past its due date and not yet done or cancelled. `today` is a YYYY-MM-DD day in England. */
export function isOverdue(action: { status: QualityActionStatus; dueDate: string }, today: string): boolean {
  return !isClosed(action.status) && action.dueDate < today;
}

export const qualityActionListQuerySchema = z.object({
  status: z.enum(qualityActionFilters, { error: 'Choose open, overdue or done' }).optional(),
  serviceId: z.uuid({ error: 'Choose a service from the list' }).optional(),
  personId: z.uuid({ error: 'Choose a person' }).optional(),
  manualAuditId: z.uuid({ error: 'Choose a manual audit' }).optional(),
  personalisationAssessmentId: z.uuid({ error: 'Choose a self-assessment' }).optional(),
});
export type QualityActionListQuery = z.infer<typeof qualityActionListQuerySchema>;

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** Where an action came from: an automatic audit finding, a manual audit answer, or a personalisation area. */
export const qualityActionSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('audit_finding'), planAuditRunId: z.uuid(), ruleId: z.string(), field: z.string().nullable() }),
  z.object({ kind: z.literal('manual_audit_answer'), manualAuditId: z.uuid(), questionId: z.string() }),
  z.object({ kind: z.literal('personalisation_area'), personalisationAssessmentId: z.uuid(), areaId: z.string() }),
]);
export type QualityActionSource = z.infer<typeof qualityActionSourceSchema>;

export const qualityActionSummarySchema = z.object({
  id: z.uuid(),
  serviceId: z.uuid(),
  serviceName: z.string(),
  person: z.object({ id: z.uuid(), legalName: z.string(), preferredName: z.string().nullable() }).nullable(),
  source: qualityActionSourceSchema.nullable(),
  title: z.string(),
  owner: staffRefSchema,
  dueDate: z.string(),
  status: z.enum(qualityActionStatuses),
  overdue: z.boolean(),
  latestNote: z.string().nullable(),
  latestUpdateId: z.uuid(),
  updatedAt: z.string(),
  createdAt: z.string(),
});
export type QualityActionSummary = z.infer<typeof qualityActionSummarySchema>;

export const qualityActionListSchema = z.object({
  /** The day "overdue" was judged on, in England. */
  today: z.string(),
  /** Overdue actions the reader may see, whatever the filter. */
  overdueCount: z.number().int(),
  actions: z.array(qualityActionSummarySchema),
});
export type QualityActionList = z.infer<typeof qualityActionListSchema>;

export const qualityActionUpdateSchema = z.object({
  id: z.uuid(),
  status: z.enum(qualityActionStatuses),
  note: z.string().nullable(),
  updatedBy: staffRefSchema,
  updatedAt: z.string(),
});
export type QualityActionUpdate = z.infer<typeof qualityActionUpdateSchema>;

export const qualityActionSchema = qualityActionSummarySchema.extend({
  detail: z.string().nullable(),
  createdBy: staffRefSchema,
  /** The finding it was raised from, as the audit run recorded it. */
  finding: z.object({ explanation: z.string(), howToFix: z.string() }).nullable(),
  /** The manual audit answer it was raised from, as the audit recorded it. */
  answer: z.object({ question: z.string(), answer: z.string(), evidence: z.string().nullable() }).nullable(),
  /** The area of personalised care it belongs to, as the self-assessment named it. */
  area: z.object({ title: z.string() }).nullable(),
  /** Newest first; the first is the action's state. */
  history: z.array(qualityActionUpdateSchema),
});
export type QualityAction = z.infer<typeof qualityActionSchema>;

export const qualityActionOwnersQuerySchema = z.object({
  serviceId: z.uuid({ error: 'Choose a service from the list' }).optional(),
  personId: z.uuid({ error: 'Choose a person' }).optional(),
});
export const qualityActionOwnersSchema = z.object({ owners: z.array(staffRefSchema.extend({ role: z.enum(staffRoles) })) });
export type QualityActionOwners = z.infer<typeof qualityActionOwnersSchema>;
