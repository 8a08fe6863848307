// ABC records for requests: record one (once, however often the phone sends it), correct one by a replacement with a
// reason, list a person's records, open one, and analyse them. Every read and write is checked and audited; the
// audit keeps codes and counts, never the recorder's words.
import { isDeepStrictEqual } from 'node:util';
import {
  abcBehaviourNames,
  abcClearLeadRatio,
  abcFilterOf,
  abcMinimumRecordsForHypothesis,
  abcMinimumShareForHypothesis,
  abcOccurredAtErrors,
  abcRecordBodyOf,
  abcSupersedeErrors,
  analyseAbcRecords,
  filterAbcRecords,
  type AbcAnalysisResponse,
  type AbcRecordFilter,
  type AbcRecordFilterQuery,
  type AbcRecordList,
  type AbcRecordView,
  type CreateAbcRecordBody,
} from '@hearth/core';
import { HttpError } from '../http/http-error.js';
import { loadPerson, type PersonRef } from './care-plan-repository.js';
import { abcRecordRowByClientId, abcRecordRowById, abcRecordsOf, type AbcRecordRow } from './abc-records-read.js';
import { insertReturningId, refuseIfClosed, refuseIfInvalid } from './capacity-write-guards.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const resource = (person: Pick<PersonRef, 'organisation_id' | 'service_id'>) => ({
  kind: 'behaviour_record' as const,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

/** Whether a stored record is this submission: the same person, recorder and everything written. */
function isSameSubmission(row: AbcRecordRow, personId: string, staffId: string, body: CreateAbcRecordBody): boolean {
  return (
    row.person_id === personId &&
    row.recorded_by === staffId &&
    row.occurred_at.getTime() === Date.parse(body.occurredAt) &&
    row.behaviour === body.behaviour &&
    row.intensity === body.intensity &&
    row.duration_minutes === body.durationMinutes &&
    row.restrictive_intervention_used === body.restrictiveInterventionUsed &&
    row.supersedes === body.supersedes &&
    row.supersede_reason === body.supersedeReason &&
    isDeepStrictEqual(row.body, abcRecordBodyOf(body))
  );
}

/** A record already stored under this client id: the same submission answers it unchanged; anything else is a conflict. */
async function answerRepeat(
  uow: UnitOfWork,
  row: AbcRecordRow,
  person: PersonRef,
  body: CreateAbcRecordBody,
  action: string,
): Promise<AbcRecordView> {
  if (!isSameSubmission(row, person.id, uow.actor.staffId, body)) {
    throw new HttpError(
      'conflict',
      'A different ABC record was already sent from this form. Open the person\u2019s ABC records to check it, and correct it there if something needs changing.',
    );
  }
  const record = await storedRecord(uow, person.id, row.id);
  await uow.audit({ action, resourceType: 'person', resourceId: person.id, detail: { recordId: row.id, repeated: true } });
  return record;
}

async function storedRecord(uow: UnitOfWork, personId: string, id: string): Promise<AbcRecordView> {
  const found = (await abcRecordsOf(uow.tx, personId)).find((r) => r.id === id);
  if (!found) throw new Error(`ABC record ${id} was not read back`);
  return found;
}

/**
 * Records an ABC record, or a replacement of one (naming it, with a reason). `created` is false when this exact
 * submission was stored before (a retry), in which case the stored record is answered unchanged.
 */
