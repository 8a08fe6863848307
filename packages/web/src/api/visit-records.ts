// Visit records: the planned visits of a day, recording a visit, reading records, corrections, escalated concerns
// and the visits needing attention.
import type {
  CreateVisitRecordBody,
  PlannedVisits,
  UpdateEscalationBody,
  VisitAttention,
  VisitEscalation,
  VisitEscalationList,
  VisitRecord,
  VisitRecordList,
} from '@hearth/core';
import { request } from './client';

const query = (params: Record<string, string | null | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return search ? `?${search}` : '';
};
const person = (id: string) => `/api/people/${encodeURIComponent(id)}`;

export const getPlannedVisits = (personId: string, date?: string) =>
  request<PlannedVisits>('GET', `${person(personId)}/visits/planned${query({ date })}`);

/** Sending the same body again (the same clientId) answers the record already stored, so a retry is always safe. */
export const createVisitRecord = (personId: string, body: CreateVisitRecordBody) =>
  request<VisitRecord>('POST', `${person(personId)}/visit-records`, { body });

export const listVisitRecords = (personId: string, range: { from?: string; to?: string } = {}) =>
  request<VisitRecordList>('GET', `${person(personId)}/visit-records${query(range)}`);

export const getVisitRecord = (id: string) => request<VisitRecord>('GET', `/api/visit-records/${encodeURIComponent(id)}`);

export const addVisitAddendum = (id: string, body: string) =>
  request<VisitRecord>('POST', `/api/visit-records/${encodeURIComponent(id)}/addenda`, { body: { body } });

export const listEscalations = (filter: { status?: 'open' | 'all'; serviceId?: string | null } = {}) =>
  request<VisitEscalationList>('GET', `/api/visit-escalations${query(filter)}`);

export const updateEscalation = (id: string, body: UpdateEscalationBody) =>
  request<VisitEscalation>('POST', `/api/visit-escalations/${encodeURIComponent(id)}/updates`, { body });

export const listVisitsNeedingAttention = (filter: { date?: string | null; serviceId?: string | null } = {}) =>
  request<VisitAttention>('GET', `/api/visits/attention${query(filter)}`);
