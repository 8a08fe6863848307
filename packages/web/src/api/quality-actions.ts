// Quality actions: raise one, list them, read one with its history, and record an update.
import type {
  CreateQualityActionBody,
  QualityAction,
  QualityActionFilter,
  QualityActionList,
  QualityActionOwners,
  UpdateQualityActionBody,
} from '@hearth/core';
import { request } from './client';

const query = (params: Record<string, string | null | undefined>) => {
  const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return search ? `?${search}` : '';
};

export type ActionListFilter = {
  status?: QualityActionFilter | null;
  serviceId?: string | null;
  personId?: string | null;
  manualAuditId?: string | null;
  personalisationAssessmentId?: string | null;
};

export const listQualityActions = (filter: ActionListFilter = {}) =>
  request<QualityActionList>('GET', `/api/quality-actions${query(filter)}`);

export const getQualityAction = (id: string) => request<QualityAction>('GET', `/api/quality-actions/${encodeURIComponent(id)}`);

/** Where an action belongs: a person (their service) or a service such as a care home. */
export type ActionPlace = { personId: string } | { serviceId: string };

/** Who may own an action there (active staff of the service who can update actions). */
export const listActionOwners = (place: ActionPlace) => request<QualityActionOwners>('GET', `/api/quality-actions/owners${query(place)}`);

export const raiseQualityAction = (body: Partial<CreateQualityActionBody>) => request<QualityAction>('POST', '/api/quality-actions', { body });

export const updateQualityAction = (id: string, body: UpdateQualityActionBody) =>
  request<QualityAction>('POST', `/api/quality-actions/${encodeURIComponent(id)}/updates`, { body });
