// What a sharing decision may rest on, read when someone says who decided: the person's signed assessments and
// best-interests decisions, and their powers of attorney and deputyships. Not read before, so a contact page costs
// nothing extra; a reader who may not see capacity records gets "failed", and the server alone decides.
import type { BestInterestsDecisionView, CapacityAssessmentView, CapacityRecordViewOf } from '@hearth/core';
import { getCapacity } from '../api/capacity';
import { getCapacityRecords, recordsOf } from '../capacity-records/records-api';
import { useLoaded, type Loaded } from '../plan-views/useLoaded';

export interface AuthorityRecords {
  assessments: CapacityAssessmentView[];
  bestInterestsDecisions: BestInterestsDecisionView[];
  legalAuthorities: CapacityRecordViewOf<'legal_authority'>[];
}

async function loadAuthorityRecords(personId: string): Promise<AuthorityRecords> {
  const [capacity, records] = await Promise.all([getCapacity(personId), getCapacityRecords(personId)]);
  return {
    assessments: capacity.assessments,
    bestInterestsDecisions: capacity.bestInterestsDecisions,
    legalAuthorities: recordsOf(records, 'legal_authority'),
  };
}

export function useSharingAuthority(personId: string, wanted: boolean): Loaded<AuthorityRecords | null> {
  return useLoaded(() => (wanted ? loadAuthorityRecords(personId) : Promise.resolve(null)), [personId, wanted]);
}
