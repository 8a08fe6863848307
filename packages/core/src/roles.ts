// Staff roles and the facts about them that more than one part of Hearth needs.
export const staffRoles = [
  'care_worker',
  'senior_care_worker',
  'registered_manager',
  'quality_lead',
  'administrator',
] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffRoleLabels: Record<StaffRole, string> = {
  care_worker: 'Care worker',
  senior_care_worker: 'Senior care worker',
  registered_manager: 'Registered manager',
  quality_lead: 'Quality lead / auditor',
  administrator: 'Administrator',
};

/** Roles whose holders must pass a second factor (TOTP) before anything else. */
export function roleRequiresMfa(role: StaffRole): boolean {
  return role === 'registered_manager' || role === 'administrator';
}

export const serviceKinds = ['homecare', 'care_home'] as const;
export type ServiceKind = (typeof serviceKinds)[number];
export const serviceKindLabels: Record<ServiceKind, string> = {
  homecare: 'Homecare branch',
  care_home: 'Care home',
};
