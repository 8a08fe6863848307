// Accepting an invitation: single use, expiring, and the password chosen must meet the policy.
import { checkPassword, passwordProblemMessages, type AcceptInvitationBody, type InvitationInfo } from '@hearth/core';
import type pg from 'pg';
import { appendAudit } from '../audit/audit-entry.js';
import { onlyRow } from '../db/rows.js';
import { actFor, inTransaction, type Tx } from '../db/transaction.js';
import { HttpError } from '../http/http-error.js';
import { commonPasswords, hashPassword } from './passwords.js';
import { hashToken } from './session-store.js';

interface InvitationRow {
  id: string;
  organisation_id: string;
  email: string;
  role: InvitationInfo['role'];
  service_id: string | null;
  service_name: string | null;
  organisation_name: string;
  expires_at: Date;
  used_at: Date | null;
  created_by: string;
}

async function findUsable(tx: Tx, token: string, now: Date): Promise<InvitationRow> {
  const found = await tx.query<{ id: string; organisation_id: string }>('SELECT * FROM hearth_invitation_for_token($1)', [hashToken(token)]);
  const match = found.rows[0];
  if (!match) throw new HttpError('invitation_invalid');
  await actFor(tx, match.organisation_id);
  const { rows } = await tx.query<InvitationRow>(
    `SELECT i.id, i.organisation_id, i.email, i.role, i.service_id, sv.name AS service_name, o.name AS organisation_name,
            i.expires_at, i.used_at, i.created_by
     FROM invitations i JOIN organisations o ON o.id = i.organisation_id LEFT JOIN services sv ON sv.id = i.service_id
     WHERE i.id = $1 FOR UPDATE OF i`,
    [match.id],
  );
  const row = rows[0];
  if (!row || row.used_at !== null || row.expires_at <= now) throw new HttpError('invitation_invalid');
  return row;
}

export function describeInvitation(pool: pg.Pool, token: string, now: Date): Promise<InvitationInfo> {
  return inTransaction(pool, null, async (tx) => {
    const row = await findUsable(tx, token, now);
    return { email: row.email, organisationName: row.organisation_name, role: row.role, serviceName: row.service_name, expiresAt: row.expires_at.toISOString() };
  });
}

export async function acceptInvitation(pool: pg.Pool, token: string, body: AcceptInvitationBody, now: Date): Promise<void> {
  // Check the password before hashing inside the transaction, so a refused one costs nothing.
  const info = await describeInvitation(pool, token, now);
  const problems = checkPassword(body.password, { denyList: commonPasswords(), personalWords: [info.email, body.name] });
  if (problems.length > 0) {
    const errors = problems.map((p) => ({ field: 'password', message: passwordProblemMessages[p] }));
    throw new HttpError('password_policy', errors[0]?.message, errors);
  }
  const passwordHash = await hashPassword(body.password);
  await inTransaction(pool, null, async (tx) => {
    const row = await findUsable(tx, token, now);
    const inUse = await tx.query<{ used: boolean }>('SELECT hearth_email_in_use($1) AS used', [row.email]);
    if (inUse.rows[0]?.used) throw new HttpError('invitation_invalid', 'This email address already has an account');
    const staff = await tx.query<{ id: string }>(
      'INSERT INTO staff (organisation_id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [row.organisation_id, row.email, body.name, passwordHash, now],
    );
    const staffId = onlyRow(staff).id;
    await tx.query(
      'INSERT INTO staff_grants (organisation_id, staff_id, role, service_id, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [row.organisation_id, staffId, row.role, row.service_id, row.created_by, now],
    );
    await tx.query('UPDATE invitations SET used_at = $2, used_by = $3 WHERE id = $1', [row.id, now, staffId]);
    await appendAudit(tx, { organisationId: row.organisation_id, actorId: staffId, action: 'invitation.accept', resourceType: 'invitation', resourceId: row.id, outcome: 'success' });
  });
}
