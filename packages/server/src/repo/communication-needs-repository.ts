// A person's information and communication needs for requests: read them with their history, and record a new
// version (refused when someone recorded one after the version the author saw).
import {
  isClosedStatus,
  isReviewDue,
  needsDateErrors,
  needsFlag,
  preferredOutputFormat,
  type CommunicationNeedsResponse,
  type SaveCommunicationNeedsBody,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { needsVersions } from './communication-needs-read.js';
import { loadPerson, type PersonRef } from './care-plan-repository.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';


const needsResource = (person: PersonRef) => ({
  kind: 'communication_needs' as const,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

async function responseFor(uow: UnitOfWork, personId: string): Promise<CommunicationNeedsResponse> {
  const history = await needsVersions(uow, personId);
  const current = history[0] ?? null;
  return {
    personId,
    current,
    flag: needsFlag(current?.needs ?? null),
    preferredOutput: preferredOutputFormat(current?.needs ?? null),
    reviewDue: current !== null && isReviewDue(current.needs, londonDate(uow.now)),
    history,
  };
}

export function getCommunicationNeeds(repo: RequestRepository, personId: string): Promise<CommunicationNeedsResponse> {
  const action = 'communication_needs.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', needsResource(person), { action, resourceId: personId });
    const response = await responseFor(uow, personId);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { version: response.current?.version ?? null },
    });
    return response;
  });
}

export function saveCommunicationNeeds(
  repo: RequestRepository,
  personId: string,
  body: SaveCommunicationNeedsBody,
): Promise<CommunicationNeedsResponse> {
  const action = 'communication_needs.update';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('update', needsResource(person), { action, resourceId: personId });
    if (isClosedStatus(person.status))
      throw new HttpError('record_read_only', 'This person\u2019s support has ended, so their record is kept as it was.');
    const latest =
      (
        await uow.tx.query<{ version: number }>(
          'SELECT coalesce(max(version), 0)::int AS version FROM communication_needs WHERE person_id = $1',
          [personId],
        )
      ).rows[0]?.version ?? 0;
    if (body.latestVersion !== latest) {
      throw new HttpError(
        'conflict_stale_version',
        `These needs were recorded again after you opened them (they are at version ${latest}; you started from ${body.latestVersion}). Reload to see the changes, then make yours again.`,
      );
    }
    const errors = needsDateErrors(body.needs, londonDate(uow.now));
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    const version = latest + 1;
    try {
      await uow.tx.query(
        'INSERT INTO communication_needs (organisation_id, person_id, version, needs, reason, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [person.organisation_id, personId, version, JSON.stringify(body.needs), body.reason, uow.actor.staffId, uow.now],
      );
    } catch (error) {
      // Two saves from the same version at once: the second finds the first's row and is told to reload.
      if ((error as { code?: string }).code === '23505')
        throw new HttpError(
          'conflict_stale_version',
          'Someone else recorded these needs at the same moment. Reload to see their changes.',
        );
      throw error;
    }
    // Codes only: the person's words and names stay out of the audit log.
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        version,
        outcome: body.needs.outcome,
        formats: body.needs.formats,
        supports: body.needs.supports,
        contactMethod: body.needs.contactMethod,
      },
    });
    return responseFor(uow, personId);
  });
}
