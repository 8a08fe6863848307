// Care and support plans: the toolkit's sections, a person's plan and its draft, agreeing and moving versions on.
import type { AgreeBody, CarePlan, PlanVersion, ReviewTrigger, SaveDraftBody, SectionDefinition } from '@hearth/core';
import { request } from './client';

const planPath = (personId: string) => `/api/people/${encodeURIComponent(personId)}/care-plan`;

export const listPlanSections = () => request<SectionDefinition[]>('GET', '/api/care-plan-sections');

export const getCarePlan = (personId: string) => request<CarePlan>('GET', planPath(personId));

/** Starts the draft (revision null) or saves over the revision it was loaded at; 409 when it changed since. */
export const saveDraft = (personId: string, body: SaveDraftBody) =>
  request<PlanVersion>('PUT', `${planPath(personId)}/draft`, { body });

export const agreeDraft = (personId: string, body: AgreeBody) =>
  request<PlanVersion>('POST', `${planPath(personId)}/draft/agree`, { body });

export const startUsingVersion = (personId: string, version: number) =>
  request<PlanVersion>('POST', `${planPath(personId)}/versions/${version}/start-use`);

export const startReview = (personId: string, version: number, body: { trigger: ReviewTrigger; note: string | null }) =>
  request<PlanVersion>('POST', `${planPath(personId)}/versions/${version}/start-review`, { body });
