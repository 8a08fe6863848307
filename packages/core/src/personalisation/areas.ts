// The provider's areas of personalised care: their shape, and the rules for saving a new version of the list.
// Past self-assessments name areas by id, so an id is never removed or reused: an area no longer wanted is retired.
import { z } from 'zod';
import type { FieldError } from '../errors.js';
import { requiredText } from '../schemas/common.js';

/** An area's id: a stable slug, lower case letters, digits and underscores. */
export const areaIdSchema = z.string().regex(/^[a-z][a-z0-9_]{1,59}$/, { error: 'Use lower case letters, digits and underscores for the area\u2019s id' });

export const personalisationAreaSchema = z.object({
  id: areaIdSchema,
  title: requiredText(120, 'the area\u2019s name'),
  description: requiredText(1000, 'what the area is about'),
  /** Prompts for the conversation with residents, relatives and staff. */
  whatGoodLooksLike: z.array(requiredText(500, 'the prompt')).max(12, { error: 'Give no more than 12 prompts' }),
  /** Kept for past self-assessments; not offered for new ones. */
  retired: z.boolean().default(false),
});
export type PersonalisationArea = z.infer<typeof personalisationAreaSchema>;

export const saveAreaSetBodySchema = z.object({
  areas: z.array(personalisationAreaSchema).max(40, { error: 'Keep the list to 40 areas or fewer' }),
  reason: requiredText(500, 'why the areas are changing'),
  /** The version the editor started from, so a save over someone else's is refused. */
  latestVersion: z.number().int().min(0),
});
export type SaveAreaSetBody = z.infer<typeof saveAreaSetBodySchema>;

const staffRefSchema = z.object({ id: z.uuid(), name: z.string() });

export const areaSetResponseSchema = z.object({
  /** 0 is Hearth's default list, never saved by the provider. */
  version: z.number().int(),
  areas: z.array(personalisationAreaSchema),
  reason: z.string().nullable(),
  createdAt: z.string().nullable(),
  createdBy: staffRefSchema.nullable(),
});
export type AreaSetResponse = z.infer<typeof areaSetResponseSchema>;

/** Areas offered for a new self-assessment: those not retired, in the provider's order. */
export function currentAreas(areas: readonly PersonalisationArea[]): PersonalisationArea[] {
  return areas.filter((a) => !a.retired);
}

/** A slug for a new area's id from its title, made unique against every id the list has ever held. */
export function areaIdFor(title: string, taken: readonly string[]): string {
  const base = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 50);
  const stem = /^[a-z]/.test(base) && base.length >= 2 ? base : `area_${base}`.replace(/_+$/, '');
  let id = stem;
  for (let n = 2; taken.includes(id); n++) id = `${stem}_${n}`;
  return id;
}

/**
 * Why a new list may not replace the previous one. Every id the previous list held must still be there (retire
 * instead of removing), ids are unique, names are unique among current areas, and at least one area stays current.
 */
export function areaSetChangeErrors(previous: readonly PersonalisationArea[], next: readonly PersonalisationArea[]): FieldError[] {
  const errors: FieldError[] = [];
  const seenIds = new Set<string>();
  const seenTitles = new Map<string, number>();
  next.forEach((area, i) => {
    if (seenIds.has(area.id)) errors.push({ field: `areas.${i}.id`, message: `Another area already has the id \u201c${area.id}\u201d` });
    seenIds.add(area.id);
    const title = area.title.trim().toLowerCase();
    if (!area.retired) {
      if (seenTitles.has(title)) errors.push({ field: `areas.${i}.title`, message: `Another area is already called \u201c${area.title}\u201d` });
      seenTitles.set(title, i);
    }
  });
  for (const old of previous) {
    if (!seenIds.has(old.id)) {
      errors.push({ field: 'areas', message: `\u201c${old.title}\u201d cannot be removed because past self-assessments name it: retire it instead` });
    }
  }
  if (currentAreas(next).length === 0) errors.push({ field: 'areas', message: 'Keep at least one area that is not retired' });
  return errors;
}