export function createAbcRecord(
  repo: RequestRepository,
  personId: string,
  body: CreateAbcRecordBody,
): Promise<{ record: AbcRecordView; created: boolean }> {
  const action = body.supersedes === null ? 'abc_record.create' : 'abc_record.replace';
  return repo.run(async (uow) => {
    // Locked so two replacements of one record, or two sends of one client id, wait for each other.
    const person = await loadPerson(uow, personId, action, true);
    uow.require('create', resource(person), { action, resourceId: personId });
    const stored = await abcRecordRowByClientId(uow.tx, body.clientId);
    if (stored) return { record: await answerRepeat(uow, stored, person, body, action), created: false };
    refuseIfClosed(person);
    const existing = await abcRecordsOf(uow.tx, personId);
    refuseIfInvalid([...abcOccurredAtErrors(body.occurredAt, uow.now), ...abcSupersedeErrors(body.supersedes, existing)]);
    const id = await insertReturningId(
      uow,
      `INSERT INTO abc_records (organisation_id, service_id, person_id, client_id, occurred_at, behaviour, intensity, duration_minutes,
         restrictive_intervention_used, body, supersedes, supersede_reason, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        person.organisation_id,
        person.service_id,
        person.id,
        body.clientId,
        body.occurredAt,
        body.behaviour,
        body.intensity,
        body.durationMinutes,
        body.restrictiveInterventionUsed,
        JSON.stringify(abcRecordBodyOf(body)),
        body.supersedes,
        body.supersedeReason,
        uow.actor.staffId,
        uow.now,
      ],
    );
    const record = await storedRecord(uow, personId, id);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        recordId: id,
        supersedes: body.supersedes,
        occurredAt: record.occurredAt,
        intensity: body.intensity,
        antecedent: body.antecedent.category,
        consequence: body.consequence.category,
        restrictiveInterventionUsed: body.restrictiveInterventionUsed,
      },
    });
    return { record, created: true };
  });
}

function filterFrom(query: AbcRecordFilterQuery): AbcRecordFilter {
  const { filter, errors } = abcFilterOf(query);
  refuseIfInvalid(errors);
  return filter;
}

/** What the audit keeps of a filter: the days, and only whether a behaviour was chosen. */
const filterFacts = (filter: AbcRecordFilter) => ({ from: filter.from, to: filter.to, byBehaviour: filter.behaviour !== null });

/** The person's records in the filter, newest first, replaced ones kept and marked. */
export function listAbcRecords(repo: RequestRepository, personId: string, query: AbcRecordFilterQuery): Promise<AbcRecordList> {
  const action = 'abc_record.list';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource(person), { action, resourceId: personId });
    const filter = filterFrom(query);
    const all = await abcRecordsOf(uow.tx, personId);
    const records = filterAbcRecords(all, filter, true);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { ...filterFacts(filter), results: records.length },
    });
    return { personId, filter, records, behaviours: abcBehaviourNames(all) };
  });
}

/** One record, as written, with whether (and by what) it was replaced. */
export function getAbcRecord(repo: RequestRepository, id: string): Promise<AbcRecordView> {
  const action = 'abc_record.read';
  return repo.run(async (uow) => {
    const row = await abcRecordRowById(uow.tx, id);
    if (!row) return uow.notFound({ action, resourceType: 'abc_record', resourceId: id });
    // Checked against the person's service now, as their list is: whoever may list the record may open it.
    const person = await loadPerson(uow, row.person_id, action);
    uow.require('read', resource(person), { action, resourceId: row.person_id });
    const record = await storedRecord(uow, row.person_id, id);
    await uow.audit({ action, resourceType: 'person', resourceId: row.person_id, detail: { recordId: id } });
    return record;
  });
}

/** What the person's current records in the filter suggest together. */
export function analyseAbcRecordsOf(
  repo: RequestRepository,
  personId: string,
  query: AbcRecordFilterQuery,
): Promise<AbcAnalysisResponse> {
  const action = 'abc_record.analysis';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource(person), { action, resourceId: personId });
    const filter = filterFrom(query);
    const all = await abcRecordsOf(uow.tx, personId);
    const analysis = analyseAbcRecords(all, filter);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { ...filterFacts(filter), considered: analysis.considered, summary: analysis.summary.status },
    });
    return {
      personId,
      filter,
      ...analysis,
      behaviours: abcBehaviourNames(all),
      rule: {
        minimumRecords: abcMinimumRecordsForHypothesis,
        clearLeadRatio: abcClearLeadRatio,
        minimumShare: abcMinimumShareForHypothesis,
      },
    };
  });
}
