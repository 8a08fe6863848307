// Data requests from councils and professionals: log one, list them (open first, with time left), read one, close it,
// and report the share answered by the deadline. Every read and change is checked against the policy and audited.
import {
  addDays,
  dataRequestTimingErrors,
  dataRequestUpdateRefusal,
  deadlineFor,
  deadlineReport,
  londonInstant,
  type CreateDataRequestBody,
  type DataRequest,
  type DataRequestList,
  type DataRequestListQuery,
  type DataRequestReport,
  type DataRequestReportQuery,
  type DataRequestStatus,
  type DataRequestSummary,
  type DataRequestUpdateDetail,
  type FieldError,
  type UpdateDataRequestBody,
} from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { readRequest, readRequestList, readRequestsForReport, requestRef } from './data-requests-read.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

export const dataRequestResource = (uow: UnitOfWork, serviceId: string) => ({ kind: 'data_request' as const, organisationId: uow.actor.organisationId, serviceId });
const invalid = (errors: FieldError[]) => new HttpError('validation', 'Some details need correcting', errors);

/** A service of the actor's organisation, or 404 (audited) when it holds none by that id. */
async function requireService(uow: UnitOfWork, serviceId: string, action: string): Promise<void> {
  const { rows } = await uow.tx.query('SELECT 1 FROM services WHERE id = $1', [serviceId]);
  if (rows.length === 0) uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
}

/** A request's service and people, or 404 (audited) when the organisation holds none by that id. */
export async function requireRequest(uow: UnitOfWork, id: string, action: string): Promise<{ service_id: string; person_ids: string[] }> {
  const ref = await requestRef(uow.tx, id);
  if (!ref) uow.notFound({ action, resourceType: 'data_request', resourceId: id });
  return ref;
}

async function readOrFail(uow: UnitOfWork, id: string): Promise<DataRequest> {
  const found = await readRequest(uow.tx, id, uow.now);
  if (!found) throw new Error(`data request ${id} vanished within its transaction`);
  return found;
}

/**
 * Logs a request. Everyone it names must be a person of the named service (one not found, or in another service,
 * gets the same field error, so nothing is learnt about other services), and the actor must be able to read them.
 */
export function createDataRequest(repo: RequestRepository, body: CreateDataRequestBody): Promise<DataRequest> {
  const action = 'data_request.create';
  return repo.run(async (uow) => {
    const errors = dataRequestTimingErrors(body, uow.now);
    const service = await uow.tx.query('SELECT 1 FROM services WHERE id = $1', [body.serviceId]);
    if (service.rows.length === 0) throw invalid([...errors, { field: 'serviceId', message: 'Choose the service' }]);
    uow.require('create', dataRequestResource(uow, body.serviceId), { action, resourceId: body.serviceId });
    uow.require('read', { kind: 'person', organisationId: uow.actor.organisationId, serviceId: body.serviceId }, { action, resourceId: body.serviceId });
    const found = await uow.tx.query<{ id: string }>('SELECT id FROM people WHERE id = ANY($1::uuid[]) AND service_id = $2', [body.personIds, body.serviceId]);
    const inService = new Set(found.rows.map((r) => r.id));
    body.personIds.forEach((id, i) => {
      if (!inService.has(id)) errors.push({ field: `personIds.${i}`, message: 'Choose someone supported by this service' });
    });
    if (errors.length > 0) throw invalid(errors);

    const dueAt = deadlineFor(body);
    const created = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO data_requests (organisation_id, service_id, person_ids, requester, what_asked, received_at, due_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [uow.actor.organisationId, body.serviceId, body.personIds, JSON.stringify(body.requester), body.whatAsked, body.receivedAt, dueAt, uow.actor.staffId, uow.now],
    )).id;
    // The opening update carries why a later deadline was agreed, so the reason sits in the history beside it.
    const detail: DataRequestUpdateDetail = { method: null, exportId: null, note: body.dueReason };
    await uow.tx.query(
      `INSERT INTO data_request_updates (organisation_id, request_id, status, detail, updated_by, updated_at) VALUES ($1, $2, 'open', $3, $4, $5)`,
      [uow.actor.organisationId, created, JSON.stringify(detail), uow.actor.staffId, uow.now],
    );
    await uow.audit({
      action, resourceType: 'data_request', resourceId: created,
      detail: { serviceId: body.serviceId, personIds: body.personIds, requesterRole: body.requester.role, receivedAt: body.receivedAt, dueAt: dueAt.toISOString() },
    });
    return await readOrFail(uow, created);
  });
}

