// A person's information and communication needs, and their plan in easy read and plain text.
import type { CommunicationNeedsResponse } from '@hearth/core';
import { request, requestFile } from './client';

const base = (personId: string) => `/api/people/${encodeURIComponent(personId)}`;

export const getCommunicationNeeds = (personId: string) =>
  request<CommunicationNeedsResponse>('GET', `${base(personId)}/communication-needs`);

/** The body is sent as typed, so the server applies the same parsing the browser checked. */
export const saveCommunicationNeeds = (personId: string, body: unknown) =>
  request<CommunicationNeedsResponse>('PUT', `${base(personId)}/communication-needs`, { body });

export type PlanFileFormat = 'easy_read' | 'plain_text';

export const planFilePath = (personId: string, format: PlanFileFormat) =>
  format === 'easy_read' ? `${base(personId)}/care-plan/easy-read.pdf` : `${base(personId)}/care-plan.txt`;

export const fetchPlanFile = (personId: string, format: PlanFileFormat) => requestFile(planFilePath(personId, format));
