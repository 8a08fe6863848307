// Server-side sessions: the cookie holds a random token, the database only its hash.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import type { Config } from '../config.js';
import type { Tx } from '../db/transaction.js';

export type SessionStage = 'mfa_pending' | 'mfa_enrolment' | 'active';

export interface Session {
  idHash: string;
  staffId: string;
  organisationId: string;
  stage: SessionStage;
  csrfToken: string;
  pendingTotpSecret: string | null;
  lastSeenAt: Date;
  expiresAt: Date;
}

/** A session part-way through sign-in lasts only long enough to type a code. */
const partialSessionSeconds = 10 * 60;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
const touchIntervalMs = 15_000;

export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function tokensMatch(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function createSession(
  tx: Tx,
  config: Config,
  input: { staffId: string; organisationId: string; stage: SessionStage; now: Date },
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const lifetime = input.stage === 'active' ? config.sessionLifetimeSeconds : partialSessionSeconds;
  const expiresAt = new Date(input.now.getTime() + lifetime * 1000);
  await tx.query(
    `INSERT INTO sessions (id_hash, staff_id, organisation_id, stage, csrf_token, created_at, last_seen_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6, $7)`,
    [hashToken(token), input.staffId, input.organisationId, input.stage, csrfToken, input.now, expiresAt],
  );
  return { token, csrfToken, expiresAt };
}

export type SessionLookup =
  | { state: 'valid'; session: Session }
  | { state: 'none' }
  | { state: 'expired' | 'idle'; session: Session };

export async function findSession(pool: pg.Pool, config: Config, token: string, now: Date): Promise<SessionLookup> {
  const { rows } = await pool.query<{
    id_hash: string;
    staff_id: string;
    organisation_id: string;
    stage: SessionStage;
    csrf_token: string;
    pending_totp_secret: string | null;
    last_seen_at: Date;
    expires_at: Date;
    ended_at: Date | null;
  }>('SELECT * FROM sessions WHERE id_hash = $1', [hashToken(token)]);
  const row = rows[0];
  if (!row || row.ended_at !== null) return { state: 'none' };
  const session: Session = {
    idHash: row.id_hash,
    staffId: row.staff_id,
    organisationId: row.organisation_id,
    stage: row.stage,
    csrfToken: row.csrf_token,
    pendingTotpSecret: row.pending_totp_secret,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
  if (row.expires_at.getTime() <= now.getTime()) return { state: 'expired', session };
  if (row.last_seen_at.getTime() + config.idleTimeoutSeconds * 1000 <= now.getTime()) return { state: 'idle', session };
  return { state: 'valid', session };
}

export async function touchSession(tx: Tx, session: Session, now: Date): Promise<void> {
  if (now.getTime() - session.lastSeenAt.getTime() < touchIntervalMs) return;
  await tx.query('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [session.idHash, now]);
}

export async function endSession(tx: Tx, idHash: string, now: Date): Promise<void> {
  await tx.query('UPDATE sessions SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [idHash, now]);
}

/** Ends every session of a staff member: on deactivation, second-factor reset and role change. */
export async function endSessionsOf(tx: Tx, staffId: string, now: Date): Promise<void> {
  await tx.query('UPDATE sessions SET ended_at = $2 WHERE staff_id = $1 AND ended_at IS NULL', [staffId, now]);
}
