// Visit records for requests: the visits a person's plan sets out for a day, recording a visit (once, however
// often it is sent), reading records and adding corrections. Every read and write is checked and audited; a
// record is never changed, and escalated concerns are raised in the same transaction as the record.
import { isDeepStrictEqual } from 'node:util';
import {
  addDays,
  isClosedStatus,
  londonInstant,
  plannedVisits,
  recordTimeErrors,
  type CreateVisitAddendumBody,
  type CreateVisitRecordBody,
  type FieldError,
  type PlannedVisits,
  type VisitRecord,
  type VisitRecordList,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import { currentPlanVersion, loadPerson, type PersonRef } from './care-plan-repository.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';
import { readPersonRecords, readRecord, recordRowByClientId, recordRowById, type VisitRecordRow } from './visit-records-read.js';

const recordResource = (uow: UnitOfWork, serviceId: string) => ({ kind: 'visit_record' as const, organisationId: uow.actor.organisationId, serviceId });

async function serviceKind(uow: UnitOfWork, serviceId: string): Promise<'homecare' | 'care_home'> {
  return onlyRow(await uow.tx.query<{ kind: 'homecare' | 'care_home' }>('SELECT kind FROM services WHERE id = $1', [serviceId])).kind;
}

/** The visits the person's plan in use sets out for a day in England (today by default), with their tasks. */
export function getPlannedVisits(repo: RequestRepository, personId: string, date: string | undefined): Promise<PlannedVisits> {
  const action = 'visit_record.planned';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', recordResource(uow, person.service_id), { action, resourceId: personId });
    const day = date ?? londonDate(uow.now);
    const plan = await currentPlanVersion(uow, personId);
    const visits = plan ? plannedVisits(plan.content.sections, day) : [];
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { date: day, planVersion: plan?.version ?? null, visits: visits.length } });
    return { personId, date: day, kind: (await serviceKind(uow, person.service_id)) === 'care_home' ? 'shift' : 'visit', planVersion: plan?.version ?? null, visits };
  });
}

/** The plan version care follows now, without reading its content. */
async function planVersionInUse(uow: UnitOfWork, personId: string): Promise<number | null> {
  const { rows } = await uow.tx.query<{ version: number }>(
    `SELECT v.version FROM care_plan_versions v JOIN care_plans p ON p.id = v.plan_id
     WHERE p.person_id = $1 AND v.status IN ('in_use', 'under_review', 'agreed')
     ORDER BY (v.status = 'agreed'), v.version DESC LIMIT 1`,
    [personId],
  );
  return rows[0]?.version ?? null;
}

const sameInstant = (a: Date | null, b: string | null) => (a === null ? b === null : b !== null && a.getTime() === Date.parse(b));

/** Whether a stored record is this submission: the same person, author, times and content. */
function isSameSubmission(row: VisitRecordRow, personId: string, staffId: string, body: CreateVisitRecordBody): boolean {
  return row.person_id === personId && row.recorded_by === staffId && row.kind === body.kind && row.visit_label === body.visitLabel
    && sameInstant(row.planned_for, body.plannedFor) && sameInstant(row.arrived_at, body.arrivedAt) && sameInstant(row.left_at, body.leftAt)
    && isDeepStrictEqual(row.content, body.content);
}

/** A record already stored under this client id: the same submission again answers it unchanged; anything else is a conflict. */
async function answerRepeat(uow: UnitOfWork, row: VisitRecordRow, person: PersonRef, body: CreateVisitRecordBody, action: string): Promise<VisitRecord> {
  if (!isSameSubmission(row, person.id, uow.actor.staffId, body)) {
    throw new HttpError('conflict', 'A different visit record was already sent from this form. Open the person\u2019s visit records to check it, and add a correction there if something needs changing.');
  }
  const record = await readOrFail(uow, row.id);
  await uow.audit({ action, resourceType: 'visit_record', resourceId: row.id, detail: { personId: person.id, repeated: true } });
  return record;
}

/**
 * Records a visit. `created` is false when this exact submission was stored before (a retry), in which case the
 * stored record is answered unchanged. Two sends at once with one client id store one record: the second insert
 * waits on the first and then finds it.
 */
