// A person's mental capacity record for requests: read the status, assessments and best-interests decisions; sign a
// new assessment (or one replacing an earlier one); record a best-interests decision resting on the one in force.
import {
  bestInterestsAllowed,
  bestInterestsDateErrors,
  capacityAssessmentDateErrors,
  capacityStatus,
  capacityStatusView,
  reassessmentsDue,
  statedImpairmentOf,
  supersedeErrors,
  type BestInterestsBody,
  type BestInterestsDecisionView,
  type CapacityAssessmentBody,
  type CapacityAssessmentView,
  type CapacityResponse,
  type FieldError,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { currentPlanVersion, loadPerson, type PersonRef } from './care-plan-repository.js';
import { assessmentsOf, bestInterestsDecisionsOf } from './capacity-read.js';
import { insertReturningId, refuseIfClosed, refuseIfInvalid } from './capacity-write-guards.js';
import type { RequestRepository } from './request-repository.js';

const resource = (kind: 'capacity_assessment' | 'best_interests_decision', person: PersonRef) => ({
  kind,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

export function getCapacity(repo: RequestRepository, personId: string): Promise<CapacityResponse> {
  const action = 'capacity.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource('capacity_assessment', person), { action, resourceId: personId });
    uow.require('read', resource('best_interests_decision', person), { action, resourceId: personId });
    const assessments = await assessmentsOf(uow, personId);
    const decisions = await bestInterestsDecisionsOf(uow, personId);
    // Without assessments, what the plan in force states about an impairment decides (the toolkit's cases a–c).
    const plan = await currentPlanVersion(uow, personId);
    const status = capacityStatusView(capacityStatus(assessments, plan ? statedImpairmentOf(plan.content) : null));
    const due = reassessmentsDue(assessments, londonDate(uow.now)).map((d) => ({
      assessmentId: d.assessment.id,
      decision: d.assessment.decision,
      reassessOn: d.reassessOn,
      overdue: d.overdue,
    }));
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        assessments: assessments.length,
        bestInterestsDecisions: decisions.length,
        status: status.kind,
        reassessmentsDue: due.length,
      },
    });
    return { personId, status, assessments, reassessmentsDue: due, bestInterestsDecisions: decisions };
  });
}

export function recordCapacityAssessment(
  repo: RequestRepository,
  personId: string,
  body: CapacityAssessmentBody,
): Promise<CapacityAssessmentView> {
  const action = 'capacity_assessment.record';
  return repo.run(async (uow) => {
    // Locked so two replacements of the same assessment cannot both pass the check below.
    const person = await loadPerson(uow, personId, action, true);
    uow.require('create', resource('capacity_assessment', person), { action, resourceId: personId });
    refuseIfClosed(person);
    const existing = await assessmentsOf(uow, personId);
    refuseIfInvalid([...capacityAssessmentDateErrors(body, londonDate(uow.now)), ...supersedeErrors(body, existing)]);
    const { decision, decisionKey, assessedOn, outcome, fluctuates, reassessOn, supersedes, supersedeReason, ...content } = body;
    const id = await insertReturningId(
      uow,
      `INSERT INTO capacity_assessments (organisation_id, person_id, decision, decision_key, assessed_on, content, outcome,
         fluctuating, reassess_on, supersedes, supersede_reason, signed_by, signed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        person.organisation_id,
        personId,
        decision,
        decisionKey,
        assessedOn,
        JSON.stringify(content),
        outcome,
        fluctuates,
        reassessOn,
        supersedes,
        supersedeReason,
        uow.actor.staffId,
        uow.now,
      ],
    );
    // Codes and dates only: the decision's words, names and evidence stay out of the audit log.
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { assessmentId: id, assessedOn, outcome, decisionKey, fluctuates, reassessOn, supersedes },
    });
    const stored = (await assessmentsOf(uow, personId)).find((a) => a.id === id);
    if (!stored) throw new Error(`capacity assessment ${id} was not read back`);
    return stored;
  });
}

export function recordBestInterestsDecision(
  repo: RequestRepository,
  personId: string,
  body: BestInterestsBody,
): Promise<BestInterestsDecisionView> {
  const action = 'best_interests_decision.record';
  type Outcome = { kind: 'refused'; error: FieldError } | { kind: 'stored'; stored: BestInterestsDecisionView };
  return repo
    .run(async (uow): Promise<Outcome> => {
      const person = await loadPerson(uow, personId, action, true);
      uow.require('create', resource('best_interests_decision', person), { action, resourceId: personId });
      refuseIfClosed(person);
      const permission = bestInterestsAllowed(body, await assessmentsOf(uow, personId));
      if (!permission.allowed) {
        await uow.audit({
          action,
          resourceType: 'person',
          resourceId: personId,
          outcome: 'refused',
          detail: { reason: permission.reason, assessmentId: body.assessmentId },
        });
        // The refusal is kept: a 400 would roll it back with the unit of work, so it is answered after the commit.
        return { kind: 'refused', error: { field: 'assessmentId', message: permission.message } };
      }
      refuseIfInvalid(bestInterestsDateErrors(body, permission.assessment, londonDate(uow.now)));
      const { decision, decisionKey, assessmentId, decidedOn, ...content } = body;
      const id = await insertReturningId(
        uow,
        `INSERT INTO best_interests_decisions (organisation_id, person_id, assessment_id, decision, decision_key, content,
         decided_on, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          person.organisation_id,
          personId,
          assessmentId,
          decision,
          decisionKey,
          JSON.stringify(content),
          decidedOn,
          uow.actor.staffId,
          uow.now,
        ],
      );
      await uow.audit({
        action,
        resourceType: 'person',
        resourceId: personId,
        detail: {
          decisionId: id,
          assessmentId,
          decidedOn,
          decisionKey,
          consulted: body.consulted.map((c) => c.relationship),
          lifeSustainingTreatment: body.lifeSustainingTreatment,
        },
      });
      const stored = (await bestInterestsDecisionsOf(uow, personId)).find((d) => d.id === id);
      if (!stored) throw new Error(`best-interests decision ${id} was not read back`);
      return { kind: 'stored', stored };
    })
    .then((result) => {
      if (result.kind === 'refused') throw new HttpError('validation', result.error.message, [result.error]);
      return result.stored;
    });
}
