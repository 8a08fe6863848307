// Loads who a signed-in staff member is and what they hold: the actor the access policy decides for.
import type { Grant, StaffActor, StaffRole } from '@hearth/core';
import type { Tx } from '../db/transaction.js';

export interface StaffIdentity {
  actor: StaffActor;
  name: string;
  email: string;
  status: 'active' | 'deactivated';
  organisationName: string;
  grants: (Grant & { serviceName: string | null })[];
}

export async function loadStaffIdentity(tx: Tx, staffId: string): Promise<StaffIdentity | null> {
  const staff = await tx.query<{ id: string; organisation_id: string; name: string; email: string; status: 'active' | 'deactivated'; organisation_name: string }>(
    `SELECT s.id, s.organisation_id, s.name, s.email, s.status, o.name AS organisation_name
     FROM staff s JOIN organisations o ON o.id = s.organisation_id WHERE s.id = $1`,
    [staffId],
  );
  const row = staff.rows[0];
  if (!row) return null;
  const grants = await tx.query<{ role: StaffRole; service_id: string | null; service_name: string | null }>(
    `SELECT g.role, g.service_id, sv.name AS service_name
     FROM staff_grants g LEFT JOIN services sv ON sv.id = g.service_id
     WHERE g.staff_id = $1 AND g.revoked_at IS NULL ORDER BY g.granted_at`,
    [staffId],
  );
  const grantList = grants.rows.map((g) => ({ role: g.role, serviceId: g.service_id, serviceName: g.service_name }));
  return {
    actor: {
      kind: 'staff',
      staffId: row.id,
      organisationId: row.organisation_id,
      grants: row.status === 'active' ? grantList.map(({ role, serviceId }) => ({ role, serviceId })) : [],
    },
    name: row.name,
    email: row.email,
    status: row.status,
    organisationName: row.organisation_name,
    grants: grantList,
  };
}
