// Signing in: password, then the second factor where the role needs it, with lockout and back-off.
import { roleRequiresMfa, type SignInResult } from '@hearth/core';
import type pg from 'pg';
import { appendAudit } from '../audit/audit-entry.js';
import type { Config } from '../config.js';
import { actFor, inTransaction, type Tx } from '../db/transaction.js';
import { HttpError } from '../http/http-error.js';
import { spendPasswordCheckTime, verifyPassword } from './passwords.js';
import { createSession, endSession, type Session, type SessionStage } from './session-store.js';
import { loadStaffIdentity, type StaffIdentity } from './staff-actor.js';
import { enrolmentFor, matchTotp, newTotpSecret } from './totp.js';

export interface SignedIn {
  token: string;
  result: SignInResult;
}

interface StaffSecrets {
  password_hash: string;
  totp_secret: string | null;
  totp_last_step: string | null;
  failed_attempts: number;
  locked_until: Date | null;
  status: 'active' | 'deactivated';
}

/** Back-off after the threshold: 1, 2, 4 … minutes, capped at an hour. */
export function lockoutMinutes(failedAttempts: number, threshold: number): number {
  if (failedAttempts < threshold) return 0;
  return Math.min(60, 2 ** (failedAttempts - threshold));
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: HttpError };

/** Commits what a failed attempt must leave behind (the counter, the audit entry) before answering with the error. */
async function settle<T>(pool: pg.Pool, work: (tx: Tx) => Promise<Outcome<T>>): Promise<T> {
  const outcome = await inTransaction(pool, null, work);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

export async function signIn(pool: pg.Pool, config: Config, email: string, password: string, now: Date): Promise<SignedIn> {
  return settle(pool, async (tx) => {
    const found = await tx.query<{ id: string; organisation_id: string }>('SELECT * FROM hearth_staff_for_sign_in($1)', [email]);
    const match = found.rows[0];
    if (!match) {
      await spendPasswordCheckTime(password);
      await appendAudit(tx, { organisationId: null, actorId: null, action: 'sign_in', outcome: 'failure', detail: { reason: 'unknown_account', email } });
      return { ok: false, error: new HttpError('invalid_credentials') };
    }
    await actFor(tx, match.organisation_id);
    const secrets = await staffSecrets(tx, match.id);
    const audit = (outcome: 'success' | 'failure' | 'refused', detail: Record<string, unknown>) =>
      appendAudit(tx, { organisationId: match.organisation_id, actorId: match.id, action: 'sign_in', resourceType: 'staff', resourceId: match.id, outcome, detail });

    if (secrets.locked_until && secrets.locked_until > now) {
      await spendPasswordCheckTime(password);
      await audit('refused', { reason: 'locked' });
      return { ok: false, error: lockedError(secrets.locked_until, now) };
    }
    const passwordOk = await verifyPassword(secrets.password_hash, password);
    if (!passwordOk || secrets.status !== 'active') {
      const lockedUntil = await recordFailure(tx, config, match.id, secrets.failed_attempts + 1, now);
      await audit('failure', { reason: passwordOk ? 'deactivated' : 'wrong_password' });
      return { ok: false, error: lockedUntil ? lockedError(lockedUntil, now) : new HttpError('invalid_credentials') };
    }
    const identity = await loadStaffIdentity(tx, match.id);
    if (!identity) return { ok: false, error: new HttpError('invalid_credentials') };
    const needsMfa = identity.grants.some((g) => roleRequiresMfa(g.role));
    const stage: SessionStage = !needsMfa ? 'active' : secrets.totp_secret === null ? 'mfa_enrolment' : 'mfa_pending';
    if (stage === 'active') await resetFailures(tx, match.id);
    const session = await createSession(tx, config, { staffId: match.id, organisationId: match.organisation_id, stage, now });
    await audit('success', { stage });
    return { ok: true, value: { token: session.token, result: resultFor(stage, session.csrfToken, identity, session.expiresAt, config) } };
  });
}

export async function verifyMfa(pool: pg.Pool, config: Config, session: Session, code: string, now: Date): Promise<SignedIn> {
  if (session.stage !== 'mfa_pending') throw new HttpError('unauthenticated', 'Sign in with your password first');
  return settle(pool, async (tx) => {
    await actFor(tx, session.organisationId);
    const secrets = await staffSecrets(tx, session.staffId);
    const audit = (outcome: 'success' | 'failure' | 'refused', detail: Record<string, unknown> = {}) =>
      appendAudit(tx, { organisationId: session.organisationId, actorId: session.staffId, action: 'sign_in.mfa', resourceType: 'staff', resourceId: session.staffId, outcome, detail });
    if (secrets.locked_until && secrets.locked_until > now) {
      await audit('refused', { reason: 'locked' });
      return { ok: false, error: lockedError(secrets.locked_until, now) };
    }
    const step = secrets.totp_secret && secrets.status === 'active'
      ? matchTotp(secrets.totp_secret, code, now.getTime(), secrets.totp_last_step === null ? null : Number(secrets.totp_last_step))
      : null;
    if (step === null) {
      const lockedUntil = await recordFailure(tx, config, session.staffId, secrets.failed_attempts + 1, now);
      await audit('failure', { reason: 'wrong_code' });
      return { ok: false, error: lockedUntil ? lockedError(lockedUntil, now) : new HttpError('invalid_mfa_code') };
    }
    await tx.query('UPDATE staff SET totp_last_step = $2, failed_attempts = 0, locked_until = NULL WHERE id = $1', [session.staffId, step]);
    const signedIn = await promote(tx, config, session, now);
    await audit('success');
    return { ok: true, value: signedIn };
  });
}

export async function beginMfaEnrolment(pool: pg.Pool, session: Session): Promise<{ secret: string; otpauthUri: string; qrCodeSvg: string }> {
  if (session.stage !== 'mfa_enrolment') throw new HttpError('unauthenticated', 'Sign in with your password first');
  const secret = newTotpSecret();
  const email = await inTransaction(pool, session.organisationId, async (tx) => {
    await tx.query('UPDATE sessions SET pending_totp_secret = $2 WHERE id_hash = $1', [session.idHash, secret]);
    const r = await tx.query<{ email: string }>('SELECT email FROM staff WHERE id = $1', [session.staffId]);
    return r.rows[0]?.email ?? 'Hearth';
  });
  return enrolmentFor(secret, email);
}

export async function confirmMfaEnrolment(pool: pg.Pool, config: Config, session: Session, code: string, now: Date): Promise<SignedIn> {
  if (session.stage !== 'mfa_enrolment' || session.pendingTotpSecret === null) {
    throw new HttpError('unauthenticated', 'Start setting up your authenticator app first');
  }
  const secret = session.pendingTotpSecret;
  return settle(pool, async (tx) => {
    await actFor(tx, session.organisationId);
    const step = matchTotp(secret, code, now.getTime(), null);
    if (step === null) {
      await appendAudit(tx, { organisationId: session.organisationId, actorId: session.staffId, action: 'mfa.enrol', resourceType: 'staff', resourceId: session.staffId, outcome: 'failure' });
      return { ok: false, error: new HttpError('invalid_mfa_code') };
    }
    await tx.query('UPDATE staff SET totp_secret = $2, totp_last_step = $3, failed_attempts = 0, locked_until = NULL WHERE id = $1', [session.staffId, secret, step]);
    const signedIn = await promote(tx, config, session, now);
    await appendAudit(tx, { organisationId: session.organisationId, actorId: session.staffId, action: 'mfa.enrol', resourceType: 'staff', resourceId: session.staffId, outcome: 'success' });
    return { ok: true, value: signedIn };
  });
}

export async function signOut(pool: pg.Pool, session: Session, now: Date): Promise<void> {
  await inTransaction(pool, session.organisationId, async (tx) => {
    await endSession(tx, session.idHash, now);
    await appendAudit(tx, { organisationId: session.organisationId, actorId: session.staffId, action: 'sign_out', resourceType: 'staff', resourceId: session.staffId, outcome: 'success' });
  });
}

/** A new session id once the second factor passes, so a token seen before sign-in finished is worthless after. */
async function promote(tx: Tx, config: Config, session: Session, now: Date): Promise<SignedIn> {
  await endSession(tx, session.idHash, now);
  const identity = await loadStaffIdentity(tx, session.staffId);
  if (!identity) throw new HttpError('unauthenticated');
  const next = await createSession(tx, config, { staffId: session.staffId, organisationId: session.organisationId, stage: 'active', now });
  return { token: next.token, result: resultFor('active', next.csrfToken, identity, next.expiresAt, config) };
}

function resultFor(stage: SessionStage, csrfToken: string, identity: StaffIdentity, expiresAt: Date, config: Config): SignInResult {
  if (stage === 'mfa_pending') return { status: 'mfa_required', csrfToken };
  if (stage === 'mfa_enrolment') return { status: 'mfa_enrolment_required', csrfToken };
  return { status: 'signed_in', csrfToken, me: meFor(identity, csrfToken, expiresAt, config) };
}

export function meFor(identity: StaffIdentity, csrfToken: string, expiresAt: Date, config: Config): NonNullable<SignInResult['me']> {
  return {
    staffId: identity.actor.staffId,
    name: identity.name,
    email: identity.email,
    organisation: { id: identity.actor.organisationId, name: identity.organisationName },
    grants: identity.grants,
    csrfToken,
    sessionExpiresAt: expiresAt.toISOString(),
    idleTimeoutSeconds: config.idleTimeoutSeconds,
  };
}

async function staffSecrets(tx: Tx, staffId: string): Promise<StaffSecrets> {
  const r = await tx.query<StaffSecrets>(
    'SELECT password_hash, totp_secret, totp_last_step, failed_attempts, locked_until, status FROM staff WHERE id = $1 FOR UPDATE',
    [staffId],
  );
  const row = r.rows[0];
  if (!row) throw new HttpError('invalid_credentials');
  return row;
}

async function recordFailure(tx: Tx, config: Config, staffId: string, failedAttempts: number, now: Date): Promise<Date | null> {
  const minutes = lockoutMinutes(failedAttempts, config.lockoutThreshold);
  const lockedUntil = minutes > 0 ? new Date(now.getTime() + minutes * 60_000) : null;
  await tx.query('UPDATE staff SET failed_attempts = $2, locked_until = $3 WHERE id = $1', [staffId, failedAttempts, lockedUntil]);
  return lockedUntil;
}

async function resetFailures(tx: Tx, staffId: string): Promise<void> {
  await tx.query('UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = $1 AND failed_attempts > 0', [staffId]);
}

function lockedError(until: Date, now: Date): HttpError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new HttpError('account_locked', `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}
