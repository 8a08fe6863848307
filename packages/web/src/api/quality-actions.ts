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

export const listQualityActions = (filter: { status?: QualityActionFilter | null; serviceId?: string | null; personId?: string | null } = {}) =>
  request<QualityActionList>('GET', `/api/quality-actions${query(filter)}`);

export const getQualityAction = (id: string) => request<QualityAction>('GET', `/api/quality-actions/${encodeURIComponent(id)}`);

/** Who may own an action about this person (active staff of their service who can update actions). */
export const listActionOwners = (personId: string) => request<QualityActionOwners>('GET', `/api/quality-actions/owners${query({ personId })}`);

export const raiseQualityAction = (body: Partial<CreateQualityActionBody>) => request<QualityAction>('POST', '/api/quality-actions', { body });

export const updateQualityAction = (id: string, body: UpdateQualityActionBody) =>
  request<QualityAction>('POST', `/api/quality-actions/${encodeURIComponent(id)}/updates`, { body });
