// Quality actions for requests: raise one (from an audit finding or on its own), list and read them, and record
// each update. Every read and change is checked against the policy and audited; nothing is ever changed in place.
import {
  actionOwnerRoles,
  dueDateErrors,
  isClosed,
  updateRefusal,
  type CreateQualityActionBody,
  type FieldError,
  type QualityAction,
  type QualityActionList,
  type QualityActionListQuery,
  type QualityActionOwners,
  type QualityActionStatus,
  type StaffRole,
  type UpdateQualityActionBody,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { loadPerson } from './care-plan-repository.js';
import { resolveActionSource } from './quality-action-sources.js';
import { readAction, readActionList } from './quality-actions-read.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const actionResource = (uow: UnitOfWork, serviceId: string) => ({ kind: 'quality_action' as const, organisationId: uow.actor.organisationId, serviceId });
const today = (uow: UnitOfWork) => londonDate(uow.now);

/** A service of the actor's organisation, or 404 (audited) when it holds none by that id. */
async function requireService(uow: UnitOfWork, serviceId: string, action: string): Promise<void> {
  const { rows } = await uow.tx.query('SELECT 1 FROM services WHERE id = $1', [serviceId]);
  if (rows.length === 0) uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
}

/** The service an action belongs to: the person's when it concerns one, else the one named. */
async function serviceFor(uow: UnitOfWork, q: { personId?: string | null | undefined; serviceId?: string | null | undefined }, action: string): Promise<string> {
  if (q.personId) return (await loadPerson(uow, q.personId, action)).service_id;
  if (!q.serviceId) throw new HttpError('validation', 'Some details need correcting', [{ field: 'serviceId', message: 'Choose a service' }]);
  await requireService(uow, q.serviceId, action);
  return q.serviceId;
}

/** Active staff working in the service (or across the organisation) in a role that may progress an action. */
async function ownersOf(uow: UnitOfWork, serviceId: string, staffId?: string): Promise<QualityActionOwners['owners']> {
  const params: unknown[] = [serviceId, actionOwnerRoles];
  const { rows } = await uow.tx.query<{ id: string; name: string; role: StaffRole }>(
    `SELECT DISTINCT ON (s.name, s.id) s.id, s.name, g.role
     FROM staff s JOIN staff_grants g ON g.staff_id = s.id AND g.revoked_at IS NULL
     WHERE s.status = 'active' AND g.role = ANY($2::text[]) AND (g.service_id IS NULL OR g.service_id = $1)
       ${staffId ? `AND s.id = $${params.push(staffId)}` : ''}
     ORDER BY s.name, s.id, g.granted_at`,
    params,
  );
  return rows;
}

/** Who may own an action in a service (or the person's service): for the owner list on the form. */
export function listActionOwners(repo: RequestRepository, q: { serviceId?: string | undefined; personId?: string | undefined }): Promise<QualityActionOwners> {
  const action = 'quality_action.owners';
  return repo.run(async (uow) => {
    const serviceId = await serviceFor(uow, q, action);
    uow.require('create', actionResource(uow, serviceId), { action, resourceId: serviceId });
    const owners = await ownersOf(uow, serviceId);
    await uow.audit({ action, resourceType: 'service', resourceId: serviceId, detail: { results: owners.length } });
    return { owners };
  });
}

export function createQualityAction(repo: RequestRepository, body: CreateQualityActionBody): Promise<QualityAction> {
  const action = 'quality_action.create';
  return repo.run(async (uow) => {
    const source = await resolveActionSource(uow, body);
    const errors: FieldError[] = [...dueDateErrors(body.dueDate, today(uow)), ...source.errors];
    const personId = source.personId;
    const named = source.serviceId ?? body.serviceId;
    // A source that could not be found leaves nothing to place the action in: say what was wrong with it.
    if (personId === null && named === null && source.errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    const serviceId = await serviceFor(uow, { personId, serviceId: named }, action);
    uow.require('create', actionResource(uow, serviceId), { action, resourceId: personId ?? serviceId });
    if ((await ownersOf(uow, serviceId, body.ownerId)).length === 0) {
      errors.push({ field: 'ownerId', message: 'Choose someone who works in this service and can update actions' });
    }
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);

    const created = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO quality_actions (organisation_id, service_id, person_id, plan_audit_run_id, rule_id, field, manual_audit_id, question_id,
         personalisation_assessment_id, area_id, title, detail, owner_id, due_date, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [uow.actor.organisationId, serviceId, personId, body.planAuditRunId, body.ruleId, body.planAuditRunId ? body.field : null,
        body.manualAuditId, body.questionId, body.personalisationAssessmentId, body.areaId,
        body.title, body.detail, body.ownerId, body.dueDate, uow.actor.staffId, uow.now],
    )).id;
    await uow.tx.query(
      `INSERT INTO quality_action_updates (organisation_id, action_id, status, note, updated_by, updated_at) VALUES ($1, $2, 'open', NULL, $3, $4)`,
      [uow.actor.organisationId, created, uow.actor.staffId, uow.now],
    );
    await uow.audit({
      action, resourceType: 'quality_action', resourceId: created,
      detail: {
        personId, serviceId, planAuditRunId: body.planAuditRunId, ruleId: body.ruleId, manualAuditId: body.manualAuditId,
        questionId: body.questionId, personalisationAssessmentId: body.personalisationAssessmentId, areaId: body.areaId,
        ownerId: body.ownerId, dueDate: body.dueDate,
      },
    });
    return await readOrFail(uow, created);
  });
}

