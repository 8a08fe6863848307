// The one way a request touches data: every unit of work runs for the actor's organisation, checks the
// access policy, and writes the audit entry, on success and on refusal.
import { decide, scopeFor, type Action, type Resource, type ResourceKind, type Scope, type StaffActor } from '@hearth/core';
import type pg from 'pg';
import { appendAudit, type AuditEntry } from '../audit/audit-entry.js';
import type { Tx } from '../db/transaction.js';
import { AccessRefused, refuseUnless, runRefusable } from './refused-access.js';

export interface UnitOfWork {
  tx: Tx;
  actor: StaffActor;
  now: Date;
  /** Refuses (and audits the refusal) unless the policy allows the action on the resource. */
  require(action: Action, resource: Resource, audit: { action: string; resourceId?: string | null }): void;
  /** The part of the organisation a list may show; refuses (and audits) when it is none of it. */
  scope(action: Action, kind: ResourceKind, audit: { action: string }): Exclude<Scope, { kind: 'none' }>;
  /** Answers 404 for a record the actor's organisation does not hold, auditing the attempt. */
  notFound(audit: { action: string; resourceType: string; resourceId?: string | null }): never;
  audit(entry: Omit<AuditEntry, 'organisationId' | 'actorId' | 'outcome'> & { outcome?: AuditEntry['outcome'] }): Promise<void>;
  allows(action: Action, resource: Resource): boolean;
}

export class RequestRepository {
  constructor(
    private readonly pool: pg.Pool,
    readonly actor: StaffActor,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  run<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    const actor = this.actor;
    const now = this.clock();
    return runRefusable(this.pool, { organisationId: actor.organisationId, actorId: actor.staffId }, (tx) =>
      work({
        tx,
        actor,
        now,
        require(action, resource, audit) {
          refuseUnless(decide(actor, action, resource), {
            action: audit.action,
            resourceType: resource.kind,
            resourceId: audit.resourceId ?? null,
            detail: { policyAction: action },
          });
        },
        scope(action, kind, audit) {
          const scope = scopeFor(actor, action, kind);
          if (scope.kind === 'none') {
            throw new AccessRefused('forbidden', { action: audit.action, resourceType: kind, detail: { policyAction: action } });
          }
          return scope;
        },
        notFound(audit) {
          throw new AccessRefused('not_found', { ...audit, detail: { reason: 'not_found' } });
        },
        async audit(entry) {
          await appendAudit(tx, { organisationId: actor.organisationId, actorId: actor.staffId, outcome: 'success', ...entry });
        },
        allows(action, resource) {
          return decide(actor, action, resource).allowed;
        },
      }),
    );
  }
}
