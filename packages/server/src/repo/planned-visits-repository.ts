// Planned visits for requests: plan one, cancel one with a reason, read one, a service's day of visits (the rounds)
// and the signed-in worker's own. Every read and change is checked by the policy and audited; a visit is never
// changed or removed, only cancelled.
import {
  myPlannedVisitsRange,
  plannedVisitTimeErrors,
  type MyPlannedVisits,
  type PlannedVisitCancelBody,
  type PlannedVisitCreateBody,
  type PlannedVisitDay,
  type PlannedVisitView,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { loadPerson } from './care-plan-repository.js';
import { insertReturningId, refuseIfClosed, refuseIfInvalid } from './capacity-write-guards.js';
import { isWorkerOfService, visitById, visitsOfServiceDay, visitsOfWorker, workersOfService } from './planned-visits-read.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const resource = (uow: UnitOfWork, serviceId: string | null) => ({
  kind: 'planned_visit' as const,
  organisationId: uow.actor.organisationId,
  serviceId,
});

/** Times, not names or notes: who and when is what the audit needs. */
const auditOf = (visit: PlannedVisitView) => ({
  visitId: visit.id,
  staffId: visit.staff.id,
  startsAt: visit.startsAt,
  endsAt: visit.endsAt,
});

export function planVisit(repo: RequestRepository, body: PlannedVisitCreateBody): Promise<PlannedVisitView> {
  const action = 'planned_visit.create';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, body.personId, action);
    uow.require('create', resource(uow, person.service_id), { action, resourceId: person.id });
    refuseIfClosed(person);
    const isWorker = await isWorkerOfService(uow, body.staffId, person.service_id);
    refuseIfInvalid([
      ...(isWorker ? [] : [{ field: 'staffId', message: 'Choose a care worker who works in this person\u2019s service' }]),
      ...plannedVisitTimeErrors(body, uow.now),
    ]);
    const id = await insertReturningId(
      uow,
      `INSERT INTO planned_visits (organisation_id, service_id, person_id, staff_id, starts_at, ends_at, label, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [person.organisation_id, person.service_id, person.id, body.staffId, body.startsAt, body.endsAt, body.label, uow.actor.staffId, uow.now],
    );
    const visit = await readBack(uow, id);
    await uow.audit({ action, resourceType: 'person', resourceId: person.id, detail: auditOf(visit) });
    return visit;
  });
}

export function cancelVisit(repo: RequestRepository, visitId: string, body: PlannedVisitCancelBody): Promise<PlannedVisitView> {
  const action = 'planned_visit.cancel';
  return repo.run(async (uow) => {
    const visit = await visitById(uow, visitId);
    if (!visit) return uow.notFound({ action, resourceType: 'planned_visit', resourceId: visitId });
    uow.require('update', resource(uow, visit.serviceId), { action, resourceId: visitId });
    // The visit's id is the cancellation's key, so of two cancellations at once only one is stored.
    const inserted = await uow.tx.query(
      `INSERT INTO planned_visit_cancellations (visit_id, organisation_id, reason, cancelled_by, cancelled_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (visit_id) DO NOTHING`,
      [visitId, uow.actor.organisationId, body.reason, uow.actor.staffId, uow.now],
    );
    if (inserted.rowCount === 0) throw new HttpError('conflict', 'This visit was cancelled already.');
    const cancelled = await readBack(uow, visitId);
    await uow.audit({ action, resourceType: 'person', resourceId: visit.person.id, detail: auditOf(cancelled) });
    return cancelled;
  });
}

export function getPlannedVisit(repo: RequestRepository, visitId: string): Promise<PlannedVisitView> {
  const action = 'planned_visit.read';
  return repo.run(async (uow) => {
    const visit = await visitById(uow, visitId);
    if (!visit) return uow.notFound({ action, resourceType: 'planned_visit', resourceId: visitId });
    uow.require('read', resource(uow, visit.serviceId), { action, resourceId: visitId });
    await uow.audit({ action, resourceType: 'person', resourceId: visit.person.id, detail: { visitId } });
    return visit;
  });
}

/** A service's visits starting on a day in England (today when none is given), and who may be put on its rounds. */
export function plannedVisitDay(repo: RequestRepository, serviceId: string, date: string | undefined): Promise<PlannedVisitDay> {
  const action = 'planned_visit.list_day';
  return repo.run(async (uow) => {
    const service = await uow.tx.query('SELECT 1 FROM services WHERE id = $1', [serviceId]);
    if (service.rowCount === 0) return uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
    uow.require('list', resource(uow, serviceId), { action, resourceId: serviceId });
    const day = date ?? londonDate(uow.now);
    const visits = await visitsOfServiceDay(uow, serviceId, day);
    const workers = uow.allows('create', resource(uow, serviceId)) ? await workersOfService(uow, serviceId) : [];
    await uow.audit({
      action,
      resourceType: 'service',
      resourceId: serviceId,
      detail: { date: day, visits: visits.length, people: [...new Set(visits.map((v) => v.person.id))] },
    });
    return { serviceId, date: day, visits, workers };
  });
}

/** The signed-in worker's visits from the start of today through tomorrow (and 36 hours on), in their services. */
export function myPlannedVisits(repo: RequestRepository): Promise<MyPlannedVisits> {
  const action = 'planned_visit.list_mine';
  return repo.run(async (uow) => {
    const scope = uow.scope('list', 'planned_visit', { action });
    const range = myPlannedVisitsRange(uow.now);
    const visits = await visitsOfWorker(uow, uow.actor.staffId, range, scope.kind === 'organisation' ? null : scope.serviceIds);
    await uow.audit({
      action,
      resourceType: 'staff',
      resourceId: uow.actor.staffId,
      detail: { visits: visits.length, people: [...new Set(visits.map((v) => v.person.id))] },
    });
    return { from: range.from.toISOString(), to: range.to.toISOString(), visits };
  });
}

async function readBack(uow: UnitOfWork, id: string): Promise<PlannedVisitView> {
  const visit = await visitById(uow, id);
  if (!visit) throw new Error(`planned visit ${id} was not read back`);
  return visit;
}
