// Where the scatter plot's pages live, under the person's behaviour support.
import { behaviourSupportPaths } from '../behaviour-support/paths';
import { scatterQueryString, type ScatterChoices } from './scatter-plot-api';

export const scatterPlotPath = (personId: string, choices: ScatterChoices = {}) =>
  `${behaviourSupportPaths.scatterPlot(personId)}${scatterQueryString(choices)}`;

/** What the page for a day starts with: the behaviour, the day, the slot size and the hours offered. */
export type ScatterDayChoices = {
  behaviour?: string | undefined;
  date?: string | undefined;
  slotMinutes?: string | undefined;
  fromHour?: string | undefined;
  untilHour?: string | undefined;
};

/** The page to fill in one day's time slots directly. */
export const scatterPlotRecordPath = (personId: string, choices: ScatterDayChoices = {}) =>
  `${behaviourSupportPaths.scatterPlot(personId)}/record${scatterQueryString(choices)}`;
