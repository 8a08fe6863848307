// Issuing an invitation to an outside sign-in: for a contact of a person, or for the officer a data-request grant
// names. Only the token's hash is kept; the link is shown once to the staff member who sends it.
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.js';
import { onlyRow } from '../db/rows.js';
import type { Tx } from '../db/transaction.js';
import { hashToken } from './session-store.js';

export interface IssuedExternalInvitation {
  id: string;
  expiresAt: Date;
  /** The path the invitee opens; sent to them by the provider. */
  link: string;
}

export async function issueExternalInvitation(
  tx: Tx,
  config: Config,
  input: {
    organisationId: string;
    email: string;
    name: string;
    target: { contactId: string } | { grantId: string };
    createdBy: string;
    now: Date;
    /** An invitation never outlives what it opens (an officer's grant). */
    notAfter?: Date;
  },
): Promise<IssuedExternalInvitation> {
  const token = randomBytes(32).toString('base64url');
  const lifetimeEnd = new Date(input.now.getTime() + config.invitationLifetimeSeconds * 1000);
  const expiresAt = input.notAfter && input.notAfter < lifetimeEnd ? input.notAfter : lifetimeEnd;
  const contactId = 'contactId' in input.target ? input.target.contactId : null;
  const grantId = 'grantId' in input.target ? input.target.grantId : null;
  const inserted = await tx.query<{ id: string }>(
    `INSERT INTO external_invitations (organisation_id, token_hash, email, name, contact_id, grant_id, expires_at, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [input.organisationId, hashToken(token), input.email, input.name, contactId, grantId, expiresAt, input.createdBy, input.now],
  );
  return { id: onlyRow(inserted).id, expiresAt, link: `/shared/join/${token}` };
}
