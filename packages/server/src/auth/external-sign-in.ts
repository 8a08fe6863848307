// Outside readers signing in and out with email and password: one answer for an unknown email or a wrong password,
// a failed-attempt count with back-off like staff, and a session of their own kind.
import type pg from 'pg';
import { appendAudit } from '../audit/audit-entry.js';
import type { Config } from '../config.js';
import { actFor, inTransaction, type Tx } from '../db/transaction.js';
import { HttpError } from '../http/http-error.js';
import { createExternalSession, endExternalSession, type ExternalSession } from './external-session-store.js';
import { spendPasswordCheckTime, verifyPassword } from './passwords.js';
import { lockoutMinutes } from './sign-in-service.js';

export interface ExternalSignedIn {
  token: string;
  csrfToken: string;
  accountId: string;
  organisationId: string;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: HttpError };

/** Commits what a failed attempt leaves behind (the counter, the audit entry) before answering with the error. */
async function settle<T>(pool: pg.Pool, work: (tx: Tx) => Promise<Outcome<T>>): Promise<T> {
  const outcome = await inTransaction(pool, null, work);
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

export function lockedError(until: Date, now: Date): HttpError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new HttpError('account_locked', `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

export async function signInExternal(pool: pg.Pool, config: Config, email: string, password: string, now: Date): Promise<ExternalSignedIn> {
  return settle(pool, async (tx) => {
    const found = await tx.query<{ id: string; organisation_id: string }>('SELECT * FROM hearth_external_account_for_sign_in($1)', [email]);
    const match = found.rows[0];
    if (!match) {
      await spendPasswordCheckTime(password);
      await appendAudit(tx, { organisationId: null, actorId: null, action: 'shared.sign_in', outcome: 'failure', detail: { reason: 'unknown_account', external: true } });
      return { ok: false, error: new HttpError('invalid_credentials') };
    }
    await actFor(tx, match.organisation_id);
    const audit = (outcome: 'success' | 'failure' | 'refused', detail: Record<string, unknown>) =>
      appendAudit(tx, {
        organisationId: match.organisation_id, actorId: match.id, action: 'shared.sign_in', resourceType: 'external_account', resourceId: match.id,
        outcome, detail: { external: true, ...detail },
      });
    const secrets = (await tx.query<{ password_hash: string; failed_attempts: number; locked_until: Date | null }>(
      'SELECT password_hash, failed_attempts, locked_until FROM external_accounts WHERE id = $1 FOR UPDATE',
      [match.id],
    )).rows[0];
    if (!secrets) return { ok: false, error: new HttpError('invalid_credentials') };
    if (secrets.locked_until && secrets.locked_until > now) {
      await spendPasswordCheckTime(password);
      await audit('refused', { reason: 'locked' });
      return { ok: false, error: lockedError(secrets.locked_until, now) };
    }
    if (!(await verifyPassword(secrets.password_hash, password))) {
      const failedAttempts = secrets.failed_attempts + 1;
      const minutes = lockoutMinutes(failedAttempts, config.lockoutThreshold);
      const lockedUntil = minutes > 0 ? new Date(now.getTime() + minutes * 60_000) : null;
      await tx.query('UPDATE external_accounts SET failed_attempts = $2, locked_until = $3 WHERE id = $1', [match.id, failedAttempts, lockedUntil]);
      await audit('failure', { reason: 'wrong_password' });
      return { ok: false, error: lockedUntil ? lockedError(lockedUntil, now) : new HttpError('invalid_credentials') };
    }
    await tx.query('UPDATE external_accounts SET failed_attempts = 0, locked_until = NULL WHERE id = $1 AND failed_attempts > 0', [match.id]);
    const session = await createExternalSession(tx, config, { accountId: match.id, organisationId: match.organisation_id, now });
    await audit('success', {});
    return { ok: true, value: { token: session.token, csrfToken: session.csrfToken, accountId: match.id, organisationId: match.organisation_id } };
  });
}

export async function signOutExternal(pool: pg.Pool, session: ExternalSession, now: Date): Promise<void> {
  await inTransaction(pool, session.organisationId, async (tx) => {
    await endExternalSession(tx, session.idHash, now);
    await appendAudit(tx, {
      organisationId: session.organisationId, actorId: session.accountId, action: 'shared.sign_out', resourceType: 'external_account',
      resourceId: session.accountId, outcome: 'success', detail: { external: true },
    });
  });
}
