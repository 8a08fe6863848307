// PAL test data: invented statement text (never the checklist's own) and checklist bodies as a form would send them.
import { palActivities, palLevelLetters, palLevels, type PalLevel } from '@hearth/core';

/** Invented statement text for every activity and level, as CSV with a header; `tag` tells one import from another. */
export function inventedStatementsCsv(tag = 'first'): string {
  const lines = palActivities.flatMap((a) => palLevels.map((l) => `${a},${palLevelLetters[l]},Invented ${tag} text for ${a} at ${l}`));
  return ['activity,level,statement', ...lines].join('\n');
}

/** Levels for the nine activities from letters in checklist order, for example "EEEEEPSSS". */
export function palChecklistOf(letters: string, notes: Partial<Record<(typeof palActivities)[number], string>> = {}) {
  const byLetter = new Map(palLevels.map((l) => [palLevelLetters[l], l] as const));
  return Object.fromEntries(
    palActivities.map((a, i) => [a, { level: byLetter.get(letters.charAt(i)) satisfies PalLevel | undefined, note: notes[a] ?? null }]),
  );
}

/** A complete checklist body: Exploratory unless `letters` says otherwise. */
export function palAssessmentBody(assessedOn: string, reassessBy: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    assessedOn,
    reassessBy,
    statementSetId: null,
    checklist: palChecklistOf('EEEEEPSSS'),
    profile: {
      lifeHistory: 'Worked as a joiner in Leeds for forty years',
      interests: 'Brass bands',
      likes: 'Woodwork magazines',
      dislikes: 'Loud television',
    },
    actionPlan: {
      goals: 'Spend time each day doing something with his hands',
      activities: 'Sanding small pieces of wood; looking through magazines together',
      howToSupport: 'Offer one step at a time and let him enjoy the doing',
      who: 'His key worker, on the morning shift',
    },
    ...overrides,
  };
}
