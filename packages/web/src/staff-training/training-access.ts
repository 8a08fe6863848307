// What the signed-in user may do with a member of staff's training, by the same decision the server makes.
import { staffTrainingDecision, type Action, type Me } from '@hearth/core';
import { actorFromMe } from '../access/permissions';

export function mayOnTraining(me: Me, action: Action, staff: { id: string; serviceIds: readonly string[] }): boolean {
  return staffTrainingDecision(actorFromMe(me), action, {
    staffId: staff.id,
    organisationId: me.organisation.id,
    serviceIds: staff.serviceIds,
  }).allowed;
}

/** A competence check is signed off, or an observation made, by someone other than the worker. */
export const mayCheckCompetence = (me: Me, staff: { id: string; serviceIds: readonly string[] }): boolean =>
  staff.id !== me.staffId && mayOnTraining(me, 'create', staff);
