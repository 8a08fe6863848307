// Export bundles for data requests: make one of the named people's records for a request and keep exactly what was
// made (bytes and SHA-256); it is downloaded through GET /api/record-exports/:id/file. Each is checked against the policy and audited, naming
// every person whose records it holds.
import { createHash } from 'node:crypto';
import { londonDay, type DataRequestExport, type DataRequestStatus, type DataRequester } from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { buildBundle, bundleVisitDays, type BundlePerson } from './data-requests-bundle.js';
import { readRequestExports } from './data-requests-read.js';
import { requireRequest } from './data-requests-repository.js';
import { currentPlanVersion } from './care-plan-repository.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';
import { effectiveSectionDefinitions } from './section-definitions-repository.js';
import { readPersonRecords } from './visit-records-read.js';

const zipType = 'application/zip';

interface RecordRow {
  id: string;
  legal_name: string;
  preferred_name: string | null;
  pronouns: string | null;
  date_of_birth: string;
  nhs_number: string | null;
  address: unknown;
  contacts: unknown;
  gp: unknown;
  service_start_date: string | null;
  status: string;
  status_date: string | null;
  alerts: unknown;
}

/** The register entry as shared: no key-safe code or entry details, whoever asks. */
async function recordsOf(uow: UnitOfWork, personIds: string[]): Promise<Map<string, RecordRow>> {
  const { rows } = await uow.tx.query<RecordRow>(
    `SELECT id, legal_name, preferred_name, pronouns, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth, nhs_number, address, contacts, gp,
            to_char(service_start_date, 'YYYY-MM-DD') AS service_start_date, status, to_char(status_date, 'YYYY-MM-DD') AS status_date, alerts
     FROM people WHERE id = ANY($1::uuid[])`,
    [personIds],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

const toRecord = (r: RecordRow): BundlePerson['record'] => ({
  legalName: r.legal_name, preferredName: r.preferred_name, pronouns: r.pronouns, dateOfBirth: r.date_of_birth, nhsNumber: r.nhs_number,
  address: r.address, contacts: r.contacts, gp: r.gp, serviceStartDate: r.service_start_date, status: r.status, statusDate: r.status_date, alerts: r.alerts,
});

/**
 * Makes the bundle for a request: every person it names (and only them), each read under the policy for their
 * record, plan and visit records. A closed request gets no new bundle: what was sent is already kept.
 */
export function makeDataRequestExport(repo: RequestRepository, requestId: string): Promise<DataRequestExport> {
  const action = 'record_export.create';
  return repo.run(async (uow) => {
    const ref = await requireRequest(uow, requestId, action);
    const org = uow.actor.organisationId;
    uow.require('create', { kind: 'record_export', organisationId: org, serviceId: ref.service_id }, { action, resourceId: requestId });
    uow.require('read', { kind: 'data_request', organisationId: org, serviceId: ref.service_id }, { action, resourceId: requestId });
    const request = onlyRow(await uow.tx.query<{ requester: DataRequester; what_asked: string; received_at: Date; due_at: Date; service_name: string; organisation_name: string; status: DataRequestStatus }>(
      `SELECT r.requester, r.what_asked, r.received_at, r.due_at, s.name AS service_name, o.name AS organisation_name,
              (SELECT status FROM data_request_updates WHERE request_id = r.id ORDER BY updated_at DESC, id DESC LIMIT 1) AS status
       FROM data_requests r JOIN services s ON s.id = r.service_id JOIN organisations o ON o.id = r.organisation_id WHERE r.id = $1`,
      [requestId],
    ));
    if (request.status !== 'open') throw new HttpError('record_read_only', 'This request is closed, so no new export bundle is made for it');

    const records = await recordsOf(uow, ref.person_ids);
    const since = new Date(uow.now.getTime() - bundleVisitDays * 24 * 3_600_000);
    const people: BundlePerson[] = [];
    for (const personId of ref.person_ids) {
      const record = records.get(personId);
      if (!record) throw new Error(`data request ${requestId} names person ${personId}, who is not in the organisation`);
      for (const kind of ['person', 'care_plan', 'visit_record'] as const) {
        uow.require('read', { kind, organisationId: org, serviceId: ref.service_id }, { action, resourceId: personId });
      }
      people.push({
        id: personId,
        record: toRecord(record),
        plan: await currentPlanVersion(uow, personId),
        visits: await readPersonRecords(uow.tx, personId, since, new Date(uow.now.getTime() + 60_000)),
      });
    }
    const madeBy = onlyRow(await uow.tx.query<{ name: string }>('SELECT name FROM staff WHERE id = $1', [uow.actor.staffId])).name;
    const bytes = Buffer.from(buildBundle({
      requestId, requester: request.requester, whatAsked: request.what_asked, receivedAt: request.received_at, dueAt: request.due_at,
      status: request.status, serviceName: request.service_name, organisationName: request.organisation_name, madeBy, madeAt: uow.now,
      people, definitions: await effectiveSectionDefinitions(uow),
    }));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fileName = `data-request-${londonDay(uow.now)}-${requestId.slice(0, 8)}.zip`;
    const id = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO record_exports (organisation_id, purpose, data_request_id, person_ids, file_name, media_type, bytes, sha256, created_by, created_at)
       VALUES ($1, 'data_request', $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [org, requestId, ref.person_ids, fileName, zipType, bytes, sha256, uow.actor.staffId, uow.now],
    )).id;
    await uow.audit({
      action, resourceType: 'record_export', resourceId: id,
      detail: { purpose: 'data_request', dataRequestId: requestId, personIds: ref.person_ids, sha256, visitDays: bundleVisitDays },
    });
    const made = (await readRequestExports(uow.tx, requestId)).find((e) => e.id === id);
    if (!made) throw new Error(`record export ${id} vanished within its transaction`);
    return made;
  });
}
