// A person's restrictive-intervention register for requests: read it (each use with its debriefs, what needs
// attention, their trend), record a use (once, however often it is sent; or a correction replacing one, with a
// reason), and record a debrief with the person or with staff. Every read and write is checked and audited.
import { isDeepStrictEqual } from 'node:util';
import {
  restrictiveInterventionAttention,
  restrictiveInterventionDebriefDateErrors,
  restrictiveInterventionTimeErrors,
  restrictiveInterventionTrend,
  type FieldError,
  type RestrictiveInterventionDebriefPost,
  type RestrictiveInterventionPost,
  type RestrictiveInterventionRegister,
  type RestrictiveInterventionView,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { loadPerson, type PersonRef } from './care-plan-repository.js';
import { insertReturningId, refuseIfClosed, refuseIfInvalid } from './capacity-write-guards.js';
import {
  abcChoicesOf,
  interventionRowByClientId,
  personInterventionViews,
  type InterventionRow,
} from './restrictive-interventions-read.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const resource = (person: Pick<PersonRef, 'organisation_id' | 'service_id'>) => ({
  kind: 'restrictive_intervention' as const,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

/** The person's register over the last 12 months of trend, with the ABC records a new use may be linked to. */
export function getRestrictiveInterventions(repo: RequestRepository, personId: string): Promise<RestrictiveInterventionRegister> {
  const action = 'restrictive_intervention.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource(person), { action, resourceId: personId });
    const { views, debriefs } = await personInterventionViews(uow.tx, personId, uow.now);
    const facts = views.map((v) => ({
      id: v.id,
      supersedes: v.supersedes,
      startedAt: v.startedAt,
      followedPlan: v.followedPlan,
      kind: v.kind,
      durationMinutes: v.durationMinutes,
    }));
    const mayReadAbc = uow.allows('read', {
      kind: 'behaviour_record',
      organisationId: person.organisation_id,
      serviceId: person.service_id,
    });
    const abcRecords = mayReadAbc ? await abcChoicesOf(uow.tx, personId, uow.now) : [];
    const register: RestrictiveInterventionRegister = {
      personId,
      interventions: views,
      attention: restrictiveInterventionAttention(facts, debriefs, uow.now),
      trend: restrictiveInterventionTrend(facts, 12, uow.now),
      abcRecords,
    };
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { records: views.length, attention: register.attention.map((a) => a.kind), abcChoices: abcRecords.length },
    });
    return register;
  });
}

const sameInstant = (a: Date, b: string) => a.getTime() === Date.parse(b);

/** Whether a stored record is this submission: the same person, recorder, facts and words. */
function isSameSubmission(row: InterventionRow, personId: string, staffId: string, post: RestrictiveInterventionPost): boolean {
  return (
    row.person_id === personId &&
    row.recorded_by === staffId &&
    row.kind === post.kind &&
    sameInstant(row.started_at, post.startedAt) &&
    row.duration_minutes === post.durationMinutes &&
    row.followed_plan === post.followedPlan &&
    row.abc_record_id === post.abcRecordId &&
    row.supersedes === post.supersedes &&
    row.supersede_reason === post.supersedeReason &&
    isDeepStrictEqual(row.body, post.body)
  );
}

/** A record already stored under this client id: the same submission again answers it unchanged; anything else is a conflict. */
async function answerRepeat(
  uow: UnitOfWork,
  row: InterventionRow,
  person: PersonRef,
  post: RestrictiveInterventionPost,
  action: string,
): Promise<RestrictiveInterventionView> {
  if (!isSameSubmission(row, person.id, uow.actor.staffId, post))
    throw new HttpError(
      'conflict',
      'A different restrictive intervention was already sent from this form. Open the person\u2019s register to check it, and correct it there if something needs changing.',
    );
  await uow.audit({ action, resourceType: 'person', resourceId: person.id, detail: { recordId: row.id, repeated: true } });
  return readBack(uow, person.id, row.id);
}

async function readBack(uow: UnitOfWork, personId: string, id: string): Promise<RestrictiveInterventionView> {
  const found = (await personInterventionViews(uow.tx, personId, uow.now)).views.find((v) => v.id === id);
  if (!found) throw new Error(`restrictive intervention ${id} was not read back`);
  return found;
}

/**
 * Records a use. `created` is false when this exact submission was stored before (a retry), answered unchanged.
 * Two sends at once with one client id store one record: the second insert waits on the first and then finds it.
 */
