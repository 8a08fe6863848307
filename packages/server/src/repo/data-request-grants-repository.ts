// Data requests answered by a time-limited, read-only access grant for the named officer: give one (the grant, the
// officer's invitation and the answer in one transaction), list a request's grants with their state, and revoke one.
// Every read and change is checked against the policy and audited, naming the people the grant reaches.
import {
  accessGrantErrors,
  accessGrantRefusal,
  accessGrantState,
  grantOfficer,
  type AccessGrant,
  type AccessGrantBody,
  type AccessGrantList,
  type DataRequestStatus,
  type DataRequestUpdateDetail,
  type DataRequester,
  type FieldError,
  type IssuedAccessGrant,
  type RecordPart,
  type RevokeAccessGrantBody,
} from '@hearth/core';
import { issueExternalInvitation } from '../auth/external-invitations.js';
import type { Config } from '../config.js';
import { onlyRow } from '../db/rows.js';
import type { Tx } from '../db/transaction.js';
import { HttpError } from '../http/http-error.js';
import { readRequest } from './data-requests-read.js';
import { dataRequestResource, requireRequest } from './data-requests-repository.js';
import type { RequestRepository } from './request-repository.js';

interface GrantRow {
  id: string;
  request_id: string;
  officer_name: string;
  officer_email: string;
  person_ids: string[];
  parts: RecordPart[];
  expires_at: Date;
  created_by: string;
  created_by_name: string;
  created_at: Date;
  accepted_at: Date | null;
  reason: string | null;
  revoked_by: string | null;
  revoked_by_name: string | null;
  revoked_at: Date | null;
  people: { id: string; legalName: string }[];
}

/** A request's grants (or one of them), newest first, with who accepted and any revocation. */
async function readGrants(tx: Tx, requestId: string, now: Date, grantId: string | null = null): Promise<AccessGrant[]> {
  const { rows } = await tx.query<GrantRow>(
    `SELECT g.id, g.request_id, g.officer_name, g.officer_email, g.person_ids, g.parts, g.expires_at, g.created_by, c.name AS created_by_name,
            g.created_at, (SELECT min(i.used_at) FROM external_invitations i WHERE i.grant_id = g.id) AS accepted_at,
            v.reason, v.revoked_by, rs.name AS revoked_by_name, v.revoked_at,
            coalesce((SELECT jsonb_agg(jsonb_build_object('id', p.id, 'legalName', p.legal_name) ORDER BY p.legal_name, p.id)
                      FROM people p WHERE p.id = ANY(g.person_ids)), '[]'::jsonb) AS people
     FROM data_request_grants g
     JOIN staff c ON c.id = g.created_by
     LEFT JOIN data_request_grant_revocations v ON v.grant_id = g.id
     LEFT JOIN staff rs ON rs.id = v.revoked_by
     WHERE g.request_id = $1 AND ($2::uuid IS NULL OR g.id = $2)
     ORDER BY g.created_at DESC, g.id DESC`,
    [requestId, grantId],
  );
  return rows.map((g) => ({
    id: g.id,
    requestId: g.request_id,
    officerName: g.officer_name,
    officerEmail: g.officer_email,
    people: g.people,
    parts: g.parts,
    expiresAt: g.expires_at.toISOString(),
    state: accessGrantState({ expiresAt: g.expires_at, revokedAt: g.revoked_at }, now),
    createdBy: { id: g.created_by, name: g.created_by_name },
    createdAt: g.created_at.toISOString(),
    acceptedAt: g.accepted_at?.toISOString() ?? null,
    revocation: g.revoked_at === null || g.revoked_by === null
      ? null
      : { reason: g.reason ?? '', revokedBy: { id: g.revoked_by, name: g.revoked_by_name ?? '' }, revokedAt: g.revoked_at.toISOString() },
  }));
}

async function oneGrant(tx: Tx, requestId: string, grantId: string, now: Date): Promise<AccessGrant> {
  const [grant] = await readGrants(tx, requestId, now, grantId);
  if (!grant) throw new Error(`access grant ${grantId} vanished within its transaction`);
  return grant;
}

/**
 * Answers an open request by giving the officer read-only access to the named people's chosen parts until
 * `expiresAt`. The grant, the officer's invitation (never outliving the grant) and the "answered" update are written
 * together, so a request is never answered by a grant that does not exist, nor a grant left without its answer.
 */
