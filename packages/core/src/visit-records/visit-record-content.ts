// What a care worker records at a visit or shift, and the body that creates a record. Records are never changed:
// a correction is an addendum, so these shapes describe a record exactly as it was first written.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { sectionKeySchema } from '../care-plan/section-definition.js';
import { optionalText, requiredText } from '../schemas/common.js';

export const taskNotDoneReasons = ['declined', 'not_needed', 'unable'] as const;
export type TaskNotDoneReason = (typeof taskNotDoneReasons)[number];
export const taskNotDoneReasonLabels: Record<TaskNotDoneReason, string> = {
  declined: 'The person declined',
  not_needed: 'Not needed today',
  unable: 'Unable to do it',
};

export const ateChoices = ['all', 'most', 'some', 'none', 'not_offered'] as const;
export type AteChoice = (typeof ateChoices)[number];
export const ateChoiceLabels: Record<AteChoice, string> = {
  all: 'All of it',
  most: 'Most of it',
  some: 'Some of it',
  none: 'None of it',
  not_offered: 'Not offered at this visit',
};

export const visitRecordKinds = ['visit', 'shift'] as const;
export type VisitRecordKind = (typeof visitRecordKinds)[number];

/** A task as an error message names it: its words, cut short at a word when long. */
function taskName(what: string): string {
  const words = what.trim().replace(/\s+/g, ' ');
  if (words.length <= 60) return words;
  const cut = words.slice(0, 60);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 60)}…`;
}

export const taskRecordSchema = z
  .object({
    /** The plan step the task came from. */
    stepId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'Choose a task from the plan' }),
    sectionKey: sectionKeySchema,
    /** Copied from the plan, so the record reads on its own after the plan changes. */
    what: requiredText(2000, 'what the task was'),
    /** Missing is refused below, naming the task, so a list of errors says which task each is about. */
    done: z.boolean({ error: 'Say whether this task was done' }).nullish(),
    reason: z.enum(taskNotDoneReasons, { error: 'Choose why it was not done' }).nullish().transform((v) => v ?? null),
    note: optionalText(1000, 'the note'),
  })
  .superRefine((task, ctx) => {
    if (task.done === null || task.done === undefined) {
      ctx.addIssue({ code: 'custom', path: ['done'], message: `Say whether this task was done: ${taskName(task.what)}` });
    } else if (!task.done && task.reason === null) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `Choose why this task was not done: ${taskName(task.what)}` });
    }
  })
  // A reason belongs only to a task that was not done: one left over from changing the answer is dropped.
  .transform((task) => ({ ...task, done: task.done === true, reason: task.done === true ? null : task.reason }));
export type TaskRecord = z.infer<typeof taskRecordSchema>;

export const concernSchema = z.object({
  text: requiredText(2000, 'the concern'),
  /** Sent to the senior on duty in the person's service. */
  escalate: z.boolean().default(false),
});
export type Concern = z.infer<typeof concernSchema>;

export const foodAndFluidSchema = z.object({
  ate: z.enum(ateChoices, { error: 'Choose how much was eaten' }).nullish().transform((v) => v ?? null),
  drankMl: z
    .number({ error: 'Enter how much was drunk in millilitres, as a number' })
    .int({ error: 'Enter how much was drunk in whole millilitres' })
    .min(0, { error: 'The amount drunk cannot be less than 0 ml' })
    .max(5000, { error: 'The amount drunk must be 5000 ml or less' })
    .nullish()
    .transform((v) => v ?? null),
  notes: optionalText(2000, 'notes about food and drink'),
});

export const visitRecordContentSchema = z
  .object({
    tasks: z.array(taskRecordSchema).max(100, { error: 'Record 100 tasks or fewer' }).default([]),
    foodAndFluid: foodAndFluidSchema.default({ ate: null, drankMl: null, notes: null }),
    personalCare: optionalText(4000, 'personal care'),
    /** In the person's own words. */
    mood: optionalText(2000, 'mood, in the person\u2019s words'),
    wellbeing: optionalText(4000, 'wellbeing'),
    concerns: z.array(concernSchema).max(20, { error: 'Record 20 concerns or fewer' }).default([]),
  })
  .superRefine((content, ctx) => {
    const seen = new Set<string>();
    content.tasks.forEach((task, i) => {
      if (seen.has(task.stepId)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'stepId'], message: 'This task is recorded twice' });
      seen.add(task.stepId);
    });
  });
export type VisitRecordContent = z.infer<typeof visitRecordContentSchema>;

const instant = (what: string) => z.iso.datetime({ offset: true, error: `Enter a real date and time ${what}` });

export const createVisitRecordBodySchema = z
  .object({
    /** Made once on the phone for this record, so sending it again (a retry) stores it once. */
    clientId: z.uuid({ error: 'Reload the form and try again' }),
    kind: z.enum(visitRecordKinds, { error: 'Choose a visit or a shift' }),
    visitLabel: optionalText(120, 'the visit'),
    plannedFor: instant('the visit was planned for').nullish().transform((v) => v ?? null),
    arrivedAt: instant('of arrival'),
    leftAt: instant('of leaving').nullish().transform((v) => v ?? null),
    content: visitRecordContentSchema,
  })
  .superRefine((body, ctx) => {
    if (body.leftAt !== null && Date.parse(body.leftAt) < Date.parse(body.arrivedAt)) {
      ctx.addIssue({ code: 'custom', path: ['leftAt'], message: 'The time of leaving must be after the time of arrival' });
    }
  });
export type CreateVisitRecordBody = z.infer<typeof createVisitRecordBodySchema>;

/** How far ahead of the server's clock a phone's clock may run before its times read as "in the future". */
export const clockSkewAllowanceMinutes = 5;

/**
 * Arrival and leaving cannot be in the future, beyond a small allowance for a phone's clock. Kept out of the schema
 * because "now" is the caller's to give (the server's clock; the browser's for a check before sending).
 */
export function recordTimeErrors(body: Pick<CreateVisitRecordBody, 'arrivedAt' | 'leftAt'>, now: Date, allowanceMinutes = clockSkewAllowanceMinutes): FieldError[] {
  const latest = now.getTime() + allowanceMinutes * 60_000;
  const errors: FieldError[] = [];
  if (Date.parse(body.arrivedAt) > latest) errors.push({ field: 'arrivedAt', message: 'The time of arrival cannot be in the future' });
  if (body.leftAt !== null && Date.parse(body.leftAt) > latest) errors.push({ field: 'leftAt', message: 'The time of leaving cannot be in the future' });
  return errors;
}

/** A correction or addition to a record; the original stays as written. */
export const createVisitAddendumBodySchema = z.object({ body: requiredText(4000, 'the correction') });
export type CreateVisitAddendumBody = z.infer<typeof createVisitAddendumBodySchema>;
