// The observational checklist, in Hearth's words: what an observer watching a worker support someone looks for. Each
// item is met, not seen (no chance to see it this time) or not met, with a comment; a "not met" always says why.
import { z } from 'zod';
import { checkStaffChecklistAnswers, countStaffChecklistAnswers, type StaffChecklistRules } from './checklist-answers.js';
import { maxStaffChecklistNoteLength, type StaffChecklistGroup } from './competence-checklist.js';

export const observationChecklistVersion = 1;

export const observationChecklistGroups: readonly StaffChecklistGroup[] = [
  {
    key: 'everyday_support',
    title: 'Everyday support',
    items: [
      { id: 'obs_approach', text: 'Approaches the person calmly, says who they are and explains what is about to happen.' },
      { id: 'obs_communication', text: 'Communicates in the way the person understands best, at the person\u2019s pace.' },
      { id: 'obs_choice', text: 'Offers real choices and respects the person\u2019s answers.' },
      {
        id: 'obs_proactive',
        text: 'Follows the proactive strategies in the person\u2019s plan: routine, activity and surroundings.',
      },
      { id: 'obs_engagement', text: 'Supports the person to take part in something that matters to them.' },
      { id: 'obs_dignity', text: 'Protects the person\u2019s dignity and privacy, and speaks about them with respect.' },
    ],
  },
  {
    key: 'distress',
    title: 'When the person becomes anxious or distressed',
    items: [
      { id: 'obs_early_signs', text: 'Notices early warning signs and responds as the plan says.' },
      { id: 'obs_least_restrictive', text: 'Uses the least restrictive response, and no restrictive practice outside the plan.' },
      { id: 'obs_recovery', text: 'Helps the person to recover afterwards, without blame.' },
    ],
  },
  {
    key: 'teamwork_and_records',
    title: 'Teamwork and records',
    items: [
      { id: 'obs_teamwork', text: 'Works with colleagues and asks for help when it is needed.' },
      { id: 'obs_recording', text: 'Records what happened accurately and promptly.' },
    ],
  },
];

export const observationItemIds: readonly string[] = observationChecklistGroups.flatMap((g) => g.items.map((i) => i.id));

export const observationResults = ['met', 'not_seen', 'not_met'] as const;
export type ObservationResult = (typeof observationResults)[number];
export const observationResultLabels: Record<ObservationResult, string> = {
  met: 'Met',
  not_seen: 'Not seen',
  not_met: 'Not met',
};

const observationRules: StaffChecklistRules<ObservationResult> = {
  answers: observationResults,
  chooseMessage: 'Choose met, not seen or not met',
  list: 'items',
  answerField: 'result',
  noteField: 'comment',
  noteRequired: (result) => result === 'not_met',
  noteMissingMessage: () => 'Say what was seen, so the worker knows what to change',
  maxNoteLength: maxStaffChecklistNoteLength,
};

export const observationItemSchema = z.object({
  itemId: z.string(),
  result: z.enum(observationResults),
  comment: z.string().nullable(),
});

/** A completed observation as stored. */
export const observationChecklistBodySchema = z.object({
  checklistVersion: z.literal(observationChecklistVersion),
  /** Who observed: not always whoever records it (a PBS practitioner may observe, a manager record). */
  observer: z.object({ name: z.string(), role: z.string().nullable() }),
  /** Where and during what the worker was observed. */
  setting: z.string(),
  items: z.array(observationItemSchema),
  /** What the observer fed back to the worker. */
  feedback: z.string().nullable(),
});
export type ObservationChecklistBody = z.infer<typeof observationChecklistBodySchema>;

export const submittedObservationItemSchema = z.object({
  itemId: z.string().max(100),
  result: z.string().max(40).nullish(),
  comment: z
    .string()
    .max(maxStaffChecklistNoteLength * 2)
    .nullish(),
});

export function checkObservationItems(submitted: readonly z.infer<typeof submittedObservationItemSchema>[]) {
  const checked = checkStaffChecklistAnswers(
    observationItemIds,
    submitted.map((s) => ({ itemId: s.itemId, answer: s.result, note: s.comment })),
    observationRules,
  );
  return { errors: checked.errors, items: checked.answers.map((a) => ({ itemId: a.itemId, result: a.answer, comment: a.note })) };
}

export const observationSummarySchema = z.object({
  met: z.number().int(),
  not_seen: z.number().int(),
  not_met: z.number().int(),
});
export type ObservationSummary = z.infer<typeof observationSummarySchema>;

export function summariseObservation(items: readonly { result: ObservationResult }[]): ObservationSummary {
  return countStaffChecklistAnswers(
    observationResults,
    items.map((i) => ({ answer: i.result })),
  );
}
