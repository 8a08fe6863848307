// Reading planned visits inside a unit of work that has already checked access: visits as the API shows them, the
// people on a worker's round (for the emergency pack), and the staff who may be put on a service's rounds.
import { plannedVisitDayRange, type PersonStatus, type PlannedVisitView } from '@hearth/core';
import type { UnitOfWork } from './request-repository.js';

interface VisitRow {
  id: string;
  service_id: string;
  person_id: string;
  legal_name: string;
  preferred_name: string | null;
  staff_id: string;
  staff_name: string;
  starts_at: Date;
  ends_at: Date;
  label: string | null;
  created_by: string;
  created_by_name: string;
  created_at: Date;
  reason: string | null;
  cancelled_by: string | null;
  cancelled_by_name: string | null;
  cancelled_at: Date | null;
}

const visitSelect = `SELECT v.id, v.service_id, v.person_id, p.legal_name, p.preferred_name, v.staff_id, s.name AS staff_name,
    v.starts_at, v.ends_at, v.label, v.created_by, c.name AS created_by_name, v.created_at,
    x.reason, x.cancelled_by, xs.name AS cancelled_by_name, x.cancelled_at
  FROM planned_visits v
  JOIN people p ON p.id = v.person_id
  JOIN staff s ON s.id = v.staff_id
  JOIN staff c ON c.id = v.created_by
  LEFT JOIN planned_visit_cancellations x ON x.visit_id = v.id
  LEFT JOIN staff xs ON xs.id = x.cancelled_by`;

function toView(row: VisitRow): PlannedVisitView {
  return {
    id: row.id,
    serviceId: row.service_id,
    person: { id: row.person_id, legalName: row.legal_name, preferredName: row.preferred_name },
    staff: { id: row.staff_id, name: row.staff_name },
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    label: row.label,
    createdBy: { id: row.created_by, name: row.created_by_name },
    createdAt: row.created_at.toISOString(),
    cancellation:
      row.reason !== null && row.cancelled_by !== null && row.cancelled_at !== null
        ? { reason: row.reason, cancelledBy: { id: row.cancelled_by, name: row.cancelled_by_name ?? '' }, cancelledAt: row.cancelled_at.toISOString() }
        : null,
  };
}

export async function visitById(uow: UnitOfWork, id: string): Promise<PlannedVisitView | null> {
  const { rows } = await uow.tx.query<VisitRow>(`${visitSelect} WHERE v.id = $1`, [id]);
  return rows[0] ? toView(rows[0]) : null;
}

/** A service's visits starting on a day in England, in the order of the day. */
export async function visitsOfServiceDay(uow: UnitOfWork, serviceId: string, date: string): Promise<PlannedVisitView[]> {
  const { from, to } = plannedVisitDayRange(date);
  const { rows } = await uow.tx.query<VisitRow>(
    `${visitSelect} WHERE v.service_id = $1 AND v.starts_at >= $2 AND v.starts_at < $3 ORDER BY v.starts_at, v.id`,
    [serviceId, from, to],
  );
  return rows.map(toView);
}

/** A worker's visits overlapping a stretch of time, in the services given (null: any in the organisation). */
export async function visitsOfWorker(
  uow: UnitOfWork,
  staffId: string,
  range: { from: Date; to: Date },
  serviceIds: readonly string[] | null,
): Promise<PlannedVisitView[]> {
  const { rows } = await uow.tx.query<VisitRow>(
    `${visitSelect} WHERE v.staff_id = $1 AND v.ends_at > $2 AND v.starts_at < $3 AND ($4::uuid[] IS NULL OR v.service_id = ANY($4))
     ORDER BY v.starts_at, v.id`,
    [staffId, range.from, range.to, serviceIds],
  );
  return rows.map(toView);
}

export interface RoundPerson {
  id: string;
  legal_name: string;
  preferred_name: string | null;
  status: PersonStatus;
  in_use: boolean;
}

/** The people a worker visits that day in the service (visits that stand), each once, in the order of the round. */
export async function roundPeople(uow: UnitOfWork, serviceId: string, staffId: string, date: string): Promise<RoundPerson[]> {
  const { from, to } = plannedVisitDayRange(date);
  const { rows } = await uow.tx.query<RoundPerson>(
    `SELECT p.id, p.legal_name, p.preferred_name, p.status,
            EXISTS (SELECT 1 FROM care_plan_versions pv JOIN care_plans cp ON cp.id = pv.plan_id
                    WHERE cp.person_id = p.id AND pv.status IN ('in_use', 'under_review')) AS in_use
     FROM people p
     JOIN (SELECT v.person_id, min(v.starts_at) AS first_visit FROM planned_visits v
           WHERE v.service_id = $1 AND v.staff_id = $2 AND v.starts_at >= $3 AND v.starts_at < $4
             AND NOT EXISTS (SELECT 1 FROM planned_visit_cancellations x WHERE x.visit_id = v.id)
           GROUP BY v.person_id) r ON r.person_id = p.id
     ORDER BY r.first_visit, p.legal_name, p.id`,
    [serviceId, staffId, from, to],
  );
  return rows;
}

/** Active staff holding a role in the service (not one ended): who may be put on its rounds. */
export async function workersOfService(uow: UnitOfWork, serviceId: string): Promise<{ id: string; name: string }[]> {
  const { rows } = await uow.tx.query<{ id: string; name: string }>(
    `SELECT s.id, s.name FROM staff s
     WHERE s.status = 'active'
       AND EXISTS (SELECT 1 FROM staff_grants g WHERE g.staff_id = s.id AND g.service_id = $1 AND g.revoked_at IS NULL)
     ORDER BY s.name, s.id`,
    [serviceId],
  );
  return rows;
}

/** Whether the staff member is active and holds a role in the service now. */
export async function isWorkerOfService(uow: UnitOfWork, staffId: string, serviceId: string): Promise<boolean> {
  const { rowCount } = await uow.tx.query(
    `SELECT 1 FROM staff s
     WHERE s.id = $1 AND s.status = 'active'
       AND EXISTS (SELECT 1 FROM staff_grants g WHERE g.staff_id = s.id AND g.service_id = $2 AND g.revoked_at IS NULL)`,
    [staffId, serviceId],
  );
  return rowCount !== 0;
}
