// Staff accounts, their roles and invitations: managed by administrators, never deleted.
import { randomBytes } from 'node:crypto';
import type { CreateInvitationBody, Grant, StaffMember } from '@hearth/core';
import type { Config } from '../config.js';
import { endSessionsOf, hashToken } from '../auth/session-store.js';
import { onlyRow } from '../db/rows.js';
import { HttpError } from '../http/http-error.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';

const staffResource = (uow: UnitOfWork) => ({ kind: 'staff' as const, organisationId: uow.actor.organisationId });

export function listStaff(repo: RequestRepository): Promise<StaffMember[]> {
  return repo.run(async (uow) => {
    uow.require('list', staffResource(uow), { action: 'staff.list' });
    const { rows } = await uow.tx.query<{
      id: string; name: string; email: string; status: 'active' | 'deactivated'; mfa: boolean; created_at: Date; deactivated_at: Date | null;
      grants: Grant[] | null;
    }>(
      `SELECT s.id, s.name, s.email, s.status, s.totp_secret IS NOT NULL AS mfa, s.created_at, s.deactivated_at,
              (SELECT json_agg(json_build_object('role', g.role, 'serviceId', g.service_id) ORDER BY g.granted_at)
                 FROM staff_grants g WHERE g.staff_id = s.id AND g.revoked_at IS NULL) AS grants
       FROM staff s ORDER BY s.status, s.name`,
    );
    await uow.audit({ action: 'staff.list', resourceType: 'staff', detail: { results: rows.length } });
    return rows.map((r) => ({
      id: r.id, name: r.name, email: r.email, status: r.status, grants: r.grants ?? [], mfaEnrolled: r.mfa,
      createdAt: r.created_at.toISOString(), deactivatedAt: r.deactivated_at?.toISOString() ?? null,
    }));
  });
}

async function requireStaff(uow: UnitOfWork, staffId: string, action: string): Promise<void> {
  const found = await uow.tx.query('SELECT 1 FROM staff WHERE id = $1 FOR UPDATE', [staffId]);
  if (found.rowCount === 0) uow.notFound({ action, resourceType: 'staff', resourceId: staffId });
}

async function requireServices(uow: UnitOfWork, grants: readonly { serviceId: string | null }[], field: (i: number) => string): Promise<void> {
  for (const [i, g] of grants.entries()) {
    if (g.serviceId === null) continue;
    const found = await uow.tx.query('SELECT 1 FROM services WHERE id = $1', [g.serviceId]);
    if (found.rowCount === 0) throw new HttpError('validation', 'Some details need correcting', [{ field: field(i), message: 'Choose a service' }]);
  }
}

export function createInvitation(repo: RequestRepository, config: Config, body: CreateInvitationBody) {
  return repo.run(async (uow) => {
    uow.require('invite', staffResource(uow), { action: 'staff.invite' });
    await requireServices(uow, [body], () => 'serviceId');
    const inUse = await uow.tx.query<{ used: boolean }>('SELECT hearth_email_in_use($1) AS used', [body.email]);
    if (inUse.rows[0]?.used) {
      throw new HttpError('conflict', 'Someone already has a Hearth account with this email address', [{ field: 'email', message: 'This email address already has an account' }]);
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(uow.now.getTime() + config.invitationLifetimeSeconds * 1000);
    const { rows } = await uow.tx.query<{ id: string }>(
      `INSERT INTO invitations (organisation_id, token_hash, email, role, service_id, created_by, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [uow.actor.organisationId, hashToken(token), body.email, body.role, body.serviceId, uow.actor.staffId, uow.now, expiresAt],
    );
    const id = onlyRow({ rows }).id;
    await uow.audit({ action: 'staff.invite', resourceType: 'invitation', resourceId: id, detail: { role: body.role, serviceId: body.serviceId } });
    return { id, email: body.email, role: body.role, serviceId: body.serviceId, expiresAt: expiresAt.toISOString(), link: `/invitations/${token}` };
  });
}

export function updateGrants(repo: RequestRepository, staffId: string, grants: Grant[]): Promise<void> {
  return repo.run(async (uow) => {
    uow.require('assign_roles', staffResource(uow), { action: 'staff.assign_roles', resourceId: staffId });
    await requireStaff(uow, staffId, 'staff.assign_roles');
    await requireServices(uow, grants, (i) => `grants.${i}.serviceId`);
    await uow.tx.query('UPDATE staff_grants SET revoked_at = $2, revoked_by = $3 WHERE staff_id = $1 AND revoked_at IS NULL', [staffId, uow.now, uow.actor.staffId]);
    for (const g of grants) {
      await uow.tx.query(
        'INSERT INTO staff_grants (organisation_id, staff_id, role, service_id, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [uow.actor.organisationId, staffId, g.role, g.serviceId, uow.actor.staffId, uow.now],
      );
    }
    // A changed role may need a second factor the current sessions never passed: sign in again.
    await endSessionsOf(uow.tx, staffId, uow.now);
    await uow.audit({ action: 'staff.assign_roles', resourceType: 'staff', resourceId: staffId, detail: { grants } });
  });
}

export function resetMfa(repo: RequestRepository, staffId: string): Promise<void> {
  return repo.run(async (uow) => {
    uow.require('reset_mfa', staffResource(uow), { action: 'staff.reset_mfa', resourceId: staffId });
    await requireStaff(uow, staffId, 'staff.reset_mfa');
    await uow.tx.query('UPDATE staff SET totp_secret = NULL, totp_last_step = NULL WHERE id = $1', [staffId]);
    await endSessionsOf(uow.tx, staffId, uow.now);
    await uow.audit({ action: 'staff.reset_mfa', resourceType: 'staff', resourceId: staffId });
  });
}

export function deactivateStaff(repo: RequestRepository, staffId: string): Promise<void> {
  return repo.run(async (uow) => {
    uow.require('deactivate', staffResource(uow), { action: 'staff.deactivate', resourceId: staffId });
    await requireStaff(uow, staffId, 'staff.deactivate');
    if (staffId === uow.actor.staffId) throw new HttpError('conflict', 'You cannot deactivate your own account; ask another administrator.');
    await uow.tx.query("UPDATE staff SET status = 'deactivated', deactivated_at = $2 WHERE id = $1 AND status = 'active'", [staffId, uow.now]);
    await endSessionsOf(uow.tx, staffId, uow.now);
    await uow.audit({ action: 'staff.deactivate', resourceType: 'staff', resourceId: staffId });
  });
}
