// The flags for restrictive interventions, read by SQL: who has a behaviour support plan in use that names a
// restrictive practice, which staff are assigned to them, and those staff's training; the rule itself is core's
// `restrictivePracticeTrainingFlags`. The plan in use is the latest version with an agreement. Staff are assigned to
// someone in a care home when they hold a care worker or senior role there; in homecare when they have a planned,
// uncancelled visit to them from the start of today to the end of the 14th day ahead.
import {
  addDays,
  restrictivePracticeTrainingFlags,
  staffTrainingDecision,
  trainingFlagVisitWindowDays,
  type TrainingFlag,
  type TrainingFlagAssignment,
  type TrainingFlagPerson,
} from '@hearth/core';
import { londonDate, startOfLondonDay } from '../dates.js';
import type { UnitOfWork } from './request-repository.js';
import { serviceIdsOfStaff } from './staff-training-scope.js';
import { trainingRecordsOf } from './staff-training-read.js';

interface PersonRow {
  id: string;
  legal_name: string;
  service_id: string;
  service_kind: 'homecare' | 'care_home';
  restrictive_practices: string[];
}

/** Everyone (or the one person) whose plan in use names a restrictive practice, while their support goes on. */
async function peopleWithRestrictivePlans(uow: UnitOfWork, personId: string | null): Promise<PersonRow[]> {
  const { rows } = await uow.tx.query<PersonRow>(
    `WITH in_use AS (
       SELECT DISTINCT ON (v.person_id) v.person_id, v.restrictive_practices
       FROM behaviour_support_plan_versions v
       WHERE EXISTS (SELECT 1 FROM behaviour_support_plan_agreements a WHERE a.plan_version_id = v.id)
         AND ($1::uuid IS NULL OR v.person_id = $1)
       ORDER BY v.person_id, v.version DESC
     )
     SELECT p.id, p.legal_name, p.service_id, s.kind AS service_kind, u.restrictive_practices
     FROM in_use u JOIN people p ON p.id = u.person_id JOIN services s ON s.id = p.service_id
     WHERE cardinality(u.restrictive_practices) > 0 AND p.status IN ('active', 'in_hospital')
     ORDER BY p.legal_name, p.id`,
    [personId],
  );
  return rows;
}

async function careHomeAssignments(uow: UnitOfWork, people: readonly PersonRow[]): Promise<TrainingFlagAssignment[]> {
  const homes = people.filter((p) => p.service_kind === 'care_home');
  if (homes.length === 0) return [];
  const { rows } = await uow.tx.query<{ service_id: string; staff_id: string; name: string }>(
    `SELECT DISTINCT g.service_id, s.id AS staff_id, s.name
     FROM staff_grants g JOIN staff s ON s.id = g.staff_id
     WHERE g.revoked_at IS NULL AND s.status = 'active' AND g.role IN ('care_worker', 'senior_care_worker')
       AND g.service_id = ANY($1::uuid[])`,
    [[...new Set(homes.map((p) => p.service_id))]],
  );
  return homes.flatMap((p) =>
    rows
      .filter((r) => r.service_id === p.service_id)
      .map((r) => ({
        personId: p.id,
        staffId: r.staff_id,
        staffName: r.name,
        basis: 'care_home_grant' as const,
        nextVisitAt: null,
      })),
  );
}

async function homecareAssignments(
  uow: UnitOfWork,
  people: readonly PersonRow[],
  today: string,
): Promise<TrainingFlagAssignment[]> {
  const visited = people.filter((p) => p.service_kind === 'homecare').map((p) => p.id);
  if (visited.length === 0) return [];
  const { rows } = await uow.tx.query<{ person_id: string; staff_id: string; name: string; starts_at: Date }>(
    `SELECT DISTINCT ON (v.person_id, v.staff_id) v.person_id, v.staff_id, s.name, v.starts_at
     FROM planned_visits v JOIN staff s ON s.id = v.staff_id
     WHERE v.person_id = ANY($1::uuid[]) AND v.starts_at >= $2 AND v.starts_at < $3 AND s.status = 'active'
       AND NOT EXISTS (SELECT 1 FROM planned_visit_cancellations c WHERE c.visit_id = v.id)
     ORDER BY v.person_id, v.staff_id, v.starts_at`,
    [visited, startOfLondonDay(today), startOfLondonDay(addDays(today, trainingFlagVisitWindowDays + 1))],
  );
  return rows.map((r) => ({
    personId: r.person_id,
    staffId: r.staff_id,
    staffName: r.name,
    basis: 'planned_visit' as const,
    nextVisitAt: r.starts_at.toISOString(),
  }));
}

/** Every flag and warning today, optionally for one person or one member of staff, before any access filtering. */
export async function computeTrainingFlags(
  uow: UnitOfWork,
  filter: { personId?: string | null; staffId?: string | null } = {},
): Promise<TrainingFlag[]> {
  const today = londonDate(uow.now);
  const people = await peopleWithRestrictivePlans(uow, filter.personId ?? null);
  if (people.length === 0) return [];
  const assignments = [...(await careHomeAssignments(uow, people)), ...(await homecareAssignments(uow, people, today))].filter(
    (a) => !filter.staffId || a.staffId === filter.staffId,
  );
  const records = await trainingRecordsOf(uow, [...new Set(assignments.map((a) => a.staffId))], today);
  const flagPeople: TrainingFlagPerson[] = people.map((p) => ({
    personId: p.id,
    personName: p.legal_name,
    serviceId: p.service_id,
    restrictivePractices: p.restrictive_practices,
  }));
  return restrictivePracticeTrainingFlags({ people: flagPeople, assignments, records }, today);
}

/**
 * The flags this reader may see: about staff whose training they may take `action` on, and people they may read, so
 * a flag never names someone outside the reader's reach.
 */
export async function visibleTrainingFlags(
  uow: UnitOfWork,
  flags: readonly TrainingFlag[],
  action: 'list' | 'read',
): Promise<TrainingFlag[]> {
  const services = await serviceIdsOfStaff(uow, [...new Set(flags.map((f) => f.staffId))]);
  const organisationId = uow.actor.organisationId;
  return flags.filter(
    (f) =>
      staffTrainingDecision(uow.actor, action, { staffId: f.staffId, organisationId, serviceIds: services.get(f.staffId) ?? [] })
        .allowed && uow.allows('read', { kind: 'person', organisationId, serviceId: f.serviceId }),
  );
}
