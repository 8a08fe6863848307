// Reading care and support plans for the views: versions, one version, the difference between two, and the
// list of plans needing attention. Read-only; the plan editor has its own calls.
import type { Attention, CarePlan, PlanDiff, PlanVersion, SectionDefinition } from '@hearth/core';
import { request } from './client';

/** What changed between two versions, section by section (list entries matched by their id). */
export interface PlanDifference extends PlanDiff {
  from: number;
  to: number;
}

export interface PlanNeedingAttention {
  personId: string;
  legalName: string;
  preferredName: string | null;
  serviceId: string;
  attention: Attention[];
}

const person = (id: string) => `/api/people/${encodeURIComponent(id)}`;

let sectionDefinitions: Promise<SectionDefinition[]> | null = null;

/** The section definitions rarely change, so they are fetched once per page load (and again after a failure). */
export function getSectionDefinitions(): Promise<SectionDefinition[]> {
  sectionDefinitions ??= request<SectionDefinition[]>('GET', '/api/care-plan-sections').catch((error: unknown) => {
    sectionDefinitions = null;
    throw error;
  });
  return sectionDefinitions;
}

export const getCarePlan = (personId: string) => request<CarePlan>('GET', `${person(personId)}/care-plan`);

export const getPlanVersion = (personId: string, version: number) =>
  request<PlanVersion>('GET', `${person(personId)}/care-plan/versions/${version}`);

export const getPlanDifference = (personId: string, from: number, to: number) =>
  request<PlanDifference>(
    'GET',
    `${person(personId)}/care-plan/diff?${new URLSearchParams({ from: String(from), to: String(to) }).toString()}`,
  );

export const getPlansNeedingAttention = () => request<PlanNeedingAttention[]>('GET', '/api/care-plans/attention');

export interface PackOutOfDate {
  personId: string;
  legalName: string;
  preferredName: string | null;
  printedAt: string;
  printedVersion: number | null;
  currentVersion: number;
}

export const getPacksOutOfDate = () => request<PackOutOfDate[]>('GET', '/api/packs/out-of-date');
