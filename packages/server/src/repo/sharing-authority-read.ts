// What the sharing rules read about a person's capacity (the assessments, best-interests decisions and powers of
// attorney a decision for them rests on), and those records in words for the decision history. The caller has
// checked access; the capacity records are read through their own modules, never here.
import {
  recordsOfKind,
  sharingAuthorityDescription,
  type SharingAuthorityFacts,
  type SharingDecisionView,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { assessmentsOf, bestInterestsDecisionsOf } from './capacity-read.js';
import { capacityRecordsOf } from './capacity-records-read.js';
import type { UnitOfWork } from './request-repository.js';

/** Every signed assessment, best-interests decision and power of attorney or deputyship of the person. */
export async function sharingAuthorityFacts(uow: Pick<UnitOfWork, 'tx' | 'now'>, personId: string): Promise<SharingAuthorityFacts> {
  return {
    assessments: await assessmentsOf(uow, personId),
    bestInterestsDecisions: await bestInterestsDecisionsOf(uow, personId),
    legalAuthorities: recordsOfKind(await capacityRecordsOf(uow, personId, ['legal_authority']), 'legal_authority'),
    today: londonDate(uow.now),
  };
}

/** The decisions with what each rests on in words, read once for the person whatever the number of decisions. */
export async function withAuthorityDescribed(
  uow: Pick<UnitOfWork, 'tx'>,
  personId: string,
  decisions: SharingDecisionView[],
): Promise<SharingDecisionView[]> {
  const rests = decisions.some((d) => d.capacityAssessmentId ?? d.bestInterestsDecisionId ?? d.legalAuthorityRecordId);
  if (!rests) return decisions;
  const assessments = new Map((await assessmentsOf(uow, personId)).map((a) => [a.id, a]));
  const bestInterests = new Map((await bestInterestsDecisionsOf(uow, personId)).map((d) => [d.id, d]));
  const authorities = new Map(
    recordsOfKind(await capacityRecordsOf(uow, personId, ['legal_authority']), 'legal_authority').map((r) => [r.id, r]),
  );
  return decisions.map((d) => {
    const assessment = d.capacityAssessmentId ? assessments.get(d.capacityAssessmentId) : undefined;
    const decision = d.bestInterestsDecisionId ? bestInterests.get(d.bestInterestsDecisionId) : undefined;
    const authority = d.legalAuthorityRecordId ? authorities.get(d.legalAuthorityRecordId) : undefined;
    return {
      ...d,
      restsOn: sharingAuthorityDescription({
        assessment: assessment ? { assessedOn: assessment.assessedOn, decision: assessment.decision, assessorName: assessment.assessor.name } : null,
        bestInterests: decision
          ? { decidedOn: decision.decidedOn, decisionMakerName: decision.decisionMaker.name, decisionMakerRole: decision.decisionMaker.role }
          : null,
        legalAuthority: authority ? authority.body : null,
      }),
    };
  });
}
