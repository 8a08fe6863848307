// Gives demo contacts their own outside sign-ins, so the demo shows the shared record: David Thompson (Peggy Thompson's
// son) and Peggy herself sign in with the demo password. Each account is made as an accepted invitation would make
// it (an invitation marked used, then the link), so the demo holds nothing a real sign-up could not.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { appendAudit } from '../audit/audit-entry.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken } from '../auth/session-store.js';
import { onlyRow } from '../db/rows.js';
import { inTransaction } from '../db/transaction.js';
import { demoPassword, demoSharedSignIns } from './demo-data.js';

const demoSignInEmails = demoSharedSignIns.map((s) => s.email);

export async function seedDemoSharedSignIns(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const passwordHash = await hashPassword(demoPassword);
  await inTransaction(pool, organisationId, async (tx) => {
    const contacts = await tx.query<{ id: string; name: string; email: string; created_by: string }>(
      'SELECT id, name, email, created_by FROM person_contacts WHERE lower(email) = ANY($1) ORDER BY created_at',
      [demoSignInEmails],
    );
    for (const contact of contacts.rows) {
      const existing = await tx.query<{ id: string }>('SELECT id FROM external_accounts WHERE lower(email) = lower($1)', [contact.email]);
      if (existing.rows.length > 0) continue;
      const invitation = onlyRow(await tx.query<{ id: string }>(
        `INSERT INTO external_invitations (organisation_id, token_hash, email, name, contact_id, expires_at, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $6) RETURNING id`,
        [organisationId, hashToken(randomBytes(32).toString('base64url')), contact.email, contact.name, contact.id, now, contact.created_by],
      ));
      const account = onlyRow(await tx.query<{ id: string }>(
        'INSERT INTO external_accounts (organisation_id, email, name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [organisationId, contact.email, contact.name, passwordHash, now],
      ));
      await tx.query(
        'INSERT INTO external_account_links (organisation_id, account_id, contact_id, invitation_id, created_at) VALUES ($1, $2, $3, $4, $5)',
        [organisationId, account.id, contact.id, invitation.id, now],
      );
      await tx.query('UPDATE external_invitations SET used_at = $2, used_by = $3 WHERE id = $1', [invitation.id, now, account.id]);
      await appendAudit(tx, {
        organisationId, actorId: account.id, action: 'shared.invitation.accept', resourceType: 'external_invitation', resourceId: invitation.id,
        outcome: 'success', detail: { external: true, demo: true, contactId: contact.id },
      });
    }
  });
}
