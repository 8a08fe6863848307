// The support worker competence checklist, in Hearth's words: what a worker shows they can do in positive behaviour
// support, grouped as they learn it. Each item is answered met, partly or not yet, with the evidence.
import { z } from 'zod';
import { checkStaffChecklistAnswers, countStaffChecklistAnswers, type StaffChecklistRules } from './checklist-answers.js';

export interface StaffChecklistItem {
  id: string;
  text: string;
}

export interface StaffChecklistGroup {
  key: string;
  title: string;
  items: readonly StaffChecklistItem[];
}

/** Kept with each completed checklist, so a later rewording never changes what an old one says was checked. */
export const competenceChecklistVersion = 1;

export const competenceChecklistGroups: readonly StaffChecklistGroup[] = [
  {
    key: 'values',
    title: 'Understanding positive behaviour support and person-centred values',
    items: [
      {
        id: 'values_quality_of_life',
        text: 'I can explain that positive behaviour support is about a better life for the person, not only about less behaviour.',
      },
      {
        id: 'values_behaviour_meaning',
        text: 'I understand that behaviour which challenges usually meets a need or tells us something, and I look for what it might be.',
      },
      {
        id: 'values_rights',
        text: 'I respect the person\u2019s rights, choices, dignity and privacy, including when they are distressed.',
      },
    ],
  },
  {
    key: 'knowing_the_person',
    title: 'Knowing the person and their plan',
    items: [
      {
        id: 'person_read_plan',
        text: 'I have read the person\u2019s behaviour support plan, I know where to find it, and I know when it was last reviewed.',
      },
      {
        id: 'person_what_matters',
        text: 'I can describe what matters to the person, what they enjoy, and what tends to upset them.',
      },
      {
        id: 'person_communication',
        text: 'I know how the person communicates, including how they show pain, worry or that something is wrong.',
      },
    ],
  },
  {
    key: 'recording',
    title: 'Recording ABC and incidents',
    items: [
      {
        id: 'record_abc',
        text: 'I complete an ABC record soon after an incident, saying plainly and factually what happened before, during and after.',
      },
      {
        id: 'record_incidents',
        text: 'I record and report incidents, injuries and every use of a restrictive intervention as our procedures say.',
      },
      {
        id: 'record_monitoring',
        text: 'I fill in scatter plots and other monitoring when asked, so that patterns can be found.',
      },
    ],
  },
  {
    key: 'proactive_and_secondary',
    title: 'Proactive and secondary strategies',
    items: [
      {
        id: 'proactive_daily',
        text: 'I use the plan\u2019s proactive strategies every day: routines, activities, surroundings and the way I communicate.',
      },
      { id: 'secondary_early_signs', text: 'I can recognise the person\u2019s early warning signs.' },
      {
        id: 'secondary_respond',
        text: 'When I see early warning signs I respond as the plan says, for example by offering a choice, giving space, changing the task or distracting.',
      },
    ],
  },
  {
    key: 'reactive',
    title: 'Reactive strategies and least restrictive practice',
    items: [
      {
        id: 'reactive_last_resort',
        text: 'I know the plan\u2019s reactive strategies and use them only when proactive and secondary strategies have not worked.',
      },
      {
        id: 'reactive_least_restrictive',
        text: 'I use the least restrictive response for the shortest time, and never a restrictive practice that the plan does not allow.',
      },
      {
        id: 'reactive_safety',
        text: 'I keep the person, myself and others safe, and I call for help in the way the plan describes.',
      },
    ],
  },
  {
    key: 'post_incident',
    title: 'Support after an incident',
    items: [
      { id: 'post_recovery', text: 'I help the person recover and feel safe again, without blame or punishment.' },
      { id: 'post_debrief', text: 'I take part in debriefs and think about what could be done differently next time.' },
      { id: 'post_own_wellbeing', text: 'I know how to get support for my own wellbeing after a difficult incident.' },
    ],
  },
  {
    key: 'reducing_restrictions',
    title: 'Reducing restrictive practice',
    items: [
      {
        id: 'reduce_what_counts',
        text: 'I can say what counts as a restrictive practice (physical, environmental, chemical, mechanical) and why each use is recorded and reviewed.',
      },
      {
        id: 'reduce_training',
        text: 'If I may use a restrictive intervention, my training is current and certified against the Restraint Reduction Network standards.',
      },
      { id: 'reduce_ideas', text: 'I suggest ways to reduce restrictions and take part in reviewing the person\u2019s plan.' },
    ],
  },
];

