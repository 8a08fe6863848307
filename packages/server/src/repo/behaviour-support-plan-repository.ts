// Behaviour support plans for requests: read the plan (the version in use, the one proposed, every version), save a
// new version started from the latest, agree the latest, and review the one in use. Every read and change is checked
// against the policy and audited; the audit keeps version numbers and codes, never the plan's words or names.
import {
  bspAgreeRefusal,
  bspChangedSections,
  bspInUseVersion,
  bspIsStaleSave,
  bspNextVersion,
  bspPastDateErrors,
  bspRestrictivePractices,
  bspReviewDateErrors,
  bspReviewDue,
  type BspAgreeBody,
  type BspPlanResponse,
  type BspReviewBody,
  type BspReviewView,
  type BspSaveBody,
  type BspVersionView,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { bspCarePlanLink, carePlanVersionNow } from './behaviour-support-plan-care-plan.js';
import {
  bspFactsOf,
  bspInUseRow,
  bspProposedRow,
  bspReviewsOf,
  bspSummaryOf,
  bspVersionRowsOf,
  bspViewOf,
  type BspVersionRow,
} from './behaviour-support-plan-read.js';
import { loadPerson, type PersonRef } from './care-plan-repository.js';
import { insertReturningId, refuseIfClosed, refuseIfInvalid } from './capacity-write-guards.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const resource = (person: PersonRef) => ({
  kind: 'behaviour_support_plan' as const,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

export function getBehaviourSupportPlan(repo: RequestRepository, personId: string): Promise<BspPlanResponse> {
  const action = 'behaviour_support_plan.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource(person), { action, resourceId: personId });
    const rows = await bspVersionRowsOf(uow.tx, personId);
    const inUseRow = bspInUseRow(rows);
    const proposedRow = bspProposedRow(rows);
    const reviews = await bspReviewsOf(
      uow.tx,
      [inUseRow, proposedRow].filter((r): r is BspVersionRow => r !== null),
    );
    const inUse = inUseRow ? bspViewOf(rows, inUseRow, reviews) : null;
    const proposed = proposedRow ? bspViewOf(rows, proposedRow, reviews) : null;
    const carePlan = await bspCarePlanLink(uow, person);
    const response: BspPlanResponse = {
      personId,
      latestVersion: rows[0]?.version ?? null,
      versions: rows.map((r) => bspSummaryOf(rows, r)),
      inUse,
      proposed: proposed ? { ...proposed, changedSections: bspChangedSections(inUse?.body ?? null, proposed.body) } : null,
      review: inUse ? bspReviewDue(inUse, londonDate(uow.now)) : null,
      carePlan,
    };
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        inUse: inUse?.version ?? null,
        proposed: proposed?.version ?? null,
        review: response.review?.status ?? null,
        carePlanVersion: carePlan?.version ?? null,
      },
    });
    return response;
  });
}

export function getBehaviourSupportPlanVersion(
  repo: RequestRepository,
  personId: string,
  version: number,
): Promise<BspVersionView> {
  const action = 'behaviour_support_plan.read_version';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource(person), { action, resourceId: personId });
    const rows = await bspVersionRowsOf(uow.tx, personId, true);
    const row = rows.find((r) => r.version === version);
    if (!row) throw new HttpError('not_found', `There is no version ${version} of this behaviour support plan`);
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { version } });
    return bspViewOf(rows, row, await bspReviewsOf(uow.tx, [row]));
  });
}

/** Reads back one version after a change, in the change's own transaction. */
async function versionAfterChange(uow: UnitOfWork, personId: string, version: number): Promise<BspVersionView> {
  const rows = await bspVersionRowsOf(uow.tx, personId);
  const row = rows.find((r) => r.version === version);
  if (!row) throw new Error(`behaviour support plan version ${version} was not read back`);
  return bspViewOf(rows, row, await bspReviewsOf(uow.tx, [row]));
}

