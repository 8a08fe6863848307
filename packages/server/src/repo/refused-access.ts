// A refusal inside a unit of work, shared by the staff and the shared-record repositories: the work rolls back, so the
// refusal is audited in a transaction of its own (never lost with it), then answered 404 or 403.
import type { Decision } from '@hearth/core';
import type pg from 'pg';
import { appendAudit, type AuditEntry } from '../audit/audit-entry.js';
import { inTransaction, type Tx } from '../db/transaction.js';
import { HttpError } from '../http/http-error.js';

export type RefusalAudit = Omit<AuditEntry, 'organisationId' | 'actorId' | 'outcome'>;

export class AccessRefused extends Error {
  constructor(
    readonly reason: 'not_found' | 'forbidden',
    readonly audit: RefusalAudit,
  ) {
    super(reason);
  }
}

/** Refuses the unit of work unless the policy's decision allows it. */
export function refuseUnless(decision: Decision, audit: RefusalAudit): void {
  if (!decision.allowed) throw new AccessRefused(decision.reason, audit);
}

/** Runs work in one transaction for the actor's organisation, auditing (as the actor) any refusal thrown in it. */
export async function runRefusable<T>(
  pool: pg.Pool,
  who: { organisationId: string; actorId: string },
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await inTransaction(pool, who.organisationId, work);
  } catch (error) {
    if (!(error instanceof AccessRefused)) throw error;
    await inTransaction(pool, who.organisationId, (tx) => appendAudit(tx, { ...who, outcome: 'refused', ...error.audit }));
    throw new HttpError(error.reason);
  }
}