export const competenceItemIds: readonly string[] = competenceChecklistGroups.flatMap((g) => g.items.map((i) => i.id));

export const competenceAnswers = ['met', 'partly', 'not_yet'] as const;
export type CompetenceAnswer = (typeof competenceAnswers)[number];
export const competenceAnswerLabels: Record<CompetenceAnswer, string> = { met: 'Met', partly: 'Partly', not_yet: 'Not yet' };

export const maxStaffChecklistNoteLength = 2000;

const competenceRules: StaffChecklistRules<CompetenceAnswer> = {
  answers: competenceAnswers,
  chooseMessage: 'Choose met, partly or not yet',
  list: 'answers',
  answerField: 'answer',
  noteField: 'evidence',
  // Every answer is backed by evidence: what was seen or shown for "met", what is still missing otherwise.
  noteRequired: () => true,
  noteMissingMessage: (answer) =>
    answer === 'met' ? 'Give the evidence that shows this is met' : 'Say what has been shown so far and what is still needed',
  maxNoteLength: maxStaffChecklistNoteLength,
};

export const competenceAnswerSchema = z.object({ itemId: z.string(), answer: z.enum(competenceAnswers), evidence: z.string() });

/** A completed competence checklist as stored. */
export const competenceChecklistBodySchema = z.object({
  checklistVersion: z.literal(competenceChecklistVersion),
  answers: z.array(competenceAnswerSchema),
  /** What the worker and whoever signed it off agreed to do next. */
  nextSteps: z.string().nullable(),
});
export type CompetenceChecklistBody = z.infer<typeof competenceChecklistBodySchema>;

export const submittedCompetenceAnswerSchema = z.object({
  itemId: z.string().max(100),
  answer: z.string().max(40).nullish(),
  evidence: z
    .string()
    .max(maxStaffChecklistNoteLength * 2)
    .nullish(),
});

/** The answers as sent, checked against the checklist: the stored answers when valid. */
export function checkCompetenceAnswers(submitted: readonly z.infer<typeof submittedCompetenceAnswerSchema>[]) {
  const checked = checkStaffChecklistAnswers(
    competenceItemIds,
    submitted.map((s) => ({ itemId: s.itemId, answer: s.answer, note: s.evidence })),
    competenceRules,
  );
  return {
    errors: checked.errors,
    answers: checked.answers.map((a) => ({ itemId: a.itemId, answer: a.answer, evidence: a.note ?? '' })),
  };
}

export const competenceSummarySchema = z.object({
  met: z.number().int(),
  partly: z.number().int(),
  not_yet: z.number().int(),
  /** Every item met. */
  allMet: z.boolean(),
  /** Groups with an item not yet met, by key, in the checklist's order. */
  groupsToDevelop: z.array(z.string()),
});
export type CompetenceSummary = z.infer<typeof competenceSummarySchema>;

export function summariseCompetence(answers: readonly { itemId: string; answer: CompetenceAnswer }[]): CompetenceSummary {
  const counts = countStaffChecklistAnswers(competenceAnswers, answers);
  const notMet = new Set(answers.filter((a) => a.answer !== 'met').map((a) => a.itemId));
  return {
    ...counts,
    allMet: answers.length > 0 && counts.partly === 0 && counts.not_yet === 0,
    groupsToDevelop: competenceChecklistGroups.filter((g) => g.items.some((i) => notMet.has(i.id))).map((g) => g.key),
  };
}
