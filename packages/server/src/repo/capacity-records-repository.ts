// A person's capacity records for requests: read them all, or record one of the seven kinds (a new record, or one
// replacing an earlier record of the same kind with a reason). Every read and write is checked and audited.
import {
  capacityRecordDateErrors,
  capacityRecordsResponse,
  capacityRecordSupersedeErrors,
  consentReferenceErrors,
  currentRecordsOfKind,
  effectiveAuditConfig,
  hasFluctuatingCapacity,
  lacksCapacityForConsent,
  planMentionsProgressiveCondition,
  splitCapacityRecordPost,
  type CapacityRecordDraft,
  type CapacityRecordPost,
  type CapacityRecordView,
  type CapacityRecordsResponse,
  type FieldError,
  type ResuscitationSummary,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { currentPlanVersion, loadPerson, type PersonRef } from './care-plan-repository.js';
import { assessmentsOf, bestInterestsDecisionsOf } from './capacity-read.js';
import { capacityRecordsOf, resuscitationSummaryOf } from './capacity-records-read.js';
import { insertReturningId, refuseIfClosed, refuseIfInvalid } from './capacity-write-guards.js';
import { latestAuditOverrides } from './plan-audit-settings-repository.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const resource = (person: Pick<PersonRef, 'organisation_id' | 'service_id'>) => ({
  kind: 'capacity_record' as const,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

export function getCapacityRecords(repo: RequestRepository, personId: string): Promise<CapacityRecordsResponse> {
  const action = 'capacity_records.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource(person), { action, resourceId: personId });
    const records = await capacityRecordsOf(uow, personId);
    const response = capacityRecordsResponse(personId, records, {
      today: londonDate(uow.now),
      progressiveIllness: await mentionsProgressiveCondition(uow, person),
      fluctuatingCapacity: hasFluctuatingCapacity(await assessmentsOf(uow, personId)),
    });
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        records: records.length,
        resuscitation: response.resuscitation?.status ?? null,
        libertyAttention: response.libertyAttention.map((a) => a.attention),
        offerAdvanceCarePlan: response.acpPrompt.shouldOffer,
      },
    });
    return response;
  });
}

/** Whether the plan care follows names a progressive condition from the provider's list (the audit's K74 terms). */
async function mentionsProgressiveCondition(uow: UnitOfWork, person: PersonRef): Promise<boolean> {
  const plan = await currentPlanVersion(uow, person.id);
  if (plan === null) return false;
  const { overrides } = await latestAuditOverrides(uow.tx, person.organisation_id);
  return planMentionsProgressiveCondition(plan.content, effectiveAuditConfig(overrides).progressiveConditionTerms);
}

export function recordCapacityRecord(
  repo: RequestRepository,
  personId: string,
  post: CapacityRecordPost,
): Promise<CapacityRecordView> {
  const kind = post.kind;
  const action = `${kind}.record`;
  return repo.run(async (uow) => {
    // Locked so two replacements of the same record cannot both pass the checks below.
    const person = await loadPerson(uow, personId, action, true);
    uow.require('create', resource(person), { action, resourceId: personId });
    refuseIfClosed(person);
    const { draft, supersede } = splitCapacityRecordPost(post);
    const existing = await capacityRecordsOf(uow, personId);
    const today = londonDate(uow.now);
    refuseIfInvalid([
      ...capacityRecordDateErrors(draft, today),
      ...capacityRecordSupersedeErrors(kind, supersede.supersedes, existing),
      ...(await referenceErrors(uow, personId, draft, existing, today)),
    ]);
    const id = await insertReturningId(
      uow,
      `INSERT INTO capacity_records (organisation_id, person_id, kind, body, supersedes, supersede_reason, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        person.organisation_id,
        personId,
        kind,
        JSON.stringify(draft.body),
        supersede.supersedes,
        supersede.supersedeReason,
        uow.actor.staffId,
        uow.now,
      ],
    );
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { recordId: id, kind, supersedes: supersede.supersedes, ...auditFacts(draft) },
    });
    const stored = (await capacityRecordsOf(uow, personId, [kind])).find((r) => r.id === id);
    if (!stored) throw new Error(`capacity record ${id} was not read back`);
    return stored;
  });
}

/** What a record points at must be the person's own: their contact, authority or best-interests decision. */
async function referenceErrors(
  uow: UnitOfWork,
  personId: string,
  draft: CapacityRecordDraft,
  existing: readonly CapacityRecordView[],
  today: string,
): Promise<FieldError[]> {
  if (draft.kind === 'legal_authority' && draft.body.holderContactId !== null) {
    const found = await uow.tx.query('SELECT 1 FROM person_contacts WHERE id = $1 AND person_id = $2', [
      draft.body.holderContactId,
      personId,
    ]);
    return found.rowCount === 0 ? [{ field: 'holderContactId', message: 'Choose one of this person\u2019s contacts' }] : [];
  }
  if (draft.kind === 'consent') {
    const assessments = await assessmentsOf(uow, personId);
    return consentReferenceErrors(draft.body, {
      legalAuthorities: currentRecordsOfKind(existing, 'legal_authority'),
      bestInterestsDecisionIds: (await bestInterestsDecisionsOf(uow, personId)).map((d) => d.id),
      lacksCapacityForDecision: lacksCapacityForConsent(draft.body.scope, assessments),
      today,
    });
  }
  return [];
}

/** Codes and dates only: names, wishes and the person's words stay out of the audit log. */
function auditFacts(draft: CapacityRecordDraft): Record<string, unknown> {
  switch (draft.kind) {
    case 'legal_authority':
      return { authorityKind: draft.body.kind, scope: draft.body.scope, seenOn: draft.body.seenOn, endedOn: draft.body.endedOn };
    case 'advance_decision':
      return { madeOn: draft.body.madeOn, refusesLifeSustainingTreatment: draft.body.refusesLifeSustainingTreatment };
    case 'liberty_safeguard':
      return { scheme: draft.body.scheme, status: draft.body.status, expiresOn: draft.body.expiresOn };
    case 'imca_involvement':
      return { instructedOn: draft.body.instructedOn, endedOn: draft.body.endedOn };
    case 'consent':
      return {
        scope: draft.body.scope.kind,
        basis: draft.body.basis,
        answer: draft.body.answer,
        decidedOn: draft.body.decidedOn,
      };
    case 'advance_care_plan':
      return { madeOn: draft.body.madeOn, capacityWhenMade: draft.body.capacityWhenMade, reviewOn: draft.body.reviewOn };
    case 'resuscitation':
      return draft.body.status === 'none'
        ? { status: 'none' }
        : { status: draft.body.status, cprRecommendation: draft.body.cprRecommendation, reviewOn: draft.body.reviewOn };
  }
}

/**
 * The ReSPECT / DNACPR summary every answer about one person carries, for readers allowed to see capacity records;
 * null for the rest. The person's read audit records that it was shown.
 */
export async function personResuscitation(
  uow: UnitOfWork,
  person: { id: string; organisation_id: string; service_id: string },
): Promise<ResuscitationSummary | null> {
  if (!uow.allows('read', resource(person))) return null;
  return resuscitationSummaryOf(uow, person.id, londonDate(uow.now));
}
