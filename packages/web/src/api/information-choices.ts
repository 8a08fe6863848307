// A person's information choices, and the people whose choices are not yet discussed or due for review.
import type { ChoicesAttentionRow, InformationChoicesResponse } from '@hearth/core';
import { request } from './client';

const url = (personId: string) => `/api/people/${encodeURIComponent(personId)}/information-choices`;

export const getInformationChoices = (personId: string) => request<InformationChoicesResponse>('GET', url(personId));

/** The body is sent as typed, so the server applies the same parsing the browser checked. */
export const recordInformationChoices = (personId: string, body: unknown) =>
  request<InformationChoicesResponse>('POST', url(personId), { body });

export const getChoicesNotDiscussed = (serviceId?: string) =>
  request<ChoicesAttentionRow[]>(
    'GET',
    `/api/information-choices/not-discussed${serviceId ? `?serviceId=${encodeURIComponent(serviceId)}` : ''}`,
  );
