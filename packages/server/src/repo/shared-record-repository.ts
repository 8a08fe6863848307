// The one way an outside reader's request touches data: every unit of work runs for the reader's organisation,
// asks the shared-record policy, and writes the audit entry (with the reader as actor), on success and on refusal.
import { decideShared, sharedPartsFor, type ExternalActor, type RecordPart, type SharedAction, type SharedTarget } from '@hearth/core';
import type pg from 'pg';
import { appendAudit, type AuditEntry } from '../audit/audit-entry.js';
import type { Tx } from '../db/transaction.js';
import { refuseUnless, runRefusable } from './refused-access.js';

export interface SharedUnitOfWork {
  tx: Tx;
  actor: ExternalActor;
  now: Date;
  /** Refuses (and audits the refusal) unless the shared-record policy allows it: 404 for a person out of reach. */
  require(action: SharedAction, personId: string, target: SharedTarget, audit: { action: string }): void;
  /** The parts of the person's record the reader may see at this moment. */
  parts(personId: string): RecordPart[];
  allows(action: SharedAction, personId: string, target: SharedTarget): boolean;
  audit(entry: Omit<AuditEntry, 'organisationId' | 'actorId' | 'outcome'> & { outcome?: AuditEntry['outcome'] }): Promise<void>;
}

export class SharedRecordRepository {
  constructor(
    private readonly pool: pg.Pool,
    readonly actor: ExternalActor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  run<T>(work: (uow: SharedUnitOfWork) => Promise<T>): Promise<T> {
    const actor = this.actor;
    const now = this.clock();
    const decideAt = (action: SharedAction, personId: string, target: SharedTarget) =>
      decideShared(actor, action, { organisationId: actor.organisationId, personId, target }, now);
    return runRefusable(this.pool, { organisationId: actor.organisationId, actorId: actor.accountId }, (tx) =>
      work({
        tx,
        actor,
        now,
        require(action, personId, target, audit) {
          refuseUnless(decideAt(action, personId, target), {
            action: audit.action,
            resourceType: 'person',
            resourceId: personId,
            detail: { policyAction: action, target, external: true },
          });
        },
        parts(personId) {
          return sharedPartsFor(actor, personId, now);
        },
        allows(action, personId, target) {
          return decideAt(action, personId, target).allowed;
        },
        async audit(entry) {
          await appendAudit(tx, { organisationId: actor.organisationId, actorId: actor.accountId, outcome: 'success', ...entry, detail: { external: true, ...entry.detail } });
        },
      }),
    );
  }
}