export function createAccessGrant(repo: RequestRepository, config: Config, requestId: string, body: AccessGrantBody): Promise<IssuedAccessGrant> {
  const action = 'data_request_grant.create';
  return repo.run(async (uow) => {
    const ref = await requireRequest(uow, requestId, action);
    uow.require('update', dataRequestResource(uow, ref.service_id), { action, resourceId: requestId });
    await uow.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hearth.data_request:${requestId}`]);
    const latest = onlyRow(await uow.tx.query<{ id: string; status: DataRequestStatus; updated_at: Date }>(
      'SELECT id, status, updated_at FROM data_request_updates WHERE request_id = $1 ORDER BY updated_at DESC, id DESC LIMIT 1',
      [requestId],
    ));
    const refusal = accessGrantRefusal(latest.status);
    if (refusal !== null) throw new HttpError('record_read_only', refusal);
    const errors: FieldError[] = accessGrantErrors(body, { personIds: ref.person_ids }, uow.now);
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);

    const { requester } = onlyRow(await uow.tx.query<{ requester: DataRequester }>('SELECT requester FROM data_requests WHERE id = $1', [requestId]));
    const officer = grantOfficer(body, requester);
    const org = uow.actor.organisationId;
    const grantId = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO data_request_grants (organisation_id, request_id, officer_name, officer_email, person_ids, parts, expires_at, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [org, requestId, officer.name, officer.email, body.personIds, body.parts, body.expiresAt, uow.actor.staffId, uow.now],
    )).id;
    const invitation = await issueExternalInvitation(uow.tx, config, {
      organisationId: org, email: officer.email, name: officer.name, target: { grantId }, createdBy: uow.actor.staffId, now: uow.now,
      notAfter: new Date(body.expiresAt),
    });

    // The same update and audit entry as any other answer, so the register and the deadline report count it alike.
    const at = new Date(Math.max(uow.now.getTime(), latest.updated_at.getTime() + 1));
    const detail: DataRequestUpdateDetail = { method: 'access_grant', exportId: null, grantId, note: null };
    const update = onlyRow(await uow.tx.query<{ id: string }>(
      `INSERT INTO data_request_updates (organisation_id, request_id, status, detail, updated_by, updated_at) VALUES ($1, $2, 'answered', $3, $4, $5) RETURNING id`,
      [org, requestId, JSON.stringify(detail), uow.actor.staffId, at],
    )).id;
    await uow.audit({
      action: 'data_request.update', resourceType: 'data_request', resourceId: requestId,
      detail: { personIds: ref.person_ids, updateId: update, from: latest.status, status: 'answered', method: 'access_grant', exportId: null, grantId },
    });
    await uow.audit({
      action, resourceType: 'data_request_grant', resourceId: grantId,
      detail: { requestId, personIds: body.personIds, parts: body.parts, expiresAt: body.expiresAt, invitationId: invitation.id },
    });
    const request = await readRequest(uow.tx, requestId, uow.now);
    if (!request) throw new Error(`data request ${requestId} vanished within its transaction`);
    return {
      grant: await oneGrant(uow.tx, requestId, grantId, uow.now),
      request,
      invitation: { link: invitation.link, expiresAt: invitation.expiresAt.toISOString() },
    };
  });
}

export function listAccessGrants(repo: RequestRepository, requestId: string): Promise<AccessGrantList> {
  const action = 'data_request_grant.list';
  return repo.run(async (uow) => {
    const ref = await requireRequest(uow, requestId, action);
    uow.require('read', dataRequestResource(uow, ref.service_id), { action, resourceId: requestId });
    const grants = await readGrants(uow.tx, requestId, uow.now);
    await uow.audit({ action, resourceType: 'data_request', resourceId: requestId, detail: { results: grants.length } });
    return { now: uow.now.toISOString(), grants };
  });
}

/** Ends a grant at once (the officer's next request finds no access). A revoked or ended grant takes nothing more. */
export function revokeAccessGrant(repo: RequestRepository, requestId: string, grantId: string, body: RevokeAccessGrantBody): Promise<AccessGrant> {
  const action = 'data_request_grant.revoke';
  return repo.run(async (uow) => {
    const ref = await requireRequest(uow, requestId, action);
    uow.require('update', dataRequestResource(uow, ref.service_id), { action, resourceId: requestId });
    await uow.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`hearth.data_request_grant:${grantId}`]);
    const [grant] = await readGrants(uow.tx, requestId, uow.now, grantId);
    if (!grant) return uow.notFound({ action, resourceType: 'data_request_grant', resourceId: grantId });
    if (grant.state === 'revoked') throw new HttpError('record_read_only', 'This access was already revoked');
    if (grant.state === 'expired') throw new HttpError('record_read_only', 'This access has already ended, so there is nothing to revoke');
    await uow.tx.query(
      `INSERT INTO data_request_grant_revocations (grant_id, organisation_id, reason, revoked_by, revoked_at) VALUES ($1, $2, $3, $4, $5)`,
      [grantId, uow.actor.organisationId, body.reason, uow.actor.staffId, uow.now],
    );
    await uow.audit({
      action, resourceType: 'data_request_grant', resourceId: grantId,
      detail: { requestId, personIds: grant.people.map((p) => p.id), reason: body.reason },
    });
    return await oneGrant(uow.tx, requestId, grantId, uow.now);
  });
}
