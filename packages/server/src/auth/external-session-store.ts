// Sessions for outside readers (the person, family, advocates, officers): kept apart from staff sessions, with their
// own cookie, so a staff route never accepts one and an outside route never accepts a staff session.
import type pg from 'pg';
import type { Config } from '../config.js';
import type { Tx } from '../db/transaction.js';
import { hashToken, randomToken } from './session-store.js';

export interface ExternalSession {
  idHash: string;
  accountId: string;
  organisationId: string;
  csrfToken: string;
  lastSeenAt: Date;
  expiresAt: Date;
}

const touchIntervalMs = 15_000;

export async function createExternalSession(
  tx: Tx,
  config: Config,
  input: { accountId: string; organisationId: string; now: Date },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(input.now.getTime() + config.sessionLifetimeSeconds * 1000);
  await tx.query(
    `INSERT INTO external_sessions (id_hash, account_id, organisation_id, csrf_token, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $5, $6)`,
    [hashToken(token), input.accountId, input.organisationId, csrfToken, input.now, expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

export type ExternalSessionLookup = { state: 'valid'; session: ExternalSession } | { state: 'none' } | { state: 'expired' | 'idle'; session: ExternalSession };

export async function findExternalSession(pool: pg.Pool, config: Config, token: string, now: Date): Promise<ExternalSessionLookup> {
  const { rows } = await pool.query<{
    id_hash: string;
    account_id: string;
    organisation_id: string;
    csrf_token: string;
    last_seen_at: Date;
    expires_at: Date;
    ended_at: Date | null;
  }>('SELECT * FROM external_sessions WHERE id_hash = $1', [hashToken(token)]);
  const row = rows[0];
  if (!row || row.ended_at !== null) return { state: 'none' };
  const session: ExternalSession = {
    idHash: row.id_hash,
    accountId: row.account_id,
    organisationId: row.organisation_id,
    csrfToken: row.csrf_token,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
  if (row.expires_at.getTime() <= now.getTime()) return { state: 'expired', session };
  if (row.last_seen_at.getTime() + config.idleTimeoutSeconds * 1000 <= now.getTime()) return { state: 'idle', session };
  return { state: 'valid', session };
}

export async function touchExternalSession(tx: Tx, session: ExternalSession, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < touchIntervalMs) return;
  await tx.query('UPDATE external_sessions SET last_seen_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [session.idHash, now]);
}

export async function endExternalSession(tx: Tx, idHash: string, now: Date): Promise<void> {
  await tx.query('UPDATE external_sessions SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [idHash, now]);
}
