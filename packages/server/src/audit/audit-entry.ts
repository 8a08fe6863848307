// Appends an entry to the tamper-evident audit log, inside the caller's transaction.
import type pg from 'pg';

export interface AuditEntry {
  organisationId: string | null;
  actorId: string | null;
  action: string;
  resourceType?: string | null;
  resourceId?: string | null;
  outcome: 'success' | 'refused' | 'failure';
  detail?: Record<string, unknown>;
}

export async function appendAudit(client: pg.ClientBase, entry: AuditEntry): Promise<void> {
  await client.query('SELECT hearth_audit_append($1, $2, $3, $4, $5, $6, $7::jsonb)', [
    entry.organisationId,
    entry.actorId,
    entry.action,
    entry.resourceType ?? null,
    entry.resourceId ?? null,
    entry.outcome,
    JSON.stringify(entry.detail ?? {}),
  ]);
}
