// Restrictive-intervention trends across the services a reader may see (or the one asked for): uses and minutes per
// month by kind, and whether they are falling. Counted by the service each use was recorded in. Checked and audited.
import {
  interventionTrendShiftDate,
  restrictiveInterventionTrend,
  type RestrictiveInterventionKind,
  type RestrictiveInterventionTrendSpan,
  type RestrictiveInterventionTrends,
} from '@hearth/core';
import { londonDate, startOfLondonDay } from '../dates.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

interface TrendRow {
  id: string;
  service_id: string;
  started_at: Date;
  kind: RestrictiveInterventionKind;
  duration_minutes: number;
}

/** The services to show: the one asked for (404 outside the organisation, 403 outside the reader's reach) or all in reach. */
async function servicesInReach(
  uow: UnitOfWork,
  serviceId: string | undefined,
  action: string,
): Promise<{ id: string; name: string }[]> {
  const scope = uow.scope('read', 'restrictive_intervention', { action });
  if (serviceId !== undefined) {
    const found = (await uow.tx.query<{ id: string; name: string }>('SELECT id, name FROM services WHERE id = $1', [serviceId]))
      .rows[0];
    if (!found) uow.notFound({ action, resourceType: 'service', resourceId: serviceId });
    uow.require(
      'read',
      { kind: 'restrictive_intervention', organisationId: uow.actor.organisationId, serviceId },
      { action, resourceId: serviceId },
    );
    return [found];
  }
  const ids = scope.kind === 'services' ? scope.serviceIds : null;
  return (
    await uow.tx.query<{ id: string; name: string }>(
      'SELECT id, name FROM services WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[])) ORDER BY name, id',
      [ids],
    )
  ).rows;
}

export function getRestrictiveInterventionTrends(
  repo: RequestRepository,
  q: { months: RestrictiveInterventionTrendSpan; serviceId?: string | undefined },
): Promise<RestrictiveInterventionTrends> {
  const action = 'restrictive_intervention.trends';
  return repo.run(async (uow) => {
    const services = await servicesInReach(uow, q.serviceId, action);
    // Far enough back for the months shown and the six months the direction compares; a little more is harmless.
    const today = londonDate(uow.now);
    const from = startOfLondonDay(interventionTrendShiftDate(`${today.slice(0, 7)}-01`, -Math.max(q.months, 7)));
    // Replaced records are left out here, wherever their correction was recorded, so they are never counted.
    const rows = (
      await uow.tx.query<TrendRow>(
        `SELECT r.id, r.service_id, r.started_at, r.kind, r.duration_minutes FROM restrictive_interventions r
         WHERE r.service_id = ANY($1::uuid[]) AND r.started_at >= $2
           AND NOT EXISTS (SELECT 1 FROM restrictive_interventions c WHERE c.supersedes = r.id)`,
        [services.map((s) => s.id), from],
      )
    ).rows;
    const result: RestrictiveInterventionTrends = {
      months: q.months,
      services: services.map((s) => ({
        serviceId: s.id,
        serviceName: s.name,
        trend: restrictiveInterventionTrend(
          rows
            .filter((r) => r.service_id === s.id)
            .map((r) => ({
              id: r.id,
              supersedes: null,
              startedAt: r.started_at.toISOString(),
              kind: r.kind,
              durationMinutes: r.duration_minutes,
            })),
          q.months,
          uow.now,
        ),
      })),
    };
    await uow.audit({
      action,
      resourceType: q.serviceId ? 'service' : 'organisation',
      resourceId: q.serviceId ?? uow.actor.organisationId,
      detail: { months: q.months, services: services.map((s) => s.id), records: rows.length },
    });
    return result;
  });
}
