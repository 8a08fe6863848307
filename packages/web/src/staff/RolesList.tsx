// A member of staff's roles, each with the service it is held in.
import { staffRoleLabels, type Service, type StaffMember } from '@hearth/core';
import { serviceLabel } from './useStaffData';

export function RolesList({ grants, services }: { grants: StaffMember['grants']; services: Service[] }) {
  return (
    <ul className="nhsuk-list hearth-compact-list">
      {grants.map((g, i) => (
        <li key={i}>
          {staffRoleLabels[g.role]} ({serviceLabel(services, g.serviceId)})
        </li>
      ))}
    </ul>
  );
}
