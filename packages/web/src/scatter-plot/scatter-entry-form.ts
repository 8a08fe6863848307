// The form for filling in one day's time slots: which slots it offers, which of them changed (only those are sent,
// each as a new entry), and the server's per-cell errors placed beside the slot they are about.
import { scatterClock, type FieldError, type ScatterCellView, type ScatterGrade } from '@hearth/core';

export interface SlotValue {
  /** "" while nobody has marked the slot. */
  grade: ScatterGrade | '';
  activity: string;
}

export const emptySlot: SlotValue = { grade: '', activity: '' };

/** The starts of the slots from `fromHour` up to (not including) `untilHour`; none when the hours are the wrong way round. */
export function entrySlots(slotMinutes: number, fromHour: number, untilHour: number): number[] {
  const slots: number[] = [];
  for (let minute = fromHour * 60; minute < untilHour * 60; minute += slotMinutes) slots.push(minute);
  return slots;
}

export const slotLabel = (start: number, slotMinutes: number) => `${scatterClock(start)} to ${scatterClock(start + slotMinutes)}`;

/** What was filled in before for each slot of the day, from the day's column of the grid. */
export function baselineFrom(
  rows: readonly { startMinute: number; cells: readonly Pick<ScatterCellView, 'date' | 'grade' | 'activity'>[] }[],
  date: string,
): Map<number, SlotValue> {
  const baseline = new Map<number, SlotValue>();
  for (const row of rows) {
    const cell = row.cells.find((c) => c.date === date);
    if (cell?.grade) baseline.set(row.startMinute, { grade: cell.grade, activity: cell.activity ?? '' });
  }
  return baseline;
}

export interface EntryCell {
  slotStartMinute: number;
  grade: ScatterGrade | '';
  activity: string | null;
}

/** The slots to send: marked, and different from what was filled in before. */
export function changedCells(
  slots: readonly number[],
  baseline: ReadonlyMap<number, SlotValue>,
  edits: ReadonlyMap<number, SlotValue>,
): EntryCell[] {
  return slots.flatMap((minute) => {
    const edit = edits.get(minute);
    if (!edit || edit.grade === '') return [];
    const before = baseline.get(minute);
    if (before && before.grade === edit.grade && before.activity.trim() === edit.activity.trim()) return [];
    return [{ slotStartMinute: minute, grade: edit.grade, activity: edit.activity.trim() === '' ? null : edit.activity }];
  });
}

export const slotField = (minute: number, part: 'grade' | 'activity') => `slots.${minute}.${part}`;

/**
 * Errors as the form places them: "cells.2.grade" is about the third slot sent, so it goes beside that slot's
 * control; "cells" (nothing marked) beside the first slot's.
 */
export function placeEntryErrors(
  errors: readonly FieldError[],
  sent: readonly EntryCell[],
  firstSlot: number | undefined,
  behaviourField: string,
): FieldError[] {
  return errors.map((e) => {
    const cell = /^cells\.(\d+)\.(\w+)$/.exec(e.field);
    if (cell) {
      const minute = sent[Number(cell[1])]?.slotStartMinute;
      if (minute !== undefined) return { ...e, field: slotField(minute, cell[2] === 'activity' ? 'activity' : 'grade') };
    }
    if (e.field === 'cells' && firstSlot !== undefined) return { ...e, field: slotField(firstSlot, 'grade') };
    if (e.field === 'behaviour') return { ...e, field: behaviourField };
    return e;
  });
}
