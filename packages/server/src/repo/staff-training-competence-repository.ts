// A member of staff's competence checklists and observations for requests: read them, or record one. Checked by the
// access policy (see staff-training-scope.ts) and audited; the checklist answers never go into the audit log.
import {
  buildStaffCompetenceCheck,
  type StaffCompetenceCheckPost,
  type StaffCompetenceCheckView,
  type StaffCompetenceChecksResponse,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { insertReturningId, refuseIfInvalid } from './capacity-write-guards.js';
import type { RequestRepository } from './request-repository.js';
import { competenceChecksOf } from './staff-training-read.js';
import { loadTrainedStaff, requireStaffTraining } from './staff-training-scope.js';

export function getCompetenceChecks(repo: RequestRepository, staffId: string): Promise<StaffCompetenceChecksResponse> {
  const action = 'staff_competence.read';
  return repo.run(async (uow) => {
    const staff = await loadTrainedStaff(uow, staffId, action);
    requireStaffTraining(uow, 'read', staff, action);
    const checks = await competenceChecksOf(uow, staffId);
    await uow.audit({ action, resourceType: 'staff', resourceId: staffId, detail: { checks: checks.length } });
    return { staffId, checks };
  });
}

export function recordCompetenceCheck(
  repo: RequestRepository,
  staffId: string,
  post: StaffCompetenceCheckPost,
): Promise<StaffCompetenceCheckView> {
  const action = `staff_competence.record_${post.kind}`;
  return repo.run(async (uow) => {
    const staff = await loadTrainedStaff(uow, staffId, action);
    requireStaffTraining(uow, 'create', staff, action);
    // A competence check is signed off, or an observation made, by someone other than the worker.
    if (staffId === uow.actor.staffId)
      throw new HttpError('forbidden', 'Your own competence is checked and signed off by someone else.');
    const { errors, draft } = buildStaffCompetenceCheck(post, londonDate(uow.now));
    refuseIfInvalid(errors);
    if (!draft) throw new HttpError('internal', 'The check was neither valid nor refused');
    const id = await insertReturningId(
      uow,
      `INSERT INTO staff_competence_checks (organisation_id, staff_id, kind, completed_on, body, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [uow.actor.organisationId, staffId, draft.kind, draft.completedOn, JSON.stringify(draft.body), uow.actor.staffId, uow.now],
    );
    await uow.audit({
      action,
      resourceType: 'staff',
      resourceId: staffId,
      detail: { checkId: id, kind: draft.kind, completedOn: draft.completedOn },
    });
    const stored = (await competenceChecksOf(uow, staffId)).find((c) => c.id === id);
    if (!stored) throw new HttpError('internal', 'The check was not read back');
    return stored;
  });
}
