// The personalisation action plan for care homes: the provider's areas, a home's self-assessments and one of them.
import type { AreaSetResponse, CreateAssessmentBody, PersonalisationAssessment, SaveAreaSetBody, ServicePersonalisation } from '@hearth/core';
import { request } from './client';

export const getPersonalisationAreas = () => request<AreaSetResponse>('GET', '/api/personalisation/areas');

export const savePersonalisationAreas = (body: SaveAreaSetBody) => request<AreaSetResponse>('POST', '/api/personalisation/areas', { body });

export const getHomePersonalisation = (serviceId: string) =>
  request<ServicePersonalisation>('GET', `/api/services/${encodeURIComponent(serviceId)}/personalisation`);

export const createPersonalisationAssessment = (serviceId: string, body: CreateAssessmentBody) =>
  request<PersonalisationAssessment>('POST', `/api/services/${encodeURIComponent(serviceId)}/personalisation/assessments`, { body });

export const getPersonalisationAssessment = (id: string) =>
  request<PersonalisationAssessment>('GET', `/api/personalisation/assessments/${encodeURIComponent(id)}`);