export function listDataRequests(repo: RequestRepository, query: DataRequestListQuery): Promise<DataRequestList> {
  const action = 'data_request.list';
  return repo.run(async (uow) => {
    const scope = uow.scope('read', 'data_request', { action });
    let serviceIds: string[] | null = scope.kind === 'services' ? scope.serviceIds : null;
    if (query.serviceId !== undefined) {
      await requireService(uow, query.serviceId, action);
      uow.require('read', dataRequestResource(uow, query.serviceId), { action, resourceId: query.serviceId });
      serviceIds = [query.serviceId];
    }
    const requests = await readRequestList(uow.tx, { serviceIds, status: query.status ?? 'open' }, uow.now);
    await uow.audit({
      action, resourceType: query.serviceId ? 'service' : 'organisation', resourceId: query.serviceId ?? uow.actor.organisationId,
      detail: { status: query.status ?? 'open', results: requests.length },
    });
    return { now: uow.now.toISOString(), requests };
  });
}

export function getDataRequest(repo: RequestRepository, id: string): Promise<DataRequest> {
  const action = 'data_request.read';
  return repo.run(async (uow) => {
    const ref = await requireRequest(uow, id, action);
    uow.require('read', dataRequestResource(uow, ref.service_id), { action, resourceId: id });
    const found = await readOrFail(uow, id);
    await uow.audit({ action, resourceType: 'data_request', resourceId: id, detail: { personIds: ref.person_ids } });
    return found;
  });
}

/**
 * Closes a request. Updates to one request are taken one at a time, one written against an older state is refused
 * (so no one closes it blind), and a closed request takes nothing more. An export named as the answer must be one
 * made for this request.
 */
export function addDataRequestUpdate(repo: RequestRepository, id: string, body: UpdateDataRequestBody): Promise<DataRequest> {
  const action = 'data_request.update';
  return repo.run(async (uow) => {
    const ref = await requireRequest(uow, id, action);
    uow.require('update', dataRequestResource(uow, ref.service_id), { action, resourceId: id });
    await uow.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hearth.data_request:${id}`]);
    const latest = onlyRow(await uow.tx.query<{ id: string; status: DataRequestStatus; updated_at: Date }>(
      'SELECT id, status, updated_at FROM data_request_updates WHERE request_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 1',
      [id],
    ));
    if (latest.id !== body.latestUpdateId) {
      throw new HttpError('conflict_stale_version', 'Someone else updated this request after you opened it. Read their update, then try again.');
    }
    const refusal = dataRequestUpdateRefusal(latest.status);
    if (refusal !== null) throw new HttpError('record_read_only', refusal);
    if (body.exportId !== null) {
      const made = await uow.tx.query("SELECT 1 FROM record_exports WHERE id = $1 AND data_request_id = $2 AND purpose = 'data_request'", [body.exportId, id]);
      if (made.rows.length === 0) throw invalid([{ field: 'exportId', message: 'Choose an export bundle made for this request' }]);
    }
    // Never before the newest update, so "newest" stays the order they were made in, whatever the clocks say.
    const at = new Date(Math.max(uow.now.getTime(), latest.updated_at.getTime() + 1));
    const detail: DataRequestUpdateDetail = { method: body.method, exportId: body.exportId, note: body.note };
    const update = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO data_request_updates (organisation_id, request_id, status, detail, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [uow.actor.organisationId, id, body.status, JSON.stringify(detail), uow.actor.staffId, at],
    )).id;
    await uow.audit({
      action, resourceType: 'data_request', resourceId: id,
      detail: { personIds: ref.person_ids, updateId: update, from: latest.status, status: body.status, method: body.method, exportId: body.exportId },
    });
    return await readOrFail(uow, id);
  });
}

/** The deadline report over requests received on the days from `from` to `to` (both included, days in England), with the requests. */
export function dataRequestReport(repo: RequestRepository, query: DataRequestReportQuery): Promise<{ report: DataRequestReport; requests: DataRequestSummary[] }> {
  const action = 'data_request.report';
  return repo.run(async (uow) => {
    const scope = uow.scope('read', 'data_request', { action });
    let serviceIds: string[] | null = scope.kind === 'services' ? scope.serviceIds : null;
    if (query.serviceId !== undefined) {
      await requireService(uow, query.serviceId, action);
      uow.require('read', dataRequestResource(uow, query.serviceId), { action, resourceId: query.serviceId });
      serviceIds = [query.serviceId];
    }
    const from = londonInstant(query.from, 0);
    const to = londonInstant(addDays(query.to, 1), 0);
    const requests = await readRequestsForReport(uow.tx, { serviceIds, from, to }, uow.now);
    const figures = deadlineReport(requests, from, to, uow.now);
    await uow.audit({
      action, resourceType: query.serviceId ? 'service' : 'organisation', resourceId: query.serviceId ?? uow.actor.organisationId,
      detail: { from: query.from, to: query.to, received: figures.received },
    });
    return { report: { from: query.from, to: query.to, serviceId: query.serviceId ?? null, now: uow.now.toISOString(), ...figures }, requests };
  });
}
