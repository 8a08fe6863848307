// Reading a person's restrictive-intervention register and the organisation's trends, and recording a use or a debrief.
import type {
  RestrictiveInterventionDebriefPost,
  RestrictiveInterventionPost,
  RestrictiveInterventionRegister,
  RestrictiveInterventionTrends,
  RestrictiveInterventionView,
} from '@hearth/core';
import { request } from '../api/client';
import { behaviourSupportPaths } from '../behaviour-support/paths';

const personUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}/restrictive-interventions`;

export const getRegister = (personId: string) => request<RestrictiveInterventionRegister>('GET', personUrl(personId));

/** Sending the same body again (the same clientId) answers the record already stored, so a retry is always safe. */
export const recordIntervention = (personId: string, body: RestrictiveInterventionPost) =>
  request<RestrictiveInterventionView>('POST', personUrl(personId), { body });

export const recordDebrief = (interventionId: string, body: RestrictiveInterventionDebriefPost) =>
  request<RestrictiveInterventionView>('POST', `/api/restrictive-interventions/${encodeURIComponent(interventionId)}/debriefs`, {
    body,
  });

export function getTrends(query: { months: 6 | 12; serviceId: string | null }) {
  const params = new URLSearchParams({ months: String(query.months) });
  if (query.serviceId) params.set('serviceId', query.serviceId);
  return request<RestrictiveInterventionTrends>('GET', `/api/restrictive-interventions/trends?${params.toString()}`);
}

/** The pages under a person's register. */
export const registerPaths = {
  register: behaviourSupportPaths.restrictiveInterventions,
  record: (personId: string) => `${behaviourSupportPaths.restrictiveInterventions(personId)}/new`,
  correct: (personId: string, id: string) =>
    `${behaviourSupportPaths.restrictiveInterventions(personId)}/new?supersedes=${encodeURIComponent(id)}`,
  debrief: (personId: string, id: string, withWhom: 'person' | 'staff') =>
    `${behaviourSupportPaths.restrictiveInterventions(personId)}/${encodeURIComponent(id)}/debrief?with=${withWhom}`,
};
