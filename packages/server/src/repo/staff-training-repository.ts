// A member of staff's training records for requests, the organisation's overview and the restrictive-intervention
// flags. Every read and write is checked by the access policy (see staff-training-scope.ts) and audited.
import {
  overviewTrainingTopics,
  rrnTrainingStanding,
  staffTrainingRecordDateErrors,
  staffTrainingSupersedeErrors,
  trainingTopicStanding,
  type StaffTrainingRecordPost,
  type StaffTrainingRecordView,
  type StaffTrainingResponse,
  type TrainingFlagsResponse,
  type TrainingOverview,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { loadPerson } from './care-plan-repository.js';
import { insertReturningId, refuseIfInvalid } from './capacity-write-guards.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';
import { computeTrainingFlags, visibleTrainingFlags } from './staff-training-flags.js';
import { latestChecksOf, trainingRecordsOf } from './staff-training-read.js';
import { loadTrainedStaff, requireStaffTraining, trainedStaffInScope, type TrainedStaffRow } from './staff-training-scope.js';

export function getStaffTraining(repo: RequestRepository, staffId: string): Promise<StaffTrainingResponse> {
  const action = 'staff_training.read';
  return repo.run(async (uow) => {
    const staff = await loadTrainedStaff(uow, staffId, action);
    requireStaffTraining(uow, 'read', staff, action);
    const response = await trainingOf(uow, staff);
    await uow.audit({
      action,
      resourceType: 'staff',
      resourceId: staffId,
      detail: {
        records: response.records.length,
        standing: response.restrictivePractice.standing,
        flaggedPeople: response.flags.map((f) => f.personId),
      },
    });
    return response;
  });
}

async function trainingOf(uow: UnitOfWork, staff: TrainedStaffRow): Promise<StaffTrainingResponse> {
  const today = londonDate(uow.now);
  const records = await trainingRecordsOf(uow, [staff.id], today);
  const flags = await visibleTrainingFlags(uow, await computeTrainingFlags(uow, { staffId: staff.id }), 'read');
  return {
    staff: { id: staff.id, name: staff.name, status: staff.status, serviceIds: staff.service_ids },
    records,
    restrictivePractice: rrnTrainingStanding(records, today),
    flags,
  };
}

export function recordStaffTraining(
  repo: RequestRepository,
  staffId: string,
  post: StaffTrainingRecordPost,
): Promise<StaffTrainingRecordView> {
  const action = 'staff_training.record';
  return repo.run(async (uow) => {
    const staff = await loadTrainedStaff(uow, staffId, action, true);
    requireStaffTraining(uow, 'create', staff, action);
    const today = londonDate(uow.now);
    const existing = await trainingRecordsOf(uow, [staffId], today);
    refuseIfInvalid([...staffTrainingRecordDateErrors(post, today), ...staffTrainingSupersedeErrors(post.supersedes, existing)]);
    const id = await insertReturningId(
      uow,
      `INSERT INTO staff_training_records (organisation_id, staff_id, topic, course, training_provider, completed_on, expires_on, rrn_certified,
         certificate_reference, supersedes, supersede_reason, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        uow.actor.organisationId,
        staffId,
        post.topic,
        post.course,
        post.trainingProvider,
        post.completedOn,
        post.expiresOn,
        post.rrnCertified,
        post.certificateReference,
        post.supersedes,
        post.supersedeReason,
        uow.actor.staffId,
        uow.now,
      ],
    );
    await uow.audit({
      action,
      resourceType: 'staff',
      resourceId: staffId,
      detail: {
        recordId: id,
        topic: post.topic,
        rrnCertified: post.rrnCertified,
        completedOn: post.completedOn,
        expiresOn: post.expiresOn,
        supersedes: post.supersedes,
      },
    });
    const stored = (await trainingRecordsOf(uow, [staffId], today)).find((r) => r.id === id);
    if (!stored) throw new HttpError('internal', 'The training record was not read back');
    return stored;
  });
}

export function getTrainingOverview(repo: RequestRepository): Promise<TrainingOverview> {
  const action = 'staff_training.list';
  return repo.run(async (uow) => {
    const scope = uow.scope('list', 'staff_training', { action });
    const today = londonDate(uow.now);
    const staff = await trainedStaffInScope(uow, scope);
    const ids = staff.map((s) => s.id);
    const records = await trainingRecordsOf(uow, ids, today);
    const latest = await latestChecksOf(uow, ids);
    const flags = await visibleTrainingFlags(uow, await computeTrainingFlags(uow), 'list');
    const rows = staff.map((s) => {
      const own = records.filter((r) => r.staffId === s.id);
      const checks = latest.get(s.id);
      return {
        staffId: s.id,
        name: s.name,
        serviceIds: s.service_ids,
        roles: s.roles,
        restrictivePractice: rrnTrainingStanding(own, today),
        topics: Object.fromEntries(
          overviewTrainingTopics.map((t) => [t, trainingTopicStanding(own, t, today)]),
        ) as TrainingOverview['staff'][number]['topics'],
        lastCompetenceCheck: checks?.competence ?? null,
        lastObservation: checks?.observation ?? null,
      };
    });
    await uow.audit({
      action,
      resourceType: 'staff_training',
      detail: { staff: rows.length, flags: flags.length, flaggedPeople: [...new Set(flags.map((f) => f.personId))] },
    });
    return { staff: rows, flags };
  });
}

export function getTrainingFlags(
  repo: RequestRepository,
  query: { personId?: string | undefined; staffId?: string | undefined },
): Promise<TrainingFlagsResponse> {
  const action = 'staff_training.flags';
  return repo.run(async (uow) => {
    uow.scope('list', 'staff_training', { action });
    if (query.personId !== undefined) {
      const person = await loadPerson(uow, query.personId, action);
      uow.require(
        'read',
        { kind: 'person', organisationId: person.organisation_id, serviceId: person.service_id },
        { action, resourceId: person.id },
      );
    }
    if (query.staffId !== undefined) await loadTrainedStaff(uow, query.staffId, action);
    const flags = await visibleTrainingFlags(uow, await computeTrainingFlags(uow, query), 'list');
    await uow.audit({
      action,
      resourceType: query.personId !== undefined ? 'person' : 'staff_training',
      resourceId: query.personId ?? null,
      detail: { flags: flags.length, staffId: query.staffId ?? null, flaggedPeople: [...new Set(flags.map((f) => f.personId))] },
    });
    return { flags };
  });
}
