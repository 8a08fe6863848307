// A person's contacts, what the person decided each may see, invitations to a contact's own sign-in, and what
// contacts added (staff side).
import type { ContactDetail, ContactEntryView, ContactInvitationResponse, ContactSummary } from '@hearth/core';
import { request } from './client';

const contactsUrl = (personId: string) => `/api/people/${encodeURIComponent(personId)}/contacts`;
const contactUrl = (personId: string, contactId: string) => `${contactsUrl(personId)}/${encodeURIComponent(contactId)}`;

export const listContacts = (personId: string) => request<ContactSummary[]>('GET', contactsUrl(personId));

export const getContact = (personId: string, contactId: string) =>
  request<ContactDetail>('GET', contactUrl(personId, contactId));

/** Bodies are sent as typed, so the server applies the same parsing the browser checked. */
export const addContact = (personId: string, body: unknown) => request<ContactDetail>('POST', contactsUrl(personId), { body });

export const recordSharingDecision = (personId: string, contactId: string, body: unknown) =>
  request<ContactDetail>('POST', `${contactUrl(personId, contactId)}/sharing`, { body });

export const stopSharing = (personId: string, contactId: string, body: unknown) =>
  request<ContactDetail>('POST', `${contactUrl(personId, contactId)}/sharing/revoke`, { body });

export const inviteContact = (personId: string, contactId: string) =>
  request<ContactInvitationResponse>('POST', `${contactUrl(personId, contactId)}/invitations`);

export const listContactEntries = (personId: string) =>
  request<ContactEntryView[]>('GET', `/api/people/${encodeURIComponent(personId)}/contact-entries`);
