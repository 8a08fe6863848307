// What the API takes and answers for scatter plots: the grid's choices (as a query), the grid with its words and
// the behaviours to choose from, and a day's cells filled in directly.
import { z } from 'zod';
import { isoDateSchema, optionalText, requiredText } from '../schemas/common.js';
import {
  scatterMinutesInDay,
  scatterDaysMax,
  scatterDaysMin,
  scatterGrades,
  scatterMeasures,
  type ScatterSlotMinutes,
} from './scatter-terms.js';

const slotMinutesSchema = z.union([z.literal(15), z.literal(30), z.literal(60)], {
  error: 'Choose slots of 15, 30 or 60 minutes',
});

/** The grid's choices, as a page's GET form sends them; anything left out takes its usual value. */
export const scatterPlotQuerySchema = z.object({
  behaviour: optionalText(200, 'the behaviour').optional(),
  from: isoDateSchema
    .refine((d) => d >= '1900-01-01' && d <= '2999-12-31', { error: 'Enter a date from 1900 to 2999' })
    .optional(),
  days: z.coerce
    .number({ error: `Choose ${scatterDaysMin} to ${scatterDaysMax} days` })
    .int({ error: 'Choose a whole number of days' })
    .min(scatterDaysMin, { error: `Show at least ${scatterDaysMin} days` })
    .max(scatterDaysMax, { error: `Show at most ${scatterDaysMax} days` })
    .default(14),
  slotMinutes: z.coerce.number({ error: 'Choose slots of 15, 30 or 60 minutes' }).pipe(slotMinutesSchema).default(30),
  measure: z.enum(scatterMeasures, { error: 'Choose how often or how intense' }).default('frequency'),
});
export type ScatterPlotQuery = z.output<typeof scatterPlotQuerySchema>;

export const scatterBehaviourChoiceSchema = z.object({
  name: z.string(),
  abcRecords: z.number().int(),
  directEntries: z.number().int(),
});
export type ScatterBehaviourChoice = z.infer<typeof scatterBehaviourChoiceSchema>;

const levelSchema = z.number().int().min(0).max(3).nullable();

export const scatterCellViewSchema = z.object({
  date: z.string(),
  abcCount: z.number().int(),
  highestIntensity: z.number().int().nullable(),
  grade: z.enum(scatterGrades).nullable(),
  activity: z.string().nullable(),
  level: levelSchema,
  /** The cell in words, so its value never rests on colour alone. */
  text: z.string(),
});
export type ScatterCellView = z.infer<typeof scatterCellViewSchema>;

export const scatterRowViewSchema = z.object({
  startMinute: z.number().int(),
  endMinute: z.number().int(),
  /** "16:00 to 16:30". */
  label: z.string(),
  activities: z.array(z.string()),
  cells: z.array(scatterCellViewSchema),
});
export type ScatterRowView = z.infer<typeof scatterRowViewSchema>;

export const scatterPlotResponseSchema = z.object({
  personId: z.uuid(),
  /** Every behaviour named in the person's ABC records or scatter plot entries, most recorded first. */
  behaviours: z.array(scatterBehaviourChoiceSchema),
  /** The behaviour shown; null when nothing has been recorded for the person yet. */
  behaviour: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  slotMinutes: z.number().int(),
  measure: z.enum(scatterMeasures),
  dates: z.array(z.object({ date: z.string(), weekday: z.string(), label: z.string() })),
  /** From the first slot anyone observed to the last, in whole hours; empty when nothing was observed. */
  rows: z.array(scatterRowViewSchema),
  legend: z.array(z.object({ level: levelSchema, meaning: z.string() })),
  summary: z.object({
    daysObserved: z.number().int(),
    abcRecords: z.number().int(),
    cellsWithBehaviour: z.number().int(),
    busiestSlots: z.array(
      z.object({ startMinute: z.number().int(), endMinute: z.number().int(), daysWithBehaviour: z.number().int() }),
    ),
    busiestWeekdays: z.array(z.object({ weekday: z.string(), daysObserved: z.number().int() })),
    sentences: z.array(z.string()),
  }),
});
export type ScatterPlotResponse = z.infer<typeof scatterPlotResponseSchema>;

export const scatterEntryCellSchema = z.object({
  slotStartMinute: z
    .number({ error: 'Choose a time slot' })
    .int({ error: 'Choose a time slot' })
    .min(0, { error: 'Choose a time slot' })
    .max(scatterMinutesInDay - 1, { error: 'Choose a time slot' }),
  grade: z.enum(scatterGrades, { error: 'Choose none, some or high' }),
  activity: optionalText(200, 'the activity'),
});

/** One day's cells for one behaviour, filled in directly. Each is a new entry; the latest for a cell counts. */
export const scatterEntriesPostSchema = z
  .object({
    behaviour: requiredText(200, 'the behaviour'),
    observedOn: isoDateSchema,
    slotMinutes: slotMinutesSchema,
    cells: z
      .array(scatterEntryCellSchema, { error: 'Fill in at least one time slot' })
      .min(1, { error: 'Choose none, some or high for at least one time slot' })
      .max(scatterMinutesInDay / 15, { error: 'Send one day at a time' }),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<number>();
    body.cells.forEach((cell, i) => {
      if (cell.slotStartMinute % body.slotMinutes !== 0)
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'slotStartMinute'],
          message: `Start the time slot on a ${body.slotMinutes}-minute boundary`,
        });
      else if (seen.has(cell.slotStartMinute))
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'slotStartMinute'], message: 'This time slot is filled in twice' });
      seen.add(cell.slotStartMinute);
    });
  });
export type ScatterEntriesPost = z.output<typeof scatterEntriesPostSchema>;
export type ScatterEntriesPostInput = z.input<typeof scatterEntriesPostSchema>;

export const scatterEntryViewSchema = z.object({
  id: z.uuid(),
  behaviour: z.string(),
  observedOn: z.string(),
  slotStartMinute: z.number().int(),
  slotMinutes: z.number().int(),
  grade: z.enum(scatterGrades),
  activity: z.string().nullable(),
  recordedBy: z.object({ id: z.uuid(), name: z.string() }),
  recordedAt: z.string(),
});
export type ScatterEntryView = z.infer<typeof scatterEntryViewSchema>;

export const scatterEntriesResponseSchema = z.object({ entries: z.array(scatterEntryViewSchema) });
export type ScatterEntriesResponse = z.infer<typeof scatterEntriesResponseSchema>;

export const isScatterSlotMinutes = (n: number): n is ScatterSlotMinutes => n === 15 || n === 30 || n === 60;