export function saveBehaviourSupportPlanVersion(
  repo: RequestRepository,
  personId: string,
  body: BspSaveBody,
): Promise<BspVersionView> {
  const action = 'behaviour_support_plan.save';
  return repo.run(async (uow) => {
    // Locked so two saves from the same version take turns, and the second is refused as stale.
    const person = await loadPerson(uow, personId, action, true);
    uow.require('create', resource(person), { action, resourceId: personId });
    refuseIfClosed(person);
    const rows = await bspVersionRowsOf(uow.tx, personId);
    const facts = bspFactsOf(rows);
    if (bspIsStaleSave(facts, body.basedOnVersion)) {
      const latest = rows[0]?.version;
      throw new HttpError(
        'conflict_stale_version',
        latest === undefined
          ? 'This person has no behaviour support plan yet, so there is no version to start from. Reload the page and write the first version.'
          : `Someone saved version ${latest} of the plan after you opened it (you started from ${body.basedOnVersion === null ? 'a blank plan' : `version ${body.basedOnVersion}`}). Reload the plan to see their changes, then make yours again.`,
      );
    }
    const today = londonDate(uow.now);
    refuseIfInvalid(bspReviewDateErrors('reviewBy', body.reviewBy, today, today));
    const version = bspNextVersion(facts);
    const carePlanVersion = await carePlanVersionNow(uow, personId);
    const practices = bspRestrictivePractices(body.content);
    await uow.tx.query(
      `INSERT INTO behaviour_support_plan_versions
         (organisation_id, person_id, version, body, review_by, restrictive_practices, change_reason, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        person.organisation_id,
        personId,
        version,
        JSON.stringify({ ...body.content, carePlanVersion }),
        body.reviewBy,
        practices,
        body.changeReason,
        uow.actor.staffId,
        uow.now,
      ],
    );
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        version,
        basedOnVersion: body.basedOnVersion,
        reviewBy: body.reviewBy,
        restrictivePractices: practices,
        carePlanVersion,
      },
    });
    return versionAfterChange(uow, personId, version);
  });
}

export function agreeBehaviourSupportPlanVersion(
  repo: RequestRepository,
  personId: string,
  version: number,
  body: BspAgreeBody,
): Promise<BspVersionView> {
  const action = 'behaviour_support_plan.agree';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action, true);
    uow.require('agree', resource(person), { action, resourceId: personId });
    refuseIfClosed(person);
    const rows = await bspVersionRowsOf(uow.tx, personId);
    const row = rows.find((r) => r.version === version);
    switch (bspAgreeRefusal(bspFactsOf(rows), version)) {
      case 'not_found':
        throw new HttpError('not_found', `There is no version ${version} of this behaviour support plan`);
      case 'already_agreed':
        throw new HttpError('conflict', `Version ${version} has already been agreed`);
      case 'not_latest':
        throw new HttpError(
          'conflict_stale_version',
          `Version ${rows[0]?.version ?? version} of the plan was saved after version ${version}: reload the plan and agree the latest version`,
        );
      case null:
        break;
    }
    if (!row) throw new Error('the version to agree was not read');
    const a = body.agreement;
    refuseIfInvalid(
      bspPastDateErrors('agreement.agreedOn', a.agreedOn, londonDate(uow.now), londonDate(row.recorded_at), 'agreed'),
    );
    await insertReturningId(
      uow,
      `INSERT INTO behaviour_support_plan_agreements (organisation_id, plan_version_id, body, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [person.organisation_id, row.id, JSON.stringify(a), uow.actor.staffId, uow.now],
    );
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { version, agreedOn: a.agreedOn, personAgreed: a.personAgreed, representatives: a.representatives.length },
    });
    return versionAfterChange(uow, personId, version);
  });
}

export function reviewBehaviourSupportPlanVersion(
  repo: RequestRepository,
  personId: string,
  version: number,
  body: BspReviewBody,
): Promise<BspReviewView> {
  const action = 'behaviour_support_plan.review';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action, true);
    uow.require('create', resource(person), { action, resourceId: personId });
    refuseIfClosed(person);
    const rows = await bspVersionRowsOf(uow.tx, personId);
    const row = rows.find((r) => r.version === version);
    if (!row) throw new HttpError('not_found', `There is no version ${version} of this behaviour support plan`);
    const inUse = bspInUseVersion(bspFactsOf(rows));
    if (inUse !== version)
      throw new HttpError(
        inUse === null ? 'conflict' : 'conflict_stale_version',
        inUse === null
          ? 'No version of this plan has been agreed yet: agree it before reviewing it'
          : `Version ${inUse} is the plan in use now: reload the plan and review that version`,
      );
    const today = londonDate(uow.now);
    const reviewedOn = body.review.reviewedOn;
    refuseIfInvalid([
      ...bspPastDateErrors('review.reviewedOn', reviewedOn, today, londonDate(row.recorded_at), 'of the review'),
      ...bspReviewDateErrors('nextReviewBy', body.nextReviewBy, today, today),
    ]);
    const id = await insertReturningId(
      uow,
      `INSERT INTO behaviour_support_plan_reviews (organisation_id, plan_version_id, body, next_review_by, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [person.organisation_id, row.id, JSON.stringify(body.review), body.nextReviewBy, uow.actor.staffId, uow.now],
    );
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { version, reviewId: id, reviewedOn, outcome: body.review.outcome, nextReviewBy: body.nextReviewBy },
    });
    const stored = (await bspReviewsOf(uow.tx, [row])).find((r) => r.id === id);
    if (!stored) throw new Error(`behaviour support plan review ${id} was not read back`);
    return stored;
  });
}
