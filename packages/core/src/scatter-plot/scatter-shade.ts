// How dark a cell is shaded, and what it says in words, from its ABC records and any grade filled in directly.
import { scatterGradeLabels, type ScatterGrade, type ScatterLevel, type ScatterMeasure } from './scatter-terms.js';

/** What is known about one day's time slot. */
export interface ScatterCellFacts {
  /** ABC records of the behaviour that started in the slot. */
  abcCount: number;
  /** The highest intensity (1 to 5) among them; null when there are none. */
  highestIntensity: number | null;
  /** The grade filled in directly for the slot, if anyone did. */
  grade: ScatterGrade | null;
}

/** Once, twice, three times or more. */
export function scatterFrequencyLevel(count: number): ScatterLevel {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count === 2) return 2;
  return 3;
}

/** Intensity 1 to 2 is low, 3 moderate, 4 to 5 high. */
export function scatterIntensityLevel(highest: number | null): ScatterLevel {
  if (highest === null || highest <= 0) return 0;
  if (highest <= 2) return 1;
  if (highest === 3) return 2;
  return 3;
}

/** A direct "some" is a noticeable amount (the middle shade); "high" the darkest. */
export function scatterGradeLevel(grade: ScatterGrade): ScatterLevel {
  switch (grade) {
    case 'none':
      return 0;
    case 'some':
      return 2;
    case 'high':
      return 3;
  }
}

/** Whether anyone looked: an ABC record or a grade filled in. A cell nobody observed is blank, not "none". */
export function isScatterCellObserved(cell: ScatterCellFacts): boolean {
  return cell.abcCount > 0 || cell.grade !== null;
}

/**
 * The shade for the chosen measure: the higher of what the ABC records show and the direct grade, so an ABC record
 * in a slot marked "none" still shows the behaviour happened. Null for a cell nobody observed.
 */
export function scatterLevel(cell: ScatterCellFacts, measure: ScatterMeasure): ScatterLevel | null {
  if (!isScatterCellObserved(cell)) return null;
  const fromRecords =
    measure === 'frequency' ? scatterFrequencyLevel(cell.abcCount) : scatterIntensityLevel(cell.highestIntensity);
  const fromGrade = cell.grade === null ? 0 : scatterGradeLevel(cell.grade);
  return Math.max(fromRecords, fromGrade) as ScatterLevel;
}

/** What the shades mean, for the key beside the chart and the table. */
export function scatterLevelMeaning(level: ScatterLevel | null, measure: ScatterMeasure): string {
  if (level === null) return 'Not observed';
  const byMeasure: Record<ScatterMeasure, Record<ScatterLevel, string>> = {
    frequency: {
      0: 'Observed, none seen',
      1: 'Once',
      2: 'Twice, or marked some',
      3: 'Three times or more, or marked high',
    },
    intensity: {
      0: 'Observed, none seen',
      1: 'Intensity 1 or 2',
      2: 'Intensity 3, or marked some',
      3: 'Intensity 4 or 5, or marked high',
    },
  };
  return byMeasure[measure][level];
}

/** The cell in words, so its value never rests on colour alone: "Marked some; 2 ABC records, highest intensity 4". */
export function scatterCellText(cell: ScatterCellFacts): string {
  if (!isScatterCellObserved(cell)) return 'Not observed';
  const parts: string[] = [];
  if (cell.grade !== null && cell.abcCount === 0)
    parts.push(cell.grade === 'none' ? 'None seen' : scatterGradeLabels[cell.grade]);
  if (cell.grade !== null && cell.abcCount > 0) parts.push(`Marked ${scatterGradeLabels[cell.grade].toLowerCase()}`);
  if (cell.abcCount > 0) {
    const records = cell.abcCount === 1 ? '1 ABC record' : `${cell.abcCount} ABC records`;
    parts.push(
      cell.highestIntensity === null
        ? records
        : `${records}, ${cell.abcCount === 1 ? 'intensity' : 'highest intensity'} ${cell.highestIntensity}`,
    );
  }
  return parts.join('; ');
}
