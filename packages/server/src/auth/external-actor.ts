// Loads who a signed-in outside reader is and what they may reach now: the contacts they act as (with the person's
// newest sharing decision for each) and the data-request grants they hold. Loaded afresh on every request, so a
// revoked share or an ended grant takes effect at once.
import { sharingInForce, type ContactRelationship, type ExternalActor, type PersonAccess, type RecordPart } from '@hearth/core';
import { londonDate, nextDate, startOfLondonDay } from '../dates.js';
import type { Tx } from '../db/transaction.js';

export interface ExternalIdentity {
  actor: ExternalActor;
  name: string;
  email: string;
  organisationName: string;
}

interface ContactAccessRow {
  contact_id: string;
  person_id: string;
  relationship: ContactRelationship;
  parts: RecordPart[] | null;
  ends_on: string | null;
  revoked: boolean | null;
  recorded_at: Date | null;
}

interface GrantAccessRow {
  grant_id: string;
  request_id: string;
  person_ids: string[];
  parts: RecordPart[];
  expires_at: Date;
  revoked: boolean;
}

export async function loadExternalIdentity(tx: Tx, accountId: string, now: Date): Promise<ExternalIdentity | null> {
  const account = await tx.query<{ id: string; organisation_id: string; name: string; email: string; organisation_name: string }>(
    `SELECT a.id, a.organisation_id, a.name, a.email, o.name AS organisation_name
     FROM external_accounts a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = $1`,
    [accountId],
  );
  const row = account.rows[0];
  if (!row) return null;
  const contacts = await tx.query<ContactAccessRow>(
    `SELECT c.id AS contact_id, c.person_id, c.relationship, d.parts, to_char(d.ends_on, 'YYYY-MM-DD') AS ends_on, d.revoked, d.recorded_at
     FROM external_account_links l
     JOIN person_contacts c ON c.id = l.contact_id
     LEFT JOIN LATERAL (
       SELECT parts, ends_on, revoked, recorded_at FROM sharing_decisions s
       WHERE s.contact_id = c.id ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1
     ) d ON true
     WHERE l.account_id = $1 AND l.contact_id IS NOT NULL`,
    [accountId],
  );
  const grants = await tx.query<GrantAccessRow>(
    `SELECT g.id AS grant_id, g.request_id, g.person_ids, g.parts, g.expires_at, (r.grant_id IS NOT NULL) AS revoked
     FROM external_account_links l
     JOIN data_request_grants g ON g.id = l.grant_id
     LEFT JOIN data_request_grant_revocations r ON r.grant_id = g.id
     WHERE l.account_id = $1 AND l.grant_id IS NOT NULL`,
    [accountId],
  );
  const today = londonDate(now);
  const access: PersonAccess[] = [];
  for (const c of contacts.rows) {
    const decisions = c.recorded_at === null ? [] : [{ contactId: c.contact_id, parts: c.parts ?? [], endsOn: c.ends_on, revoked: c.revoked ?? false, recordedAt: c.recorded_at.toISOString() }];
    const inForce = sharingInForce(decisions, today);
    if (inForce.state !== 'sharing') continue;
    access.push({
      personId: c.person_id,
      parts: inForce.parts,
      relationship: c.relationship,
      readOnly: false,
      via: { kind: 'contact', contactId: c.contact_id },
      endsAt: inForce.endsOn === null ? null : startOfLondonDay(nextDate(inForce.endsOn)).toISOString(),
    });
  }
  for (const g of grants.rows) {
    if (g.revoked || g.expires_at <= now) continue;
    for (const personId of g.person_ids) {
      access.push({
        personId,
        parts: g.parts,
        relationship: 'officer',
        readOnly: true,
        via: { kind: 'grant', grantId: g.grant_id, requestId: g.request_id },
        endsAt: g.expires_at.toISOString(),
      });
    }
  }
  return {
    actor: { kind: 'external', accountId: row.id, organisationId: row.organisation_id, access },
    name: row.name,
    email: row.email,
    organisationName: row.organisation_name,
  };
}
