// A completed PAL checklist as it is recorded: one level ticked for each of the nine activities (with an optional
// note), the activity profile (life history, interests, likes and dislikes) and the individual action plan, with the
// date it was done and the date to reassess by.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { optionalText, requiredText } from '../schemas/common.js';
import { supersedeFieldsSchema } from '../capacity/capacity-records-api.js';
import { palActivities, palActivityNames, palLevels, type PalActivity } from './pal-structure.js';
import type { PalTicks } from './pal-score.js';

/**
 * A part left out of a body is read as an empty one (`prefault` parses the stand-in), so its errors name its own
 * fields: an activity left out is answered "choose one statement for …" against its radios.
 */
const leftOutIsEmpty = {} as never;

const entrySchemaFor = (activity: PalActivity) =>
  z
    .object({
      level: z.enum(palLevels, { error: `Choose one statement for ${palActivityNames[activity].toLowerCase()}` }),
      note: optionalText(1000, `the note about ${palActivityNames[activity].toLowerCase()}`),
    })
    .prefault(leftOutIsEmpty);
type EntrySchema = ReturnType<typeof entrySchemaFor>;

export const palChecklistSchema = z
  .object(Object.fromEntries(palActivities.map((a) => [a, entrySchemaFor(a)])) as Record<PalActivity, EntrySchema>)
  .prefault(leftOutIsEmpty);
export type PalChecklist = z.output<typeof palChecklistSchema>;

/** The person's activity profile: who they are, what they have done and enjoy. Each part may be left blank. */
export const palProfileSchema = z
  .object({
    lifeHistory: optionalText(4000, 'the life history'),
    interests: optionalText(4000, 'the interests'),
    likes: optionalText(4000, 'the likes'),
    dislikes: optionalText(4000, 'the dislikes'),
  })
  .prefault(leftOutIsEmpty);

/** The individual action plan that follows from the level. */
export const palActionPlanSchema = z
  .object({
    goals: requiredText(4000, 'the goals'),
    activities: requiredText(4000, 'the activities to offer'),
    howToSupport: requiredText(4000, 'how to support them at this level'),
    who: requiredText(1000, 'who will support them'),
  })
  .prefault(leftOutIsEmpty);

/** What is kept in the record's body. */
export const palAssessmentBodySchema = z.object({
  checklist: palChecklistSchema,
  profile: palProfileSchema,
  actionPlan: palActionPlanSchema,
});
export type PalAssessmentBody = z.output<typeof palAssessmentBodySchema>;

/** What a form sends: the body, the two dates and the statement text it showed (none when none was imported). */
export const palAssessmentFieldsSchema = z.object({
  // In the order of the form, so errors are listed as the fields are met.
  assessedOn: z.iso.date({ error: 'Enter the real date the checklist was completed' }),
  ...palAssessmentBodySchema.shape,
  reassessBy: z.iso.date({ error: 'Enter a real date to reassess by' }),
  statementSetId: z
    .uuid({ error: 'Choose the statement text in use' })
    .nullish()
    .transform((v) => v ?? null),
});

/** A POST: the fields, and the assessment it corrects with the reason, when it replaces one. */
export const palAssessmentPostSchema = palAssessmentFieldsSchema.and(supersedeFieldsSchema);
export type PalAssessmentPost = z.output<typeof palAssessmentPostSchema>;
export type PalAssessmentPostInput = z.input<typeof palAssessmentPostSchema>;

/** The levels ticked, for scoring. */
export function palTicksOf(checklist: PalChecklist): PalTicks {
  return Object.fromEntries(palActivities.map((a) => [a, checklist[a].level]));
}

/** Dates against each other and today: an assessment is not in the future, and its reassessment comes after it. */
export function palAssessmentDateErrors(post: { assessedOn: string; reassessBy: string }, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (post.assessedOn > today) errors.push({ field: 'assessedOn', message: 'The date of the checklist cannot be in the future' });
  if (post.reassessBy <= post.assessedOn) errors.push({ field: 'reassessBy', message: 'The reassessment date must be after the date of the checklist' });
  return errors;
}

/** A replacement names a current assessment of the same person. */
export function palSupersedeErrors(
  supersedes: string | null,
  existing: readonly { id: string; current: boolean }[],
): FieldError[] {
  if (supersedes === null) return [];
  const replaced = existing.find((a) => a.id === supersedes);
  if (!replaced) return [{ field: 'supersedes', message: 'Choose a PAL checklist of this person to replace' }];
  if (!replaced.current) return [{ field: 'supersedes', message: 'That PAL checklist has already been replaced by a newer one' }];
  return [];
}

export const palReassessmentStates = ['not_due', 'due_soon', 'overdue'] as const;
export type PalReassessmentState = (typeof palReassessmentStates)[number];

/** Days before the reassessment date from which it shows as due. */
export const palReassessmentSoonDays = 14;

/** Whether the reassessment is overdue (its date has passed), due soon (within 14 days, or today) or not yet due. */
export function palReassessmentState(reassessBy: string, today: string): PalReassessmentState {
  if (reassessBy < today) return 'overdue';
  const days = (Date.parse(`${reassessBy}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= palReassessmentSoonDays ? 'due_soon' : 'not_due';
}
