// The reads behind the sharing repository: a person's contacts with their sign-in status, and the decisions about
// them newest first. The caller has checked access.
import type { ContactRelationship, ContactSummary, RecordPart, SharingDecider, SharingDecisionView } from '@hearth/core';
import type { UnitOfWork } from './request-repository.js';

export interface ContactRow {
  row: {
    id: string;
    person_id: string;
    name: string;
    relationship: ContactRelationship;
    relationship_detail: string;
    email: string | null;
    phone: string | null;
    created_at: Date;
    created_by_name: string;
  };
  signIn: ContactSummary['signIn'];
}

type ContactQueryRow = ContactRow['row'] & { linked: boolean; invitation_expires_at: Date | null };

/** The person's contacts in the order they were added, or just one of them. */
export async function contactSummaries(uow: Pick<UnitOfWork, 'tx' | 'now'>, personId: string, contactId?: string): Promise<ContactRow[]> {
  const params: unknown[] = [personId, uow.now];
  const oneContact = contactId === undefined ? '' : `AND c.id = $${params.push(contactId)}`;
  const { rows } = await uow.tx.query<ContactQueryRow>(
    `SELECT c.id, c.person_id, c.name, c.relationship, c.relationship_detail, c.email, c.phone, c.created_at,
            s.name AS created_by_name,
            EXISTS (SELECT 1 FROM external_account_links l WHERE l.contact_id = c.id) AS linked,
            (SELECT max(i.expires_at) FROM external_invitations i
              WHERE i.contact_id = c.id AND i.used_at IS NULL AND i.expires_at > $2) AS invitation_expires_at
     FROM person_contacts c JOIN staff s ON s.id = c.created_by
     WHERE c.person_id = $1 ${oneContact}
     ORDER BY c.created_at, c.id`,
    params,
  );
  return rows.map(({ linked, invitation_expires_at, ...row }) => ({
    row,
    signIn: {
      status: linked ? 'signed_up' : invitation_expires_at ? 'invited' : 'not_invited',
      invitationExpiresAt: invitation_expires_at ? invitation_expires_at.toISOString() : null,
    },
  }));
}

interface DecisionRow {
  id: string;
  contact_id: string;
  parts: RecordPart[];
  ends_on: string | null;
  revoked: boolean;
  decided_by: SharingDecider;
  authority_detail: string;
  capacity_assessment_id: string | null;
  best_interests_decision_id: string | null;
  legal_authority_record_id: string | null;
  reason: string;
  recorded_by: string;
  recorded_by_name: string;
  recorded_at: Date;
}

/** Every decision about the person's contacts (or one contact), grouped by contact, newest first. */
export async function decisionsFor(
  uow: Pick<UnitOfWork, 'tx'>,
  personId: string,
  contactId?: string,
): Promise<Map<string, SharingDecisionView[]>> {
  const params: unknown[] = [personId];
  const oneContact = contactId === undefined ? '' : `AND d.contact_id = $${params.push(contactId)}`;
  const { rows } = await uow.tx.query<DecisionRow>(
    `SELECT d.id, d.contact_id, d.parts, to_char(d.ends_on, 'YYYY-MM-DD') AS ends_on, d.revoked, d.decided_by,
            d.authority_detail, d.capacity_assessment_id, d.best_interests_decision_id, d.legal_authority_record_id,
            d.reason, d.recorded_by, s.name AS recorded_by_name, d.recorded_at
     FROM sharing_decisions d JOIN staff s ON s.id = d.recorded_by
     WHERE d.person_id = $1 ${oneContact}
     ORDER BY d.recorded_at DESC, d.id DESC`,
    params,
  );
  const byContact = new Map<string, SharingDecisionView[]>();
  for (const r of rows) {
    const list = byContact.get(r.contact_id) ?? [];
    list.push({
      id: r.id,
      parts: r.parts,
      endsOn: r.ends_on,
      revoked: r.revoked,
      decidedBy: r.decided_by,
      authorityDetail: r.authority_detail,
      capacityAssessmentId: r.capacity_assessment_id,
      bestInterestsDecisionId: r.best_interests_decision_id,
      legalAuthorityRecordId: r.legal_authority_record_id,
      // Filled in by withAuthorityDescribed for readers who may read capacity records.
      restsOn: null,
      reason: r.reason,
      recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
      recordedAt: r.recorded_at.toISOString(),
    });
    byContact.set(r.contact_id, list);
  }
  return byContact;
}
