// Which members of staff a reader of training records reaches. A member of staff belongs to the services they hold an
// active (unrevoked) grant in: a senior's "own services" for training are the staff of those services, so a senior
// of Oak House keeps the training of everyone holding a role at Oak House. Staff whose grants are all
// organisation-wide (a quality lead, an administrator) belong to no service and are reached only by
// organisation-wide roles. Everyone reads their own records (see `staffTrainingDecision` in core). This module is the
// one place that mapping is turned into SQL and into decisions.
import { staffTrainingDecision, type Action, type Scope, type StaffRole } from '@hearth/core';
import { AccessRefused } from './refused-access.js';
import type { UnitOfWork } from './request-repository.js';

export interface TrainedStaffRow {
  id: string;
  name: string;
  status: 'active' | 'deactivated';
  service_ids: string[];
  roles: StaffRole[];
}

const trainedStaffSelect = `
  SELECT s.id, s.name, s.status,
         COALESCE(array_agg(DISTINCT g.service_id) FILTER (WHERE g.service_id IS NOT NULL), '{}')::text[] AS service_ids,
         COALESCE(array_agg(DISTINCT g.role) FILTER (WHERE g.role IS NOT NULL), '{}')::text[] AS roles
  FROM staff s LEFT JOIN staff_grants g ON g.staff_id = s.id AND g.revoked_at IS NULL`;

/** The member of staff and the services they belong to; 404 (audited) when the organisation has no such person. */
export async function loadTrainedStaff(
  uow: UnitOfWork,
  staffId: string,
  auditAction: string,
  lock = false,
): Promise<TrainedStaffRow> {
  // Locked so two replacements of the same record, or a replacement racing a read, see one order.
  if (lock) await uow.tx.query('SELECT 1 FROM staff WHERE id = $1 FOR UPDATE', [staffId]);
  const { rows } = await uow.tx.query<TrainedStaffRow>(`${trainedStaffSelect} WHERE s.id = $1 GROUP BY s.id`, [staffId]);
  const found = rows[0];
  if (!found) uow.notFound({ action: auditAction, resourceType: 'staff', resourceId: staffId });
  return found;
}

/** Whether the actor may take this action on the member of staff's training records. */
export function mayOnStaffTraining(uow: UnitOfWork, action: Action, staff: Pick<TrainedStaffRow, 'id' | 'service_ids'>): boolean {
  return staffTrainingDecision(uow.actor, action, {
    staffId: staff.id,
    organisationId: uow.actor.organisationId,
    serviceIds: staff.service_ids,
  }).allowed;
}

/** Refuses (and audits the refusal) unless the actor may take this action on the staff member's training records. */
export function requireStaffTraining(
  uow: UnitOfWork,
  action: Action,
  staff: Pick<TrainedStaffRow, 'id' | 'service_ids'>,
  auditAction: string,
): void {
  const decision = staffTrainingDecision(uow.actor, action, {
    staffId: staff.id,
    organisationId: uow.actor.organisationId,
    serviceIds: staff.service_ids,
  });
  if (!decision.allowed) {
    throw new AccessRefused(decision.reason, {
      action: auditAction,
      resourceType: 'staff_training',
      resourceId: staff.id,
      detail: { policyAction: action },
    });
  }
}

/** The active staff a list reaches: the whole organisation, or those holding a grant in one of the scope's services. */
export async function trainedStaffInScope(uow: UnitOfWork, scope: Exclude<Scope, { kind: 'none' }>): Promise<TrainedStaffRow[]> {
  const all = scope.kind === 'organisation';
  const serviceIds = scope.kind === 'services' ? scope.serviceIds : [];
  const { rows } = await uow.tx.query<TrainedStaffRow>(
    `${trainedStaffSelect}
     WHERE s.status = 'active'
       AND ($1::boolean OR EXISTS (SELECT 1 FROM staff_grants sg WHERE sg.staff_id = s.id AND sg.revoked_at IS NULL AND sg.service_id = ANY($2::uuid[])))
     GROUP BY s.id ORDER BY s.name, s.id`,
    [all, serviceIds],
  );
  return rows;
}

/** The services each of these members of staff belongs to, for deciding on lists of flags. */
export async function serviceIdsOfStaff(uow: UnitOfWork, staffIds: readonly string[]): Promise<Map<string, string[]>> {
  if (staffIds.length === 0) return new Map();
  const { rows } = await uow.tx.query<TrainedStaffRow>(`${trainedStaffSelect} WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`, [
    staffIds,
  ]);
  return new Map(rows.map((r) => [r.id, r.service_ids]));
}
