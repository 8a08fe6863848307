// Reading data requests from their tables: each request with its newest update as its state, its history, the people
// it names and the export bundles made for it. No access checks or audit here; the repository decides and records.
import {
  answeredInTime,
  responseMinutes,
  timeLeft,
  type DataRequest,
  type DataRequestAnswerMethod,
  type DataRequestExport,
  type DataRequestFilter,
  type DataRequestStatus,
  type DataRequestSummary,
  type DataRequester,
} from '@hearth/core';
import type { Tx } from '../db/transaction.js';

interface SummaryRow {
  id: string;
  service_id: string;
  service_name: string;
  person_ids: string[];
  requester: DataRequester;
  what_asked: string;
  received_at: Date;
  due_at: Date;
  created_at: Date;
  update_id: string;
  status: DataRequestStatus;
  updated_at: Date;
}

const summarySelect = `
  SELECT r.id, r.service_id, sv.name AS service_name, r.person_ids, r.requester, r.what_asked, r.received_at, r.due_at, r.created_at,
         u.id AS update_id, u.status, u.updated_at
  FROM data_requests r
  JOIN services sv ON sv.id = r.service_id
  JOIN LATERAL (SELECT id, status, updated_at FROM data_request_updates WHERE request_id = r.id
                ORDER BY updated_at DESC, id DESC LIMIT 1) u ON true`;

function toSummary(r: SummaryRow, now: Date): DataRequestSummary {
  const open = r.status === 'open';
  const responded = r.status === 'answered' || r.status === 'declined';
  return {
    id: r.id,
    serviceId: r.service_id,
    serviceName: r.service_name,
    requester: { name: r.requester.name, organisation: r.requester.organisation, role: r.requester.role, email: r.requester.email, phone: r.requester.phone ?? null },
    peopleCount: r.person_ids.length,
    whatAsked: r.what_asked,
    receivedAt: r.received_at.toISOString(),
    dueAt: r.due_at.toISOString(),
    status: r.status,
    timeLeft: open ? timeLeft({ dueAt: r.due_at }, now) : null,
    closedAt: open ? null : r.updated_at.toISOString(),
    responseMinutes: responded ? responseMinutes({ receivedAt: r.received_at }, r.updated_at) : null,
    respondedInTime: responded ? answeredInTime({ dueAt: r.due_at }, r.updated_at) : null,
    latestUpdateId: r.update_id,
    createdAt: r.created_at.toISOString(),
  };
}

/** At most this many requests in one list; open ones come first, so the cut falls on the oldest closed ones. */
export const requestListLimit = 500;

export interface RequestFilter {
  /** Null means every service in the organisation (row-level security keeps it to this one). */
  serviceIds: readonly string[] | null;
  status: DataRequestFilter;
}

/** Open first, soonest due first; then closed, most recently closed first. */
export async function readRequestList(tx: Tx, filter: RequestFilter, now: Date): Promise<DataRequestSummary[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.serviceIds !== null) where.push(`r.service_id = ANY($${params.push(filter.serviceIds)}::uuid[])`);
  if (filter.status === 'open') where.push(`u.status = 'open'`);
  if (filter.status === 'closed') where.push(`u.status <> 'open'`);
  const { rows } = await tx.query<SummaryRow>(
    `${summarySelect} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY (u.status = 'open') DESC, CASE WHEN u.status = 'open' THEN r.due_at END ASC, u.updated_at DESC, r.id
     LIMIT ${requestListLimit}`,
    params,
  );
  return rows.map((r) => toSummary(r, now));
}

/** The service and people of a request, or null when the organisation holds none by that id. */
export async function requestRef(tx: Tx, id: string): Promise<{ service_id: string; person_ids: string[] } | null> {
  return (await tx.query<{ service_id: string; person_ids: string[] }>('SELECT service_id, person_ids FROM data_requests WHERE id = $1', [id])).rows[0] ?? null;
}

interface ExportRow {
  id: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  person_ids: string[];
  created_by: string;
  created_by_name: string;
  created_at: Date;
}

export async function readRequestExports(tx: Tx, requestId: string): Promise<DataRequestExport[]> {
  const { rows } = await tx.query<ExportRow>(
    `SELECT e.id, e.file_name, e.media_type, octet_length(e.bytes) AS size_bytes, e.sha256, e.person_ids, e.created_by, s.name AS created_by_name, e.created_at
     FROM record_exports e JOIN staff s ON s.id = e.created_by
     WHERE e.data_request_id = $1 AND e.purpose = 'data_request' ORDER BY e.created_at DESC, e.id DESC`,
    [requestId],
  );
  return rows.map((e) => ({
    id: e.id, fileName: e.file_name, mediaType: e.media_type, sizeBytes: e.size_bytes, sha256: e.sha256, personIds: e.person_ids,
    createdBy: { id: e.created_by, name: e.created_by_name }, createdAt: e.created_at.toISOString(),
  }));
}

/** One request with its history, people and exports, or null when the organisation holds none by that id. */
export async function readRequest(tx: Tx, id: string, now: Date): Promise<DataRequest | null> {
  const row = (await tx.query<SummaryRow & { created_by: string; created_by_name: string }>(
    `SELECT x.*, q.created_by, c.name AS created_by_name FROM (${summarySelect} WHERE r.id = $1) x
     JOIN data_requests q ON q.id = x.id JOIN staff c ON c.id = q.created_by`,
    [id],
  )).rows[0];
  if (!row) return null;
  const history = await tx.query<{ id: string; status: DataRequestStatus; detail: { method?: DataRequestAnswerMethod | null; exportId?: string | null; grantId?: string | null; note?: string | null }; updated_by: string; name: string; updated_at: Date }>(
    `SELECT u.id, u.status, u.detail, u.updated_by, s.name, u.updated_at
     FROM data_request_updates u JOIN staff s ON s.id = u.updated_by
     WHERE u.request_id = $1 ORDER BY u.updated_at DESC, u.id DESC`,
    [id],
  );
  const people = await tx.query<{ id: string; legal_name: string; preferred_name: string | null }>(
    'SELECT id, legal_name, preferred_name FROM people WHERE id = ANY($1::uuid[]) ORDER BY legal_name, id',
    [row.person_ids],
  );
  return {
    ...toSummary(row, now),
    people: people.rows.map((p) => ({ id: p.id, legalName: p.legal_name, preferredName: p.preferred_name })),
    createdBy: { id: row.created_by, name: row.created_by_name },
    history: history.rows.map((h) => ({
      id: h.id, status: h.status, method: h.detail.method ?? null, exportId: h.detail.exportId ?? null, grantId: h.detail.grantId ?? null, note: h.detail.note ?? null,
      updatedBy: { id: h.updated_by, name: h.name }, updatedAt: h.updated_at.toISOString(),
    })),
    exports: await readRequestExports(tx, id),
    now: now.toISOString(),
  };
}

/** Every request received in [from, to) with its state, oldest first, for the deadline report. */
export async function readRequestsForReport(tx: Tx, q: { serviceIds: readonly string[] | null; from: Date; to: Date }, now: Date): Promise<DataRequestSummary[]> {
  const params: unknown[] = [q.from, q.to];
  const byService = q.serviceIds === null ? '' : `AND r.service_id = ANY($${params.push(q.serviceIds)}::uuid[])`;
  const { rows } = await tx.query<SummaryRow>(`${summarySelect} WHERE r.received_at >= $1 AND r.received_at < $2 ${byService} ORDER BY r.received_at, r.id`, params);
  return rows.map((r) => toSummary(r, now));
}
