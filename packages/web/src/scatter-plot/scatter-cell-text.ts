// A cell's value in the few characters a grid cell has room for; screen readers are given the whole sentence.
import { scatterGradeLabels, type ScatterCellView } from '@hearth/core';

/** "–" not observed, "None", "Some", "High", "2, int 5" (two ABC records, highest intensity 5), "High + 2, int 5". */
export function scatterCellShort(cell: Pick<ScatterCellView, 'level' | 'grade' | 'abcCount' | 'highestIntensity'>): string {
  if (cell.level === null) return '\u2013';
  const grade = cell.grade === null ? null : scatterGradeLabels[cell.grade];
  if (cell.abcCount === 0) return grade ?? '\u2013';
  const records = `${cell.abcCount}, int ${cell.highestIntensity ?? '?'}`;
  return grade === null ? records : `${grade} + ${records}`;
}
