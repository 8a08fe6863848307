// What the signed-in user may do, from the same policy the server enforces, so the app only offers what will work.
import { isAllowed, scopeFor, type Action, type Me, type ResourceKind, type StaffActor } from '@hearth/core';

export function actorFromMe(me: Me): StaffActor {
  return {
    kind: 'staff',
    staffId: me.staffId,
    organisationId: me.organisation.id,
    grants: me.grants.map((g) => ({ role: g.role, serviceId: g.serviceId })),
  };
}

/** Whether the user may do this anywhere at all (in at least one service). */
export function mayAnywhere(me: Me, action: Action, kind: ResourceKind): boolean {
  return scopeFor(actorFromMe(me), action, kind).kind !== 'none';
}

/** Whether the user may do this to a resource in the given service. */
export function mayInService(me: Me, action: Action, kind: ResourceKind, serviceId: string | null): boolean {
  return isAllowed(actorFromMe(me), action, { kind, organisationId: me.organisation.id, serviceId });
}
