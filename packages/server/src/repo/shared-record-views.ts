// Who has looked at a person's record and when, for the person themselves: from the audit log (every read and
// change of the record is there), by staff member or outside reader, grouped by day.
import type { RecordViews } from '@hearth/core';
import type { SharedRecordRepository } from './shared-record-repository.js';

export function recordViewsFor(repo: SharedRecordRepository, personId: string): Promise<RecordViews> {
  return repo.run(async (uow) => {
    uow.require('read', personId, { kind: 'record_views' }, { action: 'shared.record_views.read' });
    const { rows } = await uow.tx.query<{ who: string | null; kind: 'staff' | 'outside'; day: string; last_at: Date; times: number }>(
      `SELECT coalesce(s.name, x.name) AS who, CASE WHEN s.id IS NOT NULL THEN 'staff' ELSE 'outside' END AS kind,
              to_char(a.at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS day, max(a.at) AS last_at, count(*)::int AS times
       FROM audit_log a
       LEFT JOIN staff s ON s.id = a.actor_id
       LEFT JOIN external_accounts x ON x.id = a.actor_id
       WHERE a.resource_type = 'person' AND a.resource_id = $1 AND a.outcome = 'success' AND a.actor_id IS NOT NULL
       GROUP BY 1, 2, 3 ORDER BY last_at DESC LIMIT 300`,
      [personId],
    );
    await uow.audit({ action: 'shared.record_views.read', resourceType: 'person', resourceId: personId, detail: { rows: rows.length } });
    return { views: rows.map((r) => ({ who: r.who ?? 'Someone no longer known to Hearth', kind: r.kind, on: r.day, lastAt: r.last_at.toISOString(), times: r.times })) };
  });
}
