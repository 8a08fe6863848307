// Choices for role and service in the staff forms.
import { staffRoleLabels, staffRoles, type Service } from '@hearth/core';
import type { Option } from '../components/fields';

export const roleOptions: Option[] = staffRoles.map((r) => ({ value: r, label: staffRoleLabels[r] }));

/** "All services" is the empty string in the form and null in the body. */
export function serviceOptions(services: Service[]): Option[] {
  return [{ value: '', label: 'All services' }, ...services.map((s) => ({ value: s.id, label: s.name }))];
}
