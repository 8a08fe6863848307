// Reading the capacity status the plan records, in the toolkit's three categories.
import type { PlanContent } from '../care-plan/plan-content.js';
import { answerOf, sectionInUse } from './plan-reading.js';

export type CapacityStatus = 'all' | 'some' | 'lacks';

/** "Some decisions" is read first, since "lacks capacity for some decisions" is that category. */
export function capacityStatusOf(text: string): CapacityStatus | null {
  if (/\bsome\b/i.test(text)) return 'some';
  if (/\b(?:lacks?|lacking|does not have|doesn['\u2019]t have|no capacity|without capacity)\b/i.test(text)) return 'lacks';
  if (/\ball\b|\bhas capacity\b|\bfull capacity\b|\bhave capacity\b/i.test(text)) return 'all';
  return null;
}

export function recordedCapacity(content: PlanContent): CapacityStatus | null {
  const ref = sectionInUse(content, 'mental_capacity_and_consent');
  const answer = ref ? answerOf(ref, 'capacity_status') : null;
  return answer ? capacityStatusOf(answer.text) : null;
}
