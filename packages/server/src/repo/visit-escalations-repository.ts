// Escalated concerns from visits for requests: the list seniors and managers work from, and each acknowledgement
// or resolution. Updates to one concern are taken one at a time, and one made against an older state is refused.
import {
  escalationUpdateRefusal,
  type EscalationListQuery,
  type EscalationStatus,
  type UpdateEscalationBody,
  type VisitEscalation,
  type VisitEscalationList,
} from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';
import { readEscalation, readEscalations } from './visit-records-read.js';

const escalationResource = (uow: UnitOfWork, serviceId: string) => ({ kind: 'visit_escalation' as const, organisationId: uow.actor.organisationId, serviceId });

/** The services a list may show: the one asked for (checked), else all the reader may see (null: the whole organisation). */
export async function servicesToShow(uow: UnitOfWork, serviceId: string | undefined, action: string): Promise<string[] | null> {
  const scope = uow.scope('read', 'visit_escalation', { action });
  if (serviceId === undefined) return scope.kind === 'services' ? scope.serviceIds : null;
  const { rows } = await uow.tx.query('SELECT 1 FROM services WHERE id = $1', [serviceId]);
  if (rows.length === 0) uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
  uow.require('read', escalationResource(uow, serviceId), { action, resourceId: serviceId });
  return [serviceId];
}

export function listEscalations(repo: RequestRepository, query: EscalationListQuery): Promise<VisitEscalationList> {
  const action = 'visit_escalation.list';
  return repo.run(async (uow) => {
    const serviceIds = await servicesToShow(uow, query.serviceId, action);
    const escalations = await readEscalations(uow.tx, { serviceIds, openOnly: query.status === 'open' });
    await uow.audit({
      action, resourceType: query.serviceId ? 'service' : 'organisation', resourceId: query.serviceId ?? uow.actor.organisationId,
      detail: { status: query.status, results: escalations.length, people: [...new Set(escalations.map((e) => e.person.id))] },
    });
    return { escalations };
  });
}

/** Where an escalation belongs, for the access check, or 404 (audited) when the organisation holds none by that id. */
async function escalationRef(uow: UnitOfWork, id: string, action: string): Promise<{ service_id: string; person_id: string }> {
  const ref = (await uow.tx.query<{ service_id: string; person_id: string }>('SELECT service_id, person_id FROM visit_escalations WHERE id = $1', [id])).rows[0];
  if (!ref) uow.notFound({ action, resourceType: 'visit_escalation', resourceId: id });
  return ref;
}

/** Records an acknowledgement or resolution, against the newest update the author saw. */
export function updateEscalation(repo: RequestRepository, id: string, body: UpdateEscalationBody): Promise<VisitEscalation> {
  const action = 'visit_escalation.update';
  return repo.run(async (uow) => {
    const ref = await escalationRef(uow, id, action);
    uow.require('update', escalationResource(uow, ref.service_id), { action, resourceId: id });
    await uow.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hearth.visit_escalation:${id}`]);
    const latest = (await uow.tx.query<{ id: string; status: Exclude<EscalationStatus, 'open'>; updated_at: Date }>(
      'SELECT id, status, updated_at FROM visit_escalation_updates WHERE escalation_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 1',
      [id],
    )).rows[0] ?? null;
    if ((latest?.id ?? null) !== body.latestUpdateId) {
      throw new HttpError('conflict_stale_version', 'Someone else updated this concern after you opened it. Read their update, then try again.');
    }
    const from: EscalationStatus = latest?.status ?? 'open';
    const refusal = escalationUpdateRefusal(from, body);
    if (refusal) {
      if (from === 'resolved') throw new HttpError('record_read_only', refusal.message);
      throw new HttpError('validation', 'Some details need correcting', [refusal]);
    }
    // Never before the newest update, so "newest" stays the order they were made in, whatever the clocks say.
    const at = new Date(Math.max(uow.now.getTime(), (latest?.updated_at.getTime() ?? 0) + 1));
    const update = onlyRow(await uow.tx.query<{ id: string }>(
      'INSERT INTO visit_escalation_updates (organisation_id, escalation_id, status, note, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [uow.actor.organisationId, id, body.status, body.note, uow.actor.staffId, at],
    )).id;
    await uow.audit({ action, resourceType: 'visit_escalation', resourceId: id, detail: { personId: ref.person_id, updateId: update, from, status: body.status } });
    const found = await readEscalation(uow.tx, id);
    if (!found) throw new Error(`visit escalation ${id} vanished within its transaction`);
    return found;
  });
}
