// A care home's self-assessment of personalised care: a rating and what people said for every current area, who
// took part, the day it was agreed and the priorities chosen for improvement, in order.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { isoDateSchema, isStorableText } from '../schemas/common.js';
import { currentAreas, type PersonalisationArea } from './areas.js';

export const personalisationRatings = ['not_yet', 'starting', 'developing', 'established'] as const;
export type PersonalisationRating = (typeof personalisationRatings)[number];

/** The scale in plain English: a name and what it means for the home. */
export const ratingScale: Record<PersonalisationRating, { label: string; meaning: string }> = {
  not_yet: { label: 'Not yet', meaning: 'This rarely happens here, or we have not started on it.' },
  starting: { label: 'Starting', meaning: 'There is some good practice, but it depends on who is on shift.' },
  developing: { label: 'Developing', meaning: 'This happens for most people most of the time, and we know what to improve.' },
  established: { label: 'Established', meaning: 'This is part of everyday life here; residents, relatives and staff would say so.' },
};

/** How far along the scale a rating is, for comparing one self-assessment with the next. */
export const ratingRank = (rating: PersonalisationRating): number => personalisationRatings.indexOf(rating);

export const maxPriorities = 5;

const text = (max: number) =>
  z.string().refine(isStorableText, { error: 'Remove hidden control characters from this text' }).trim()
    .max(max, { error: `Keep this to ${max} characters or fewer` });

export const createAssessmentBodySchema = z.object({
  /** The version of the area list the form was built from: a change since then means the form is out of date. */
  areaSetVersion: z.number().int().min(0),
  ratings: z.array(z.object({
    areaId: z.string().max(60),
    rating: z.enum(personalisationRatings, { error: 'Choose a rating' }),
    evidence: text(4000).default(''),
  })).max(40),
  priorities: z.array(z.object({ areaId: z.string().max(60), why: text(2000).default('') })).max(40),
  participants: text(1000).default(''),
  agreedOn: z.iso.date({ error: 'Enter a real date for when it was agreed' }),
  note: text(4000).nullish().transform((v) => (v ? v : null)),
});
export type CreateAssessmentBody = z.infer<typeof createAssessmentBodySchema>;

/** A self-assessment as a form holds it: a rating may not be chosen yet. */
export interface AssessmentDraft {
  ratings: readonly { areaId: string; rating: string; evidence: string }[];
  priorities: readonly { areaId: string; why: string }[];
  participants: string;
  agreedOn: string;
}

/**
 * What stops a self-assessment being recorded against the current areas. The browser checks a draft with it before
 * sending and the server checks the body, so both say the same thing, naming the area each problem is in.
 */
export function assessmentErrors(draft: AssessmentDraft, areas: readonly PersonalisationArea[], today: string): FieldError[] {
  const errors: FieldError[] = [];
  const current = currentAreas(areas);
  const titleOf = new Map(areas.map((a) => [a.id, a.title]));
  const rated = new Set<string>();
  const priorityIds = new Set(draft.priorities.map((p) => p.areaId));

  draft.ratings.forEach((r, i) => {
    const title = titleOf.get(r.areaId);
    if (title === undefined || !current.some((a) => a.id === r.areaId)) {
      errors.push({ field: `ratings.${i}.areaId`, message: 'This area is not in the current list: reload the form' });
      return;
    }
    if (rated.has(r.areaId)) {
      errors.push({ field: `ratings.${i}.areaId`, message: `${title} is rated more than once` });
      return;
    }
    rated.add(r.areaId);
    if (!(personalisationRatings as readonly string[]).includes(r.rating)) {
      errors.push({ field: `ratings.${i}.rating`, message: `Choose where the home is now for ${title}` });
    }
    if (priorityIds.has(r.areaId) && r.evidence.trim() === '') {
      errors.push({ field: `ratings.${i}.evidence`, message: `Say what people said about ${title}: it is a priority` });
    }
  });
  for (const area of current) {
    if (!rated.has(area.id)) errors.push({ field: 'ratings', message: `Rate every area: ${area.title} is not rated` });
  }

  if (draft.priorities.length === 0) errors.push({ field: 'priorities', message: 'Choose at least one area as a priority for improvement' });
  if (draft.priorities.length > maxPriorities) errors.push({ field: 'priorities', message: `Choose no more than ${maxPriorities} priorities` });
  const seenPriorities = new Set<string>();
  draft.priorities.forEach((p, i) => {
    const title = titleOf.get(p.areaId);
    if (title === undefined || !rated.has(p.areaId)) {
      errors.push({ field: `priorities.${i}.areaId`, message: 'A priority must be one of the areas rated in this self-assessment' });
      return;
    }
    if (seenPriorities.has(p.areaId)) {
      errors.push({ field: `priorities.${i}.areaId`, message: `${title} is already a priority` });
      return;
    }
    seenPriorities.add(p.areaId);
    if (p.why.trim() === '') errors.push({ field: `priorities.${i}.why`, message: `Say why ${title} is a priority` });
  });

  if (draft.participants.trim() === '') {
    errors.push({ field: 'participants', message: 'Say who took part: residents, relatives and staff' });
  }
  if (!isoDateSchema.safeParse(draft.agreedOn).success) {
    errors.push({ field: 'agreedOn', message: 'Enter a real date for when it was agreed' });
  } else if (draft.agreedOn > today) {
    errors.push({ field: 'agreedOn', message: 'The date it was agreed must be today or in the past' });
  }
  return errors;
}
