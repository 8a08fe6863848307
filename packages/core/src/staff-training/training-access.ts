// Who may see and keep a member of staff's training and competence records, decided by the access policy.
import { decide, type Action, type Decision, type StaffActor } from '../access/policy.js';

/** The member of staff the records are about: their organisation and the services they belong to. */
export interface TrainedStaffRef {
  staffId: string;
  organisationId: string;
  /**
   * The services they hold an active grant in. A senior's "own services" reach the staff of those services: a senior
   * of Oak House keeps the training of everyone holding a role at Oak House. Staff whose grants are all
   * organisation-wide belong to no service, so only organisation-wide roles reach them.
   */
  serviceIds: readonly string[];
}

/**
 * The policy's decision on a staff member's training records (kind `staff_training`): allowed when the actor may act
 * on it in any service the staff member belongs to, or across the organisation. Everyone may also read (never
 * record) their own: the policy gives care workers no reach over training, but a worker must be able to see their
 * own certificates, expiry dates and competence checks. This is the one place that rule lives.
 */
export function staffTrainingDecision(actor: StaffActor, action: Action, staff: TrainedStaffRef): Decision {
  const resource = (serviceId: string | null) => ({
    kind: 'staff_training' as const,
    organisationId: staff.organisationId,
    serviceId,
  });
  const organisationWide = decide(actor, action, resource(null));
  if (organisationWide.allowed || organisationWide.reason === 'not_found') return organisationWide;
  for (const serviceId of staff.serviceIds) {
    if (decide(actor, action, resource(serviceId)).allowed) return { allowed: true };
  }
  if ((action === 'read' || action === 'list') && staff.staffId === actor.staffId) return { allowed: true };
  return organisationWide;
}
