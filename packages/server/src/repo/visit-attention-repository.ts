// Late and missed visits of a day for the services a reader may see: each home care person's planned visits from
// the plan in use, set against the visits recorded, judged by the core rule on the server's clock.
import {
  attentionWindow,
  defaultVisitAttentionSettings,
  plannedVisits,
  visitsNeedingAttention,
  type PlanContent,
  type VisitAttention,
  type VisitAttentionSettings,
} from '@hearth/core';
import { londonDate } from '../dates.js';
import type { RequestRepository } from './request-repository.js';
import { servicesToShow } from './visit-escalations-repository.js';

interface PlannedPersonRow {
  id: string;
  legal_name: string;
  preferred_name: string | null;
  service_id: string;
  service_name: string;
  content: PlanContent;
}

export function listVisitsNeedingAttention(
  repo: RequestRepository,
  q: { serviceId?: string | undefined; date?: string | undefined },
  settings: VisitAttentionSettings = defaultVisitAttentionSettings,
): Promise<VisitAttention> {
  const action = 'visit_record.attention';
  return repo.run(async (uow) => {
    const serviceIds = await servicesToShow(uow, q.serviceId, action);
    const date = q.date ?? londonDate(uow.now);
    // Active people in home care whose plan is in use (or under review): the visits they are owed.
    const people = (await uow.tx.query<PlannedPersonRow>(
      `SELECT DISTINCT ON (p.id) p.id, p.legal_name, p.preferred_name, p.service_id, sv.name AS service_name, v.content
       FROM people p
       JOIN services sv ON sv.id = p.service_id AND sv.kind = 'homecare'
       JOIN care_plans cp ON cp.person_id = p.id
       JOIN care_plan_versions v ON v.plan_id = cp.id AND v.status IN ('in_use', 'under_review')
       WHERE p.status = 'active' AND ($1::uuid[] IS NULL OR p.service_id = ANY($1::uuid[]))
       ORDER BY p.id, v.version DESC`,
      [serviceIds],
    )).rows;
    const window = attentionWindow(date);
    const records = (await uow.tx.query<{ person_id: string; visit_label: string | null; planned_for: Date | null; arrived_at: Date }>(
      `SELECT person_id, visit_label, planned_for, arrived_at FROM visit_records
       WHERE person_id = ANY($1::uuid[]) AND arrived_at >= $2 AND arrived_at < $3`,
      [people.map((p) => p.id), window.from, window.to],
    )).rows;
    const found = visitsNeedingAttention({
      people: people.map((p) => ({ personId: p.id, visits: plannedVisits(p.content.sections, date) })),
      records: records.map((r) => ({ personId: r.person_id, visitLabel: r.visit_label, plannedFor: r.planned_for?.toISOString() ?? null, arrivedAt: r.arrived_at.toISOString() })),
      now: uow.now,
      settings,
    });
    const byId = new Map(people.map((p) => [p.id, p]));
    const visits = found.flatMap((f) => {
      const p = byId.get(f.personId);
      if (!p) return [];
      return [{
        kind: f.kind, person: { id: p.id, legalName: p.legal_name, preferredName: p.preferred_name }, serviceId: p.service_id, serviceName: p.service_name,
        visitLabel: f.visitLabel, plannedFor: f.plannedFor, arrivedAt: f.arrivedAt, minutesLate: f.minutesLate,
      }];
    });
    await uow.audit({
      action, resourceType: q.serviceId ? 'service' : 'organisation', resourceId: q.serviceId ?? uow.actor.organisationId,
      detail: { date, results: visits.length, people: [...new Set(visits.map((v) => v.person.id))] },
    });
    return { date, checkedAt: uow.now.toISOString(), ...settings, visits };
  });
}
