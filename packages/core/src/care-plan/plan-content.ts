// What a care and support plan version holds: each section's checklist, answers in the person's words,
// strengths, needs, outcomes, steps, risks and equipment, or "not applicable" with a reason.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import { fallsScreeningSchema } from './risk/falls-screening.js';
import { generalRiskAssessmentSchema } from './risk/general-risk.js';
import { mustScreeningSchema } from './risk/must.js';
import { sectionKeySchema } from './section-definition.js';
import { medicationSupportLevels, supportLevels } from './support-levels.js';

/** Items inside a section carry a client-made id, so an edit to one outcome or step is traceable across versions. */
const itemId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'Item id must be 1-40 letters, digits, - or _' });
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Enter a time like 08:30' });

export const checklistAnswerSchema = z.object({
  checklistKey: sectionKeySchema,
  itemKey: sectionKeySchema,
  level: z.enum(supportLevels, { error: 'Choose a level of support' }),
  note: optionalText(500, 'note'),
});

export const promptAnswerSchema = z.object({
  promptKey: sectionKeySchema,
  text: requiredText(4000, 'an answer'),
});

export const progressNoteSchema = z.object({
  date: isoDateSchema,
  note: requiredText(2000, 'the progress note'),
});

export const outcomeSchema = z.object({
  id: itemId,
  goal: requiredText(1000, 'the goal, in the person\u2019s words'),
  howMet: requiredText(2000, 'how the goal will be met'),
  whoInvolved: requiredText(500, 'who is involved'),
  targetDate: isoDateSchema.nullish().transform((v) => v ?? null),
  progress: z.array(progressNoteSchema).max(100).default([]),
});

export const stepSchema = z.object({
  id: itemId,
  /** The visit or time slot, for example "Morning visit" or "Bedtime". */
  when: requiredText(120, 'the visit or time slot'),
  time: timeOfDay.nullish().transform((v) => v ?? null),
  what: requiredText(2000, 'what to do'),
  who: requiredText(200, 'who does it'),
});

export const riskSchema = z.object({
  id: itemId,
  risk: requiredText(1000, 'the risk'),
  howManaged: requiredText(2000, 'how the risk is managed'),
});

export const equipmentSchema = z.object({
  id: itemId,
  item: requiredText(200, 'the equipment'),
  notes: optionalText(1000, 'notes about the equipment'),
});

/**
 * Structured risk assessments attached to a section, versioned and agreed with the plan: general likelihood × severity
 * assessments in any section, MUST only in nutrition and hydration, falls screening only in mobility and falls.
 */
export const sectionRiskAssessmentsSchema = z.object({
  general: z.array(generalRiskAssessmentSchema).max(30, { error: 'List 30 risk assessments or fewer' }).default([]),
  must: z.array(mustScreeningSchema).max(30, { error: 'Keep 30 MUST screenings or fewer in one version' }).default([]),
  falls: z.array(fallsScreeningSchema).max(30, { error: 'Keep 30 falls screenings or fewer in one version' }).default([]),
});
export type SectionRiskAssessments = z.infer<typeof sectionRiskAssessmentsSchema>;
export const riskAssessmentKinds = ['general', 'must', 'falls'] as const;
export type RiskAssessmentKind = (typeof riskAssessmentKinds)[number];
export const noRiskAssessments = (): SectionRiskAssessments => ({ general: [], must: [], falls: [] });

export const sectionContentSchema = z.object({
  sectionKey: sectionKeySchema,
  notApplicable: z.object({ reason: requiredText(500, 'why this section does not apply') }).nullish().transform((v) => v ?? null),
  checklist: z.array(checklistAnswerSchema).max(300).default([]),
  answers: z.array(promptAnswerSchema).max(40).default([]),
  strengths: optionalText(4000, 'what I can do'),
  needs: optionalText(4000, 'what I need, in my words'),
  outcomes: z.array(outcomeSchema).max(30).default([]),
  steps: z.array(stepSchema).max(60).default([]),
  risks: z.array(riskSchema).max(30).default([]),
  equipment: z.array(equipmentSchema).max(30).default([]),
  /** Absent in plans saved before assessments were part of a section: read as none. */
  riskAssessments: sectionRiskAssessmentsSchema.default(noRiskAssessments),
  /** Only the medication section uses it. */
  medicationSupportLevel: z.enum(medicationSupportLevels).nullish().transform((v) => v ?? null),
  nextReviewDate: isoDateSchema.nullish().transform((v) => v ?? null),
});
export type SectionContent = z.infer<typeof sectionContentSchema>;

export const participantKinds = ['person', 'family', 'friend', 'advocate', 'attorney', 'deputy', 'imca', 'staff', 'professional', 'other'] as const;
export const involvementSchema = z.object({
  kind: z.enum(participantKinds, { error: 'Choose who took part' }),
  name: requiredText(120, 'their name'),
  relationship: optionalText(120, 'their relationship or role'),
  how: z.enum(['in_person', 'phone', 'video', 'in_writing', 'other'], { error: 'Choose how they took part' }),
  date: isoDateSchema,
});
export type Involvement = z.infer<typeof involvementSchema>;

export const planContentSchema = z.object({
  sections: z.array(sectionContentSchema).max(60),
  involvement: z.array(involvementSchema).max(30).default([]),
  /** Whether the person's own words, in the first person, were used. */
  writtenInFirstPerson: z.boolean().default(false),
});
export type PlanContent = z.infer<typeof planContentSchema>;
