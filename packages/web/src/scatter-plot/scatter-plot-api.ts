// Reading a person's scatter plot and filling in a day's time slots directly.
import type { ScatterEntriesPostInput, ScatterEntriesResponse, ScatterPlotResponse } from '@hearth/core';
import { request } from '../api/client';

const plotUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}/scatter-plot`;

/** The grid's choices as the query string carries them; anything left out takes the server's usual value. */
export type ScatterChoices = {
  behaviour?: string | undefined;
  from?: string | undefined;
  days?: string | undefined;
  slotMinutes?: string | undefined;
  measure?: string | undefined;
};

export function scatterQueryString(choices: Readonly<Record<string, string | undefined>>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(choices)) if (typeof value === 'string' && value !== '') params.set(key, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export const getScatterPlot = (personId: string, choices: ScatterChoices) =>
  request<ScatterPlotResponse>('GET', `${plotUrl(personId)}${scatterQueryString(choices)}`);

export const recordScatterEntries = (personId: string, body: ScatterEntriesPostInput) =>
  request<ScatterEntriesResponse>('POST', `${plotUrl(personId)}/entries`, { body });
