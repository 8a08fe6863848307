// Reading the capacity status the plan records, in the toolkit's three categories, and the impairment it states.
import type { StatedImpairment } from '../capacity/capacity-status.js';
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
  const answer = capacityAnswer(content);
  return answer ? capacityStatusOf(answer) : null;
}

function capacityAnswer(content: PlanContent): string | null {
  const ref = sectionInUse(content, 'mental_capacity_and_consent');
  return ref ? (answerOf(ref, 'capacity_status')?.text ?? null) : null;
}

const notAffecting =
  /\b(?:does not|doesn['\u2019]t|do not|don['\u2019]t|not|never)\s+(?:\w+\s+)?affect(?:s|ing)?\b[^.;]*\bdecisions?\b|\bnot affecting\b/i;
const noImpairment = /\bno\s+(?:known\s+|diagnosed\s+)?impairment\b|\bwithout\s+(?:any\s+)?impairment\b/i;
const affecting = /\b(?:affects?|affecting)\b[^.;]*\bdecisions?\b/i;

/**
 * What the plan's capacity answer states about an impairment of the mind or brain (the toolkit's "all decisions"
 * cases a, b and c): "no impairment"; an impairment that "does not affect" decisions; or one that affects them,
 * which "some decisions" and "lacks capacity" imply. Null when the answer says nothing about an impairment, as
 * "I have capacity to make all decisions" does not: then capacity is simply assumed.
 */
export function statedImpairmentOf(content: PlanContent): StatedImpairment | null {
  const text = capacityAnswer(content);
  if (text === null) return null;
  const status = capacityStatusOf(text);
  if (status === 'some' || status === 'lacks') return 'affects_decisions';
  if (noImpairment.test(text)) return 'none';
  if (/\bimpair|\bdementia\b|\bcondition\b|\binjury\b|\bdisabilit/i.test(text)) {
    if (notAffecting.test(text)) return 'does_not_affect_decisions';
    if (affecting.test(text)) return 'affects_decisions';
  }
  return null;
}
