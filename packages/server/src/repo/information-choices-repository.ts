// A person's information choices for requests: read the conversations recorded, record a new one, and list the
// people whose choices are not yet discussed or due for review. Silence is never consent.
import {
  choicesDateErrors,
  informationChoicesSchema,
  informationChoicesStatus,
  isClosedStatus,
  type ChoicesAttentionRow,
  type InformationChoicesRecord,
  type InformationChoicesResponse,
  type RecordInformationChoicesBody,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { loadPerson, type PersonRef } from './care-plan-repository.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';


const choicesResource = (person: PersonRef) => ({
  kind: 'information_choices' as const,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

interface ChoicesRow {
  id: string;
  discussed_on: string;
  content: unknown;
  review_on: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

/** Every conversation about a person's information choices, newest first; the caller has checked access. */
export async function choicesHistory(uow: Pick<UnitOfWork, 'tx'>, personId: string): Promise<InformationChoicesRecord[]> {
  const { rows } = await uow.tx.query<ChoicesRow>(
    `SELECT c.id, to_char(c.discussed_on, 'YYYY-MM-DD') AS discussed_on, c.content, to_char(c.review_on, 'YYYY-MM-DD') AS review_on,
            c.recorded_by, s.name AS recorded_by_name, c.recorded_at
     FROM information_choices c JOIN staff s ON s.id = c.recorded_by
     WHERE c.person_id = $1 ORDER BY c.recorded_at DESC, c.id DESC`,
    [personId],
  );
  return rows.map((r) => {
    // Checked when saved; parsed again to give it its type and to fail loudly if it was ever altered.
    const choices = informationChoicesSchema.parse({
      ...(r.content as Record<string, unknown>),
      discussedOn: r.discussed_on,
      reviewOn: r.review_on,
    });
    return {
      id: r.id,
      ...choices,
      recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
      recordedAt: r.recorded_at.toISOString(),
    };
  });
}

async function responseFor(uow: UnitOfWork, personId: string): Promise<InformationChoicesResponse> {
  const history = await choicesHistory(uow, personId);
  const current = history[0] ?? null;
  return { personId, status: informationChoicesStatus(current, londonDate(uow.now)), current, history };
}

export function getInformationChoices(repo: RequestRepository, personId: string): Promise<InformationChoicesResponse> {
  const action = 'information_choices.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', choicesResource(person), { action, resourceId: personId });
    const response = await responseFor(uow, personId);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { conversations: response.history.length, status: response.status },
    });
    return response;
  });
}

export function recordInformationChoices(
  repo: RequestRepository,
  personId: string,
  body: RecordInformationChoicesBody,
): Promise<InformationChoicesResponse> {
  const action = 'information_choices.record';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('update', choicesResource(person), { action, resourceId: personId });
    if (isClosedStatus(person.status))
      throw new HttpError('record_read_only', 'This person\u2019s support has ended, so their record is kept as it was.');
    const errors = choicesDateErrors(body, londonDate(uow.now));
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    const { discussedOn, reviewOn, ...content } = body;
    const id = (
      await uow.tx.query<{ id: string }>(
        `INSERT INTO information_choices (organisation_id, person_id, discussed_on, content, review_on, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [person.organisation_id, personId, discussedOn, JSON.stringify(content), reviewOn, uow.actor.staffId, uow.now],
      )
    ).rows[0]?.id;
    // Codes and dates only: names and the person's words stay out of the audit log.
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        choicesId: id,
        discussedOn,
        reviewOn,
        personPresent: body.participants.personPresent,
        others: body.participants.others.length,
        optionsExplained: body.optionsExplained,
        ways: body.decision.ways,
      },
    });
    return responseFor(uow, personId);
  });
}

interface AttentionRow {
  id: string;
  service_id: string;
  legal_name: string;
  preferred_name: string | null;
  review_on: string | null;
}

/** People supported now (active or in hospital) whose choices were never discussed or are due for review. */
export function listChoicesNeedingAttention(
  repo: RequestRepository,
  query: { serviceId?: string | undefined },
): Promise<ChoicesAttentionRow[]> {
  const action = 'information_choices.attention';
  return repo.run(async (uow) => {
    const scope = uow.scope('read', 'information_choices', { action });
    if (query.serviceId !== undefined)
      uow.require(
        'read',
        { kind: 'information_choices', organisationId: uow.actor.organisationId, serviceId: query.serviceId },
        { action, resourceId: query.serviceId },
      );
    const params: unknown[] = [londonDate(uow.now)];
    const filters: string[] = [];
    if (scope.kind === 'services') filters.push(`p.service_id = ANY($${params.push(scope.serviceIds)}::uuid[])`);
    if (query.serviceId !== undefined) filters.push(`p.service_id = $${params.push(query.serviceId)}`);
    const { rows } = await uow.tx.query<AttentionRow>(
      `SELECT p.id, p.service_id, p.legal_name, p.preferred_name, to_char(latest.review_on, 'YYYY-MM-DD') AS review_on
       FROM people p
       LEFT JOIN LATERAL (
         SELECT c.review_on FROM information_choices c WHERE c.person_id = p.id ORDER BY c.recorded_at DESC, c.id DESC LIMIT 1
       ) latest ON true
       WHERE p.status IN ('active', 'in_hospital') AND (latest.review_on IS NULL OR latest.review_on <= $1::date)
       ${filters.map((f) => `AND ${f}`).join(' ')}
       ORDER BY (latest.review_on IS NOT NULL), latest.review_on, p.legal_name, p.id`,
      params,
    );
    const result = rows.map((r) => ({
      personId: r.id,
      serviceId: r.service_id,
      legalName: r.legal_name,
      preferredName: r.preferred_name,
      status: r.review_on === null ? ('not_discussed' as const) : ('review_due' as const),
      reviewOn: r.review_on,
    }));
    await uow.audit({
      action,
      resourceType: query.serviceId ? 'service' : 'organisation',
      resourceId: query.serviceId ?? uow.actor.organisationId,
      detail: { results: result.length, people: result.map((r) => r.personId) },
    });
    return result;
  });
}
