// A person's contacts and what the person decides each may see: add a contact, record or stop sharing (each a new
// decision, never a change), invite a contact to their own sign-in, and read what contacts added. Staff side only.
import {
  isClosedStatus,
  sharingAuthorityErrors,
  sharingEndErrors,
  sharingInForce,
  type ContactDetail,
  type ContactEntryView,
  type ContactInvitationResponse,
  type ContactSummary,
  type NewContactBody,
  type RecordPart,
  type RevokeSharingBody,
  type SharingDecisionBody,
  type SharingDecisionView,
} from '@hearth/core';
import { issueExternalInvitation } from '../auth/external-invitations.js';
import type { Config } from '../config.js';
import { londonDate } from '../dates.js';
import { HttpError } from '../http/http-error.js';
import { loadPerson, type PersonRef } from './care-plan-repository.js';
import type { RequestRepository, UnitOfWork } from './request-repository.js';
import { sharingAuthorityFacts, withAuthorityDescribed } from './sharing-authority-read.js';
import { contactSummaries, decisionsFor, type ContactRow } from './sharing-queries.js';

type SharingResource = 'person_contact' | 'sharing_decision' | 'contact_entry' | 'capacity_assessment' | 'best_interests_decision' | 'capacity_record';

const resource = (kind: SharingResource, person: PersonRef) => ({
  kind,
  organisationId: person.organisation_id,
  serviceId: person.service_id,
});

function refuseIfClosed(person: PersonRef): void {
  if (isClosedStatus(person.status))
    throw new HttpError('record_read_only', 'This person\u2019s support has ended, so their record is kept as it was.');
}

async function loadContact(uow: UnitOfWork, personId: string, contactId: string, action: string): Promise<ContactRow> {
  const contact = (await contactSummaries(uow, personId, contactId))[0];
  if (!contact) uow.notFound({ action, resourceType: 'person_contact', resourceId: contactId });
  return contact;
}

function summaryOf(contact: ContactRow, decisions: readonly SharingDecisionView[], today: string): ContactSummary {
  const { row, signIn } = contact;
  return {
    id: row.id,
    personId: row.person_id,
    name: row.name,
    relationship: row.relationship,
    relationshipDetail: row.relationship_detail,
    email: row.email,
    phone: row.phone,
    createdAt: row.created_at.toISOString(),
    createdByName: row.created_by_name,
    sharing: sharingInForce(
      decisions.map((d) => ({ ...d, contactId: row.id })),
      today,
    ),
    signIn,
  };
}

/** Everyone around the person who may be given a view, each with what they see today and whether they can sign in. */
export function listContacts(repo: RequestRepository, personId: string): Promise<ContactSummary[]> {
  const action = 'person_contact.list';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('list', resource('person_contact', person), { action, resourceId: personId });
    uow.require('read', resource('sharing_decision', person), { action, resourceId: personId });
    const contacts = await contactSummaries(uow, personId);
    const decisions = await decisionsFor(uow, personId);
    const today = londonDate(uow.now);
    const result = contacts.map((c) => summaryOf(c, decisions.get(c.row.id) ?? [], today));
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { contacts: result.length, sharing: result.filter((c) => c.sharing.state === 'sharing').length },
    });
    return result;
  });
}

/** The records a decision for the person rests on: those who may read sharing decisions read them too, save administrators. */
const capacityKinds = ['capacity_assessment', 'best_interests_decision', 'capacity_record'] as const;
const mayReadCapacity = (uow: UnitOfWork, person: PersonRef) => capacityKinds.every((kind) => uow.allows('read', resource(kind, person)));

async function detailFor(uow: UnitOfWork, person: PersonRef, contactId: string, action: string): Promise<ContactDetail> {
  const contact = await loadContact(uow, person.id, contactId, action);
  const found = (await decisionsFor(uow, person.id, contactId)).get(contactId) ?? [];
  const decisions = mayReadCapacity(uow, person) ? await withAuthorityDescribed(uow, person.id, found) : found;
  return { ...summaryOf(contact, decisions, londonDate(uow.now)), decisions };
}

/** One contact, with every decision about them newest first. */
export function getContact(repo: RequestRepository, personId: string, contactId: string): Promise<ContactDetail> {
  const action = 'person_contact.read';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource('person_contact', person), { action, resourceId: personId });
    uow.require('read', resource('sharing_decision', person), { action, resourceId: personId });
    const detail = await detailFor(uow, person, contactId, action);
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { contactId, decisions: detail.decisions.length, state: detail.sharing.state },
    });
    return detail;
  });
}

export function createContact(repo: RequestRepository, personId: string, body: NewContactBody): Promise<ContactDetail> {
  const action = 'person_contact.create';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('create', resource('person_contact', person), { action, resourceId: personId });
    refuseIfClosed(person);
    const inserted = await uow.tx.query<{ id: string }>(
      `INSERT INTO person_contacts (organisation_id, person_id, name, relationship, relationship_detail, email, phone, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        person.organisation_id,
        personId,
        body.name,
        body.relationship,
        body.relationshipDetail ?? '',
        body.email,
        body.phone,
        uow.actor.staffId,
        uow.now,
      ],
    );
    const contactId = inserted.rows[0]?.id ?? '';
    // Codes only: names and contact details stay out of the audit log.
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { contactId, relationship: body.relationship, hasEmail: body.email !== null },
    });
    return detailFor(uow, person, contactId, action);
  });
}

async function insertDecision(
  uow: UnitOfWork,
  person: PersonRef,
  contactId: string,
  decision: { parts: readonly RecordPart[]; endsOn: string | null; revoked: boolean } & Pick<
    SharingDecisionBody,
    'decidedBy' | 'authorityDetail' | 'reason'
  > &
    Partial<Pick<SharingDecisionBody, 'capacityAssessmentId' | 'bestInterestsDecisionId' | 'legalAuthorityRecordId'>>,
): Promise<string> {
  const inserted = await uow.tx.query<{ id: string }>(
    `INSERT INTO sharing_decisions (organisation_id, person_id, contact_id, parts, ends_on, decided_by, authority_detail,
       capacity_assessment_id, best_interests_decision_id, legal_authority_record_id, revoked, reason, recorded_by, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      person.organisation_id,
      person.id,
      contactId,
      decision.parts,
      decision.endsOn,
      decision.decidedBy,
      decision.authorityDetail ?? '',
      decision.capacityAssessmentId ?? null,
      decision.bestInterestsDecisionId ?? null,
      decision.legalAuthorityRecordId ?? null,
      decision.revoked,
      decision.reason,
      uow.actor.staffId,
      uow.now,
    ],
  );
  return inserted.rows[0]?.id ?? '';
}

