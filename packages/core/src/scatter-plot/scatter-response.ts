// The scatter plot as the API answers it: the rows worth showing with each cell in words, the key to the shades and
// the summary, built from the grid.
import { addDays } from '../care-plan/timing.js';
import {
  buildScatterGrid,
  scatterShownRows,
  type ScatterAbcInput,
  type ScatterEntryInput,
  type ScatterGrid,
} from './scatter-grid.js';
import type { ScatterPlotQuery, ScatterPlotResponse } from './scatter-plot-api.js';
import { scatterCellText, scatterLevelMeaning } from './scatter-shade.js';
import { scatterDayLabel, summariseScatterGrid, type ScatterSummary } from './scatter-summary.js';
import { scatterClock, type ScatterLevel, type ScatterMeasure } from './scatter-terms.js';
import type { ScatterBehaviourChoiceCounts } from './scatter-entries.js';

/** The first day shown when none is asked for: the period ends today. */
export function scatterDefaultFrom(today: string, days: number): string {
  return addDays(today, 1 - days);
}

const levels: (ScatterLevel | null)[] = [null, 0, 1, 2, 3];

export function scatterLegend(measure: ScatterMeasure): ScatterPlotResponse['legend'] {
  return levels.map((level) => ({ level, meaning: scatterLevelMeaning(level, measure) }));
}

function rowsOf(grid: ScatterGrid): ScatterPlotResponse['rows'] {
  return scatterShownRows(grid).map((row) => ({
    startMinute: row.startMinute,
    endMinute: row.endMinute,
    label: `${scatterClock(row.startMinute)} to ${scatterClock(row.endMinute)}`,
    activities: row.activities,
    cells: row.cells.map((cell) => ({ ...cell, text: scatterCellText(cell) })),
  }));
}

const nothingYet: ScatterSummary = {
  daysObserved: 0,
  abcRecords: 0,
  cellsWithBehaviour: 0,
  busiestSlots: [],
  busiestWeekdays: [],
  sentences: ['No ABC records or scatter plot entries have been made for this person yet.'],
};

export interface ScatterPlotInputs {
  personId: string;
  query: ScatterPlotQuery & { from: string };
  behaviours: readonly ScatterBehaviourChoiceCounts[];
  /** The behaviour to show (see scatterChosenBehaviour). */
  behaviour: string | null;
  abcRecords: readonly ScatterAbcInput[];
  entries: readonly ScatterEntryInput[];
}

/** The whole answer for one person's scatter plot. */
export function scatterPlotResponse(inputs: ScatterPlotInputs): ScatterPlotResponse {
  const { query } = inputs;
  const grid = buildScatterGrid(
    {
      behaviour: inputs.behaviour ?? '',
      from: query.from,
      days: query.days,
      slotMinutes: query.slotMinutes,
      measure: query.measure,
    },
    inputs.behaviour === null ? [] : inputs.abcRecords,
    inputs.behaviour === null ? [] : inputs.entries,
  );
  return {
    personId: inputs.personId,
    behaviours: [...inputs.behaviours],
    behaviour: inputs.behaviour,
    from: grid.from,
    to: grid.to,
    days: grid.days,
    slotMinutes: grid.slotMinutes,
    measure: grid.measure,
    dates: grid.dates.map((d) => ({ ...d, label: scatterDayLabel(d.date) })),
    rows: rowsOf(grid),
    legend: scatterLegend(grid.measure),
    summary: inputs.behaviour === null ? nothingYet : summariseScatterGrid(grid),
  };
}