export function createVisitRecord(repo: RequestRepository, personId: string, body: CreateVisitRecordBody): Promise<{ record: VisitRecord; created: boolean }> {
  const action = 'visit_record.create';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('create', recordResource(uow, person.service_id), { action, resourceId: personId });
    const stored = await recordRowByClientId(uow.tx, body.clientId);
    if (stored) return { record: await answerRepeat(uow, stored, person, body, action), created: false };
    if (isClosedStatus(person.status)) throw new HttpError('record_read_only', 'This person\u2019s support has ended, so no new visits can be recorded; add a correction to an earlier record instead.');

    const errors: FieldError[] = recordTimeErrors(body, uow.now);
    const expectedKind = (await serviceKind(uow, person.service_id)) === 'care_home' ? 'shift' : 'visit';
    if (body.kind !== expectedKind) {
      errors.push({ field: 'kind', message: expectedKind === 'shift' ? 'In a care home, record a shift, not a visit' : 'In home care, record a visit, not a shift' });
    }
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);

    const inserted = (await uow.tx.query<{ id: string }>(
      `INSERT INTO visit_records (organisation_id, service_id, person_id, client_id, kind, visit_label, planned_for, arrived_at, left_at,
         plan_version, content, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (organisation_id, client_id) DO NOTHING RETURNING id`,
      [uow.actor.organisationId, person.service_id, person.id, body.clientId, body.kind, body.visitLabel, body.plannedFor, body.arrivedAt,
        body.leftAt, await planVersionInUse(uow, person.id), JSON.stringify(body.content), uow.actor.staffId, uow.now],
    )).rows[0];
    if (!inserted) {
      const raced = await recordRowByClientId(uow.tx, body.clientId);
      if (!raced) throw new Error(`visit record ${body.clientId} conflicted but cannot be read`);
      return { record: await answerRepeat(uow, raced, person, body, action), created: false };
    }
    const escalated = body.content.concerns.filter((c) => c.escalate);
    for (const concern of escalated) {
      await uow.tx.query(
        `INSERT INTO visit_escalations (organisation_id, service_id, person_id, record_id, concern, raised_by, raised_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [uow.actor.organisationId, person.service_id, person.id, inserted.id, concern.text, uow.actor.staffId, uow.now],
      );
    }
    // Read back before the audit entry: the entry takes the organisation's audit chain until the commit, so
    // nothing else should wait behind it (the visit benchmark showed records queuing on the chain).
    const record = await readOrFail(uow, inserted.id);
    await uow.audit({
      action, resourceType: 'visit_record', resourceId: inserted.id,
      detail: { personId: person.id, serviceId: person.service_id, kind: body.kind, visitLabel: body.visitLabel, escalations: escalated.length },
    });
    return { record, created: true };
  });
}

/** A record written or checked in this unit of work, so it is there. */
async function readOrFail(uow: UnitOfWork, id: string): Promise<VisitRecord> {
  const found = await readRecord(uow.tx, id);
  if (!found) throw new Error(`visit record ${id} vanished within its transaction`);
  return found;
}

/** The days to list: the last week by default; `to` may not come before `from`. */
function listRange(uow: UnitOfWork, q: { from?: string | undefined; to?: string | undefined }): { from: string; to: string } {
  const to = q.to ?? londonDate(uow.now);
  const from = q.from ?? addDays(to, -6);
  if (to < from) throw new HttpError('validation', 'Some details need correcting', [{ field: 'to', message: 'The last day must be the same as or after the first day' }]);
  if (addDays(from, 92) < to) throw new HttpError('validation', 'Some details need correcting', [{ field: 'from', message: 'Choose at most three months of records at a time' }]);
  return { from, to };
}

/** A person's records whose arrival falls on the days from `from` to `to` in England, newest first. */
export function listVisitRecords(repo: RequestRepository, personId: string, q: { from?: string | undefined; to?: string | undefined }): Promise<VisitRecordList> {
  const action = 'visit_record.list';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', recordResource(uow, person.service_id), { action, resourceId: personId });
    const { from, to } = listRange(uow, q);
    const records = await readPersonRecords(uow.tx, personId, londonInstant(from, 0), londonInstant(addDays(to, 1), 0));
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { from, to, results: records.length } });
    return { personId, from, to, records };
  });
}

/** The record's place, for the access check, or 404 (audited) when the organisation holds none by that id. */
async function recordRef(uow: UnitOfWork, id: string, action: string): Promise<VisitRecordRow> {
  const row = await recordRowById(uow.tx, id);
  if (!row) uow.notFound({ action, resourceType: 'visit_record', resourceId: id });
  return row;
}

export function getVisitRecord(repo: RequestRepository, id: string): Promise<VisitRecord> {
  const action = 'visit_record.read';
  return repo.run(async (uow) => {
    const row = await recordRef(uow, id, action);
    uow.require('read', recordResource(uow, row.service_id), { action, resourceId: id });
    const record = await readOrFail(uow, id);
    await uow.audit({ action, resourceType: 'visit_record', resourceId: id, detail: { personId: row.person_id } });
    return record;
  });
}

/** A correction or addition: a new addendum below the record, which stays exactly as it was written. */
export function addVisitAddendum(repo: RequestRepository, id: string, body: CreateVisitAddendumBody): Promise<VisitRecord> {
  const action = 'visit_record.addendum';
  return repo.run(async (uow) => {
    const row = await recordRef(uow, id, action);
    uow.require('create', recordResource(uow, row.service_id), { action, resourceId: id });
    const addendum = onlyRow(await uow.tx.query<{ id: string }>(
      'INSERT INTO visit_record_addenda (organisation_id, record_id, body, author_id, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [uow.actor.organisationId, id, body.body, uow.actor.staffId, uow.now],
    )).id;
    const record = await readOrFail(uow, id);
    await uow.audit({ action, resourceType: 'visit_record', resourceId: id, detail: { personId: row.person_id, addendumId: addendum } });
    return record;
  });
}
