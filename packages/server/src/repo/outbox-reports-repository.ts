// What phones report of the visit records they hold unsent: a worker's phone reports its outbox (ids, who for, since
// when; never a record's content), and the seniors and managers of a service see each entry about someone they
// support that is still unsent a day after it was saved, from each phone's newest report.
import {
  isInScope,
  outboxEntriesUnsentForADay,
  outboxReportBodySchema,
  type OutboxAttention,
  type OutboxAttentionEntry,
  type OutboxReportBody,
  type OutboxReportReceipt,
} from '@hearth/core';
import { onlyRow } from '../db/rows.js';
import type { RequestRepository } from './request-repository.js';

export function reportOutbox(repo: RequestRepository, body: OutboxReportBody): Promise<OutboxReportReceipt> {
  const action = 'outbox_report.create';
  return repo.run(async (uow) => {
    uow.require('create', { kind: 'outbox_report', organisationId: uow.actor.organisationId, serviceId: null }, { action });
    const row = onlyRow(
      await uow.tx.query<{ id: string; reported_at: Date }>(
        `INSERT INTO outbox_reports (organisation_id, staff_id, device_id, body, reported_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id, reported_at`,
        [uow.actor.organisationId, uow.actor.staffId, body.deviceId, JSON.stringify(body), uow.now],
      ),
    );
    await uow.audit({
      action,
      resourceType: 'outbox_report',
      resourceId: row.id,
      detail: {
        deviceId: body.deviceId,
        waiting: body.entries.filter((e) => e.state === 'waiting').length,
        refused: body.entries.filter((e) => e.state === 'refused').length,
      },
    });
    return { id: row.id, reportedAt: row.reported_at.toISOString(), entries: body.entries.length };
  });
}

interface ReportRow {
  staff_id: string;
  staff_name: string;
  device_id: string;
  body: unknown;
  reported_at: Date;
}

/** Entries still unsent a day after they were saved, on each phone's newest report, about people the reader supports. */
export function outboxAttention(repo: RequestRepository): Promise<OutboxAttention> {
  const action = 'outbox_report.attention';
  return repo.run(async (uow) => {
    const scope = uow.scope('read', 'outbox_report', { action });
    // Each phone's newest report stands for it: what it held before is history.
    const { rows } = await uow.tx.query<ReportRow>(
      `SELECT DISTINCT ON (r.staff_id, r.device_id) r.staff_id, s.name AS staff_name, r.device_id, r.body, r.reported_at
       FROM outbox_reports r JOIN staff s ON s.id = r.staff_id
       ORDER BY r.staff_id, r.device_id, r.reported_at DESC, r.id DESC`,
    );
    const late = rows.map((r) => ({ ...r, reportedAt: r.reported_at.toISOString() })).flatMap((report) => {
      const parsed = outboxReportBodySchema.safeParse(report.body);
      return parsed.success ? outboxEntriesUnsentForADay(parsed.data.entries, uow.now).map((entry) => ({ report, entry })) : [];
    });
    const personIds = [...new Set(late.map((l) => l.entry.personId))];
    const people = new Map(
      (
        await uow.tx.query<{ id: string; legal_name: string; preferred_name: string | null; service_id: string }>(
          'SELECT id, legal_name, preferred_name, service_id FROM people WHERE id = ANY($1::uuid[])',
          [personIds],
        )
      ).rows.map((p) => [p.id, p]),
    );
    const entries: OutboxAttentionEntry[] = late.flatMap(({ report, entry }) => {
      const person = people.get(entry.personId);
      if (!person || !isInScope(scope, person.service_id)) return [];
      return [{
        staff: { id: report.staff_id, name: report.staff_name },
        deviceId: report.device_id,
        person: { id: person.id, legalName: person.legal_name, preferredName: person.preferred_name },
        serviceId: person.service_id,
        clientId: entry.clientId,
        savedAt: entry.savedAt,
        state: entry.state,
        lastErrorCode: entry.lastErrorCode,
        reportedAt: report.reportedAt,
      }];
    });
    entries.sort((a, b) => Date.parse(a.savedAt) - Date.parse(b.savedAt) || a.clientId.localeCompare(b.clientId));
    await uow.audit({
      action,
      resourceType: 'outbox_report',
      detail: { entries: entries.length, people: [...new Set(entries.map((e) => e.person.id))] },
    });
    return { entries };
  });
}
