// The people register.
import type { CreatePersonBody, Person, PersonHistoryEntry, PersonStatus, PersonSummary, UpdatePersonBody } from '@hearth/core';
import { request } from './client';

export function searchPeople(query: { q?: string; status?: PersonStatus | '' }): Promise<PersonSummary[]> {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  const qs = params.toString();
  return request<PersonSummary[]>('GET', `/api/people${qs ? `?${qs}` : ''}`);
}

export const getPerson = (id: string) => request<Person>('GET', `/api/people/${encodeURIComponent(id)}`);

/** The body is sent as typed (z.input), so the server applies the same parsing the browser checked. */
export const createPerson = (body: unknown) => request<Person>('POST', '/api/people', { body });

export const updatePerson = (id: string, body: unknown) =>
  request<Person>('PUT', `/api/people/${encodeURIComponent(id)}`, { body });

export const getPersonHistory = (id: string) =>
  request<PersonHistoryEntry[]>('GET', `/api/people/${encodeURIComponent(id)}/history`);

export type { CreatePersonBody, UpdatePersonBody };