/** The actions the actor may read, overdue first then by due date, with how many are overdue. */
export function listQualityActions(repo: RequestRepository, query: QualityActionListQuery): Promise<QualityActionList> {
  const action = 'quality_action.list';
  return repo.run(async (uow) => {
    const scope = uow.scope('read', 'quality_action', { action });
    let serviceIds: string[] | null = scope.kind === 'services' ? scope.serviceIds : null;
    if (query.personId !== undefined) {
      const person = await loadPerson(uow, query.personId, action);
      uow.require('read', actionResource(uow, person.service_id), { action, resourceId: person.id });
    }
    if (query.serviceId !== undefined) {
      await requireService(uow, query.serviceId, action);
      uow.require('read', actionResource(uow, query.serviceId), { action, resourceId: query.serviceId });
      serviceIds = [query.serviceId];
    }
    const day = today(uow);
    const { actions, overdueCount } = await readActionList(uow.tx, {
      serviceIds, personId: query.personId, status: query.status,
      manualAuditId: query.manualAuditId, personalisationAssessmentId: query.personalisationAssessmentId,
    }, day);
    await uow.audit({
      action, resourceType: query.personId ? 'person' : query.serviceId ? 'service' : 'organisation',
      resourceId: query.personId ?? query.serviceId ?? uow.actor.organisationId,
      detail: { status: query.status ?? null, results: actions.length, people: [...new Set(actions.flatMap((a) => (a.person ? [a.person.id] : [])))] },
    });
    return { today: day, overdueCount, actions };
  });
}

/** An action just written or checked in this unit of work, so it is there. */
async function readOrFail(uow: UnitOfWork, id: string): Promise<QualityAction> {
  const found = await readAction(uow.tx, id, today(uow));
  if (!found) throw new Error(`quality action ${id} vanished within its transaction`);
  return found;
}

/** An action's service, or 404 (audited) when the organisation holds none by that id. */
async function serviceOfAction(uow: UnitOfWork, id: string, action: string): Promise<{ service_id: string; person_id: string | null }> {
  const row = (await uow.tx.query<{ service_id: string; person_id: string | null }>('SELECT service_id, person_id FROM quality_actions WHERE id = $1', [id])).rows[0];
  if (!row) uow.notFound({ action, resourceType: 'quality_action', resourceId: id });
  return row;
}

export function getQualityAction(repo: RequestRepository, id: string): Promise<QualityAction> {
  const action = 'quality_action.read';
  return repo.run(async (uow) => {
    const ref = await serviceOfAction(uow, id, action);
    uow.require('read', actionResource(uow, ref.service_id), { action, resourceId: id });
    const found = await readOrFail(uow, id);
    await uow.audit({ action, resourceType: 'quality_action', resourceId: id, detail: { personId: ref.person_id } });
    return found;
  });
}

/**
 * Records an update. Updates to one action are taken one at a time, and one written against an older state than
 * the newest (someone else's update landed since the author opened it) is refused, so no update is made blind.
 */
export function addQualityActionUpdate(repo: RequestRepository, id: string, body: UpdateQualityActionBody): Promise<QualityAction> {
  const action = 'quality_action.update';
  return repo.run(async (uow) => {
    const ref = await serviceOfAction(uow, id, action);
    uow.require('update', actionResource(uow, ref.service_id), { action, resourceId: id });
    await uow.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hearth.quality_action:${id}`]);
    const latest = onlyRow(await uow.tx.query<{ id: string; status: QualityActionStatus; updated_at: Date }>(
      'SELECT id, status, updated_at FROM quality_action_updates WHERE action_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 1',
      [id],
    ));
    if (latest.id !== body.latestUpdateId) {
      throw new HttpError('conflict_stale_version', 'Someone else updated this action after you opened it. Read their update, then try again.');
    }
    const refusal = updateRefusal(latest.status, body);
    if (refusal) {
      if (isClosed(latest.status)) throw new HttpError('record_read_only', refusal.message);
      throw new HttpError('validation', 'Some details need correcting', [refusal]);
    }
    // Never before the newest update, so "newest" stays the order they were made in, whatever the clocks say.
    const at = new Date(Math.max(uow.now.getTime(), latest.updated_at.getTime() + 1));
    const update = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO quality_action_updates (organisation_id, action_id, status, note, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [uow.actor.organisationId, id, body.status, body.note, uow.actor.staffId, at],
    )).id;
    await uow.audit({ action, resourceType: 'quality_action', resourceId: id, detail: { personId: ref.person_id, updateId: update, from: latest.status, status: body.status } });
    return await readOrFail(uow, id);
  });
}
