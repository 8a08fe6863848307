// Opening and accepting an invitation to the shared record: single use, expiring; accepting makes the outside sign-in
// (or adds the link to the one this email already has with the provider) and signs the reader in.
import { checkPassword, passwordProblemMessages, type SharedInvitationInfo } from '@hearth/core';
import type pg from 'pg';
import { appendAudit } from '../audit/audit-entry.js';
import type { Config } from '../config.js';
import { onlyRow } from '../db/rows.js';
import { actFor, inTransaction, type Tx } from '../db/transaction.js';
import { HttpError } from '../http/http-error.js';
import { createExternalSession } from './external-session-store.js';
import type { ExternalSignedIn } from './external-sign-in.js';
import { commonPasswords, hashPassword, verifyPassword } from './passwords.js';
import { hashToken } from './session-store.js';

interface InvitationRow {
  id: string;
  organisation_id: string;
  organisation_name: string;
  email: string;
  name: string;
  contact_id: string | null;
  grant_id: string | null;
  expires_at: Date;
  used_at: Date | null;
}

/** The invitation a token opens, locked when it is to be used: unknown or used answers 404, expired 410. */
async function findOpen(tx: Tx, token: string, now: Date, lock: boolean): Promise<InvitationRow> {
  const found = await tx.query<{ id: string; organisation_id: string }>('SELECT * FROM hearth_external_invitation_for_token($1)', [hashToken(token)]);
  const match = found.rows[0];
  if (!match) throw new HttpError('not_found', 'This invitation link is not known or has already been used');
  await actFor(tx, match.organisation_id);
  const row = (await tx.query<InvitationRow>(
    `SELECT i.id, i.organisation_id, o.name AS organisation_name, i.email, i.name, i.contact_id, i.grant_id, i.expires_at, i.used_at
     FROM external_invitations i JOIN organisations o ON o.id = i.organisation_id WHERE i.id = $1${lock ? ' FOR UPDATE OF i' : ''}`,
    [match.id],
  )).rows[0];
  if (!row || row.used_at !== null) throw new HttpError('not_found', 'This invitation link is not known or has already been used');
  if (row.expires_at <= now) throw new HttpError('invitation_invalid', 'This invitation link has expired: ask the provider for a new one');
  return row;
}

async function peopleNamed(tx: Tx, row: InvitationRow): Promise<string[]> {
  const { rows } = row.contact_id !== null
    ? await tx.query<{ name: string }>(
      'SELECT coalesce(p.preferred_name, p.legal_name) AS name FROM person_contacts c JOIN people p ON p.id = c.person_id WHERE c.id = $1',
      [row.contact_id],
    )
    : await tx.query<{ name: string }>(
      `SELECT coalesce(p.preferred_name, p.legal_name) AS name FROM data_request_grants g JOIN people p ON p.id = ANY(g.person_ids)
       WHERE g.id = $1 ORDER BY p.legal_name`,
      [row.grant_id],
    );
  return rows.map((r) => r.name);
}

/** The sign-in this email already has, anywhere: only one outside sign-in per email address. */
async function existingAccount(tx: Tx, email: string): Promise<{ id: string; organisation_id: string } | null> {
  return (await tx.query<{ id: string; organisation_id: string }>('SELECT * FROM hearth_external_account_for_sign_in($1)', [email])).rows[0] ?? null;
}

export function describeExternalInvitation(pool: pg.Pool, token: string, now: Date): Promise<SharedInvitationInfo> {
  return inTransaction(pool, null, async (tx) => {
    const row = await findOpen(tx, token, now, false);
    const account = await existingAccount(tx, row.email);
    return {
      name: row.name,
      email: row.email,
      organisationName: row.organisation_name,
      people: await peopleNamed(tx, row),
      kind: row.contact_id !== null ? 'contact' : 'grant',
      expiresAt: row.expires_at.toISOString(),
      hasAccount: account !== null && account.organisation_id === row.organisation_id,
    };
  });
}

export async function acceptExternalInvitation(pool: pg.Pool, config: Config, token: string, password: string, now: Date): Promise<ExternalSignedIn> {
  // The password is checked (and hashed) before the transaction that uses the invitation, so a refused one costs nothing.
  const info = await describeExternalInvitation(pool, token, now);
  let passwordHash: string | null = null;
  if (!info.hasAccount) {
    const problems = checkPassword(password, { denyList: commonPasswords(), personalWords: [info.email, info.name] });
    if (problems.length > 0) {
      const errors = problems.map((p) => ({ field: 'password', message: passwordProblemMessages[p] }));
      throw new HttpError('password_policy', errors[0]?.message, errors);
    }
    passwordHash = await hashPassword(password);
  }
  return inTransaction(pool, null, async (tx) => {
    const row = await findOpen(tx, token, now, true);
    const existing = await existingAccount(tx, row.email);
    if (existing && existing.organisation_id !== row.organisation_id) {
      throw new HttpError('conflict', 'This email address already signs in to a shared record with another provider: ask the provider to invite a different email address');
    }
    let accountId: string;
    if (existing) {
      // Linking to a sign-in that already exists needs its password, or a forwarded link would open its other records.
      const hash = (await tx.query<{ password_hash: string }>('SELECT password_hash FROM external_accounts WHERE id = $1', [existing.id])).rows[0]?.password_hash;
      if (!hash || !(await verifyPassword(hash, password))) {
        throw new HttpError('invalid_credentials', 'Enter the password you already use to sign in to the shared record', [
          { field: 'password', message: 'Enter the password you already use to sign in to the shared record' },
        ]);
      }
      accountId = existing.id;
    } else {
      if (passwordHash === null) throw new HttpError('conflict', 'This invitation changed while it was being accepted: open the link again');
      accountId = onlyRow(await tx.query<{ id: string }>(
        'INSERT INTO external_accounts (organisation_id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [row.organisation_id, row.email, row.name, passwordHash, now],
      )).id;
    }
    await tx.query(
      'INSERT INTO external_account_links (organisation_id, account_id, contact_id, grant_id, invitation_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [row.organisation_id, accountId, row.contact_id, row.grant_id, row.id, now],
    );
    await tx.query('UPDATE external_invitations SET used_at = $2, used_by = $3 WHERE id = $1', [row.id, now, accountId]);
    await appendAudit(tx, {
      organisationId: row.organisation_id, actorId: accountId, action: 'shared.invitation.accept', resourceType: 'external_invitation', resourceId: row.id,
      outcome: 'success', detail: { external: true, linkedExisting: existing !== null, contactId: row.contact_id, grantId: row.grant_id },
    });
    const session = await createExternalSession(tx, config, { accountId, organisationId: row.organisation_id, now });
    return { token: session.token, csrfToken: session.csrfToken, accountId, organisationId: row.organisation_id };
  });
}
