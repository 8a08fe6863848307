// A person's mental capacity: the status, the signed assessments and best-interests decisions; signing a new
// assessment (or one replacing an earlier one) and recording a best-interests decision.
import type { BestInterestsDecisionView, CapacityAssessmentView, CapacityResponse } from '@hearth/core';
import { request } from './client';

const personUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}`;

export const getCapacity = (personId: string) => request<CapacityResponse>('GET', `${personUrl(personId)}/capacity`);

/** Bodies are sent as typed, so the server applies the same parsing the browser checked. */
export const recordCapacityAssessment = (personId: string, body: unknown) =>
  request<CapacityAssessmentView>('POST', `${personUrl(personId)}/capacity-assessments`, { body });

export const recordBestInterestsDecision = (personId: string, body: unknown) =>
  request<BestInterestsDecisionView>('POST', `${personUrl(personId)}/best-interests-decisions`, { body });
