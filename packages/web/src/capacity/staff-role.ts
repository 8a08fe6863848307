// The signed-in member of staff's role in a service, in words, to start the assessor's or decision maker's role.
import { staffRoleLabels, type Me } from '@hearth/core';

export function roleLabelIn(me: Pick<Me, 'grants'>, serviceId: string | null): string {
  const grant = me.grants.find((g) => g.serviceId !== null && g.serviceId === serviceId) ?? me.grants.find((g) => g.serviceId === null);
  return grant ? staffRoleLabels[grant.role] : '';
}
