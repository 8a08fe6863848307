// What both capacity forms need before they open: the person's assessments (to find the one replaced or rested
// on) and the plan sections to link to. The plan is optional: a person may have none yet.
import type { CapacityResponse } from '@hearth/core';
import { getCapacity } from '../api/capacity';
import { getCarePlan, getSectionDefinitions } from '../api/plan-views';
import { sectionOptions, type SectionOption } from './section-options';

export interface CapacityFormData {
  capacity: CapacityResponse;
  /** Plan sections to offer, before adding the keys a form starts with. */
  sectionsFor: (chosen: readonly string[]) => SectionOption[];
}

export async function loadCapacityForm(personId: string): Promise<CapacityFormData> {
  const [capacity, plan, definitions] = await Promise.all([
    getCapacity(personId),
    getCarePlan(personId).catch(() => null),
    getSectionDefinitions().catch(() => []),
  ]);
  return { capacity, sectionsFor: (chosen) => sectionOptions(plan, definitions, chosen) };
}