export function recordRestrictiveIntervention(
  repo: RequestRepository,
  personId: string,
  post: RestrictiveInterventionPost,
): Promise<{ record: RestrictiveInterventionView; created: boolean }> {
  const action = 'restrictive_intervention.record';
  return repo.run(async (uow) => {
    // Locked so two corrections of the same record cannot both pass the checks below.
    const person = await loadPerson(uow, personId, action, true);
    uow.require('create', resource(person), { action, resourceId: personId });
    const stored = await interventionRowByClientId(uow.tx, post.clientId);
    if (stored) return { record: await answerRepeat(uow, stored, person, post, action), created: false };
    refuseIfClosed(person);
    refuseIfInvalid([
      ...restrictiveInterventionTimeErrors(post, uow.now),
      ...(await abcLinkErrors(uow, personId, post.abcRecordId)),
      ...(await supersedeErrors(uow, personId, post.supersedes)),
    ]);
    const inserted = (
      await uow.tx.query<{ id: string }>(
        `INSERT INTO restrictive_interventions (organisation_id, service_id, person_id, client_id, kind, started_at, duration_minutes,
           followed_plan, abc_record_id, body, supersedes, supersede_reason, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT (organisation_id, client_id) DO NOTHING RETURNING id`,
        [
          person.organisation_id,
          person.service_id,
          personId,
          post.clientId,
          post.kind,
          post.startedAt,
          post.durationMinutes,
          post.followedPlan,
          post.abcRecordId,
          JSON.stringify(post.body),
          post.supersedes,
          post.supersedeReason,
          uow.actor.staffId,
          uow.now,
        ],
      )
    ).rows[0];
    const id = inserted?.id ?? null;
    if (id === null) {
      const raced = await interventionRowByClientId(uow.tx, post.clientId);
      if (!raced) throw new Error(`restrictive intervention ${post.clientId} conflicted but cannot be read`);
      return { record: await answerRepeat(uow, raced, person, post, action), created: false };
    }
    const record = await readBack(uow, personId, id);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      // Codes, times and yes/no facts only: names, reasons and the person's words stay out of the audit log.
      detail: {
        recordId: id,
        serviceId: person.service_id,
        kind: post.kind,
        startedAt: post.startedAt,
        durationMinutes: post.durationMinutes,
        followedPlan: post.followedPlan,
        abcRecordId: post.abcRecordId,
        supersedes: post.supersedes,
        personInjured: post.body.personInjury.injured,
        staffInjured: post.body.staffInjury.injured,
        lessRestrictiveTried: post.body.lessRestrictive.tried.length,
      },
    });
    return { record, created: true };
  });
}

/** A linked ABC record must be one of the person's own. */
async function abcLinkErrors(uow: UnitOfWork, personId: string, abcRecordId: string | null): Promise<FieldError[]> {
  if (abcRecordId === null) return [];
  const found = await uow.tx.query('SELECT 1 FROM abc_records WHERE id = $1 AND person_id = $2', [abcRecordId, personId]);
  return found.rowCount === 0 ? [{ field: 'abcRecordId', message: 'Choose one of this person\u2019s ABC records' }] : [];
}

/** A correction replaces one of the person's records that nothing has replaced yet. */
async function supersedeErrors(uow: UnitOfWork, personId: string, supersedes: string | null): Promise<FieldError[]> {
  if (supersedes === null) return [];
  const { rows } = await uow.tx.query<{ replaced: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM restrictive_interventions later WHERE later.supersedes = r.id) AS replaced
     FROM restrictive_interventions r WHERE r.id = $1 AND r.person_id = $2`,
    [supersedes, personId],
  );
  const target = rows[0];
  if (!target) return [{ field: 'supersedes', message: 'Choose one of this person\u2019s restrictive interventions to correct' }];
  if (target.replaced) return [{ field: 'supersedes', message: 'That record has already been corrected by a newer one' }];
  return [];
}

interface InterventionRef {
  id: string;
  person_id: string;
  started_at: Date;
  replaced: boolean;
  organisation_id: string;
  service_id: string;
  status: PersonRef['status'];
}

/** The use and its person's place, for the access check, or 404 (audited) when the organisation holds none by that id. */
async function interventionRef(uow: UnitOfWork, interventionId: string, action: string): Promise<InterventionRef> {
  const ref = (
    await uow.tx.query<InterventionRef>(
      `SELECT r.id, r.person_id, r.started_at, p.organisation_id, p.service_id, p.status,
         EXISTS (SELECT 1 FROM restrictive_interventions later WHERE later.supersedes = r.id) AS replaced
       FROM restrictive_interventions r JOIN people p ON p.id = r.person_id WHERE r.id = $1`,
      [interventionId],
    )
  ).rows[0];
  if (!ref) uow.notFound({ action, resourceType: 'restrictive_intervention', resourceId: interventionId });
  return ref;
}

/** Records a debrief against the current version of a use. */
export function recordRestrictiveInterventionDebrief(
  repo: RequestRepository,
  interventionId: string,
  post: RestrictiveInterventionDebriefPost,
): Promise<RestrictiveInterventionView> {
  const action = 'restrictive_intervention.debrief';
  return repo.run(async (uow) => {
    const ref = await interventionRef(uow, interventionId, action);
    uow.require('create', resource(ref), { action, resourceId: interventionId });
    refuseIfClosed({ id: ref.person_id, organisation_id: ref.organisation_id, service_id: ref.service_id, status: ref.status });
    if (ref.replaced)
      throw new HttpError(
        'conflict',
        'This record has been corrected by a newer one: record the debrief against the newer record.',
      );
    refuseIfInvalid(restrictiveInterventionDebriefDateErrors(post.heldOn, ref.started_at.toISOString(), londonDate(uow.now)));
    const debriefId = await insertReturningId(
      uow,
      `INSERT INTO restrictive_intervention_debriefs (organisation_id, intervention_id, with_whom, held_on, body, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [ref.organisation_id, interventionId, post.withWhom, post.heldOn, JSON.stringify(post.body), uow.actor.staffId, uow.now],
    );
    const record = await readBack(uow, ref.person_id, interventionId);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: ref.person_id,
      detail: {
        recordId: interventionId,
        debriefId,
        withWhom: post.withWhom,
        heldOn: post.heldOn,
        planChangeNeeded: post.body.planChange.needed,
      },
    });
    return record;
  });
}
