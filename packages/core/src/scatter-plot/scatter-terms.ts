// The scatter plot's vocabulary: slot sizes, grades, measures, shade levels, and how a behaviour's name is matched.

export const scatterSlotSizes = [15, 30, 60] as const;
export type ScatterSlotMinutes = (typeof scatterSlotSizes)[number];

/** What an observer marks in a cell filled in directly: nothing seen, some, or a lot. */
export const scatterGrades = ['none', 'some', 'high'] as const;
export type ScatterGrade = (typeof scatterGrades)[number];

export const scatterGradeLabels: Record<ScatterGrade, string> = { none: 'None', some: 'Some', high: 'High' };

/** What the shading shows: how often the behaviour happened, or how intense it was at its worst. */
export const scatterMeasures = ['frequency', 'intensity'] as const;
export type ScatterMeasure = (typeof scatterMeasures)[number];

export const scatterMeasureLabels: Record<ScatterMeasure, string> = { frequency: 'How often', intensity: 'How intense' };

/** A cell's shade: 0 observed with nothing seen, 1 to 3 more and more; null when nobody observed it. */
export type ScatterLevel = 0 | 1 | 2 | 3;

export const scatterDaysMin = 7;
export const scatterDaysMax = 28;

export const scatterMinutesInDay = 24 * 60;

/**
 * One behaviour however it was typed: spaces trimmed and collapsed, letters in one case. ABC records name the
 * behaviour in the recorder's words, so "Trying to leave the building" and "trying to leave  the building" are one.
 */
export function scatterBehaviourKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
}

/** Time of day as HH:MM from minutes since midnight; 1440 reads as 24:00, the end of the day. */
export function scatterClock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type ScatterWeekday = (typeof weekdayNames)[number];

/** The day of the week of a YYYY-MM-DD date (a calendar date, so no time zone applies). */
export function scatterWeekday(date: string): ScatterWeekday {
  return weekdayNames[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'Sunday';
}