/** Records what the person (or someone with authority for them) decided this contact may see; it is in force at once. */
export function recordSharingDecision(
  repo: RequestRepository,
  personId: string,
  contactId: string,
  body: SharingDecisionBody,
): Promise<ContactDetail> {
  const action = 'sharing_decision.record';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('update', resource('sharing_decision', person), { action, resourceId: personId });
    refuseIfClosed(person);
    await loadContact(uow, personId, contactId, action);
    // Naming the records a decision for the person rests on needs leave to read them.
    if (body.decidedBy === 'legal_authority') {
      for (const kind of capacityKinds) uow.require('read', resource(kind, person), { action, resourceId: personId });
    }
    const errors = [
      ...sharingEndErrors(body, londonDate(uow.now)),
      // The person's own decision is checked too: an assessment in force may find they lack capacity for it.
      ...sharingAuthorityErrors(body, await sharingAuthorityFacts(uow, personId)),
    ];
    if (errors.length > 0) throw new HttpError('validation', 'Some details need correcting', errors);
    const decisionId = await insertDecision(uow, person, contactId, { ...body, revoked: false });
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: {
        contactId,
        decisionId,
        parts: body.parts,
        endsOn: body.endsOn,
        decidedBy: body.decidedBy,
        capacityAssessmentId: body.capacityAssessmentId,
        bestInterestsDecisionId: body.bestInterestsDecisionId,
        legalAuthorityRecordId: body.legalAuthorityRecordId,
      },
    });
    return detailFor(uow, person, contactId, action);
  });
}

/** Stops sharing with a contact: a new decision that shares nothing, so the history shows what was shared before. */
export function revokeSharing(
  repo: RequestRepository,
  personId: string,
  contactId: string,
  body: RevokeSharingBody,
): Promise<ContactDetail> {
  const action = 'sharing_decision.revoke';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('update', resource('sharing_decision', person), { action, resourceId: personId });
    // Allowed after support ends too: stopping a view of the record must always be possible.
    await loadContact(uow, personId, contactId, action);
    const decisionId = await insertDecision(uow, person, contactId, { ...body, parts: [], endsOn: null, revoked: true });
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { contactId, decisionId, decidedBy: body.decidedBy },
    });
    return detailFor(uow, person, contactId, action);
  });
}

/** Invites a contact to make their own sign-in; the link is answered once and only its hash is kept. */
export function inviteContact(
  repo: RequestRepository,
  config: Config,
  personId: string,
  contactId: string,
): Promise<ContactInvitationResponse> {
  const action = 'person_contact.invite';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('invite', resource('person_contact', person), { action, resourceId: personId });
    refuseIfClosed(person);
    const { row } = await loadContact(uow, personId, contactId, action);
    if (row.email === null)
      throw new HttpError('validation', 'This contact has no email address', [
        { field: 'email', message: 'Add the contact again with their email address to invite them to sign in' },
      ]);
    const issued = await issueExternalInvitation(uow.tx, config, {
      organisationId: person.organisation_id,
      email: row.email,
      name: row.name,
      target: { contactId },
      createdBy: uow.actor.staffId,
      now: uow.now,
    });
    // Never the token or link: whoever reads the audit log must not be able to use the invitation.
    await uow.audit({
      action,
      resourceType: 'person',
      resourceId: personId,
      detail: { contactId, invitationId: issued.id, expiresAt: issued.expiresAt.toISOString() },
    });
    return { link: issued.link, expiresAt: issued.expiresAt.toISOString() };
  });
}

interface EntryRow {
  id: string;
  contact_id: string;
  contact_name: string;
  relationship: ContactEntryView['relationship'];
  kind: ContactEntryView['kind'];
  body: string;
  created_at: Date;
}

/** What the person, family and advocates added through their own sign-ins, newest first. Staff read, never change. */
export function listContactEntries(repo: RequestRepository, personId: string): Promise<ContactEntryView[]> {
  const action = 'contact_entry.list';
  return repo.run(async (uow) => {
    const person = await loadPerson(uow, personId, action);
    uow.require('read', resource('contact_entry', person), { action, resourceId: personId });
    const { rows } = await uow.tx.query<EntryRow>(
      `SELECT e.id, e.contact_id, c.name AS contact_name, c.relationship, e.kind, e.body, e.created_at
       FROM contact_entries e JOIN person_contacts c ON c.id = e.contact_id
       WHERE e.person_id = $1 ORDER BY e.created_at DESC, e.id DESC`,
      [personId],
    );
    await uow.audit({ action, resourceType: 'person', resourceId: personId, detail: { entries: rows.length } });
    return rows.map((r) => ({
      id: r.id,
      contactId: r.contact_id,
      contactName: r.contact_name,
      relationship: r.relationship,
      kind: r.kind,
      body: r.body,
      createdAt: r.created_at.toISOString(),
    }));
  });
}
