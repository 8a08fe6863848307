// Reading a person's legal authority, consent and advance care planning records, and adding one (or a replacement).
import {
  capacityRecordRoutes,
  type CapacityRecordKind,
  type CapacityRecordsResponse,
  type CapacityRecordView,
} from '@hearth/core';
import { request } from '../api/client';

const personUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}`;

export const getCapacityRecords = (personId: string) =>
  request<CapacityRecordsResponse>('GET', `${personUrl(personId)}/capacity-records`);

/** The body is sent as typed, with `supersedes` and its reason when it replaces a record, so the server parses it too. */
export const addCapacityRecord = (personId: string, kind: CapacityRecordKind, body: Record<string, unknown>) =>
  request<CapacityRecordView>('POST', `${personUrl(personId)}/${capacityRecordRoutes[kind].path}`, { body });

/** The records of one kind in the response, newest first. */
export const recordsOf = <K extends CapacityRecordKind>(response: CapacityRecordsResponse, kind: K) =>
  response[capacityRecordRoutes[kind].list] as Extract<CapacityRecordView, { kind: K }>[];
