// ABC records over the API: record one (or a correction), list a person's records, open one, and the analysis.
import type { AbcAnalysisResponse, AbcRecordList, AbcRecordView, CreateAbcRecordBody } from '@hearth/core';
import { request } from '../api/client';

export interface AbcQuery {
  from?: string | null;
  to?: string | null;
  behaviour?: string | null;
}

const query = (params: AbcQuery) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return search ? `?${search}` : '';
};
const person = (id: string) => `/api/people/${encodeURIComponent(id)}`;

/** Sending the same body again (the same clientId) answers the record already stored, so a retry is always safe. */
export const createAbcRecord = (personId: string, body: CreateAbcRecordBody) =>
  request<AbcRecordView>('POST', `${person(personId)}/abc-records`, { body });

export const listAbcRecords = (personId: string, filter: AbcQuery = {}) =>
  request<AbcRecordList>('GET', `${person(personId)}/abc-records${query(filter)}`);

export const getAbcRecord = (id: string) => request<AbcRecordView>('GET', `/api/abc-records/${encodeURIComponent(id)}`);

export const getAbcAnalysis = (personId: string, filter: AbcQuery = {}) =>
  request<AbcAnalysisResponse>('GET', `${person(personId)}/abc-analysis${query(filter)}`);
