// How a contact's sharing reads on screen: the state as a tag, the parts they see in words, and their sign-in.
import {
  contactRelationshipLabels,
  contactSignInStatusLabels,
  recordPartLabels,
  sharingStateLabels,
  type ContactSharingNow,
  type ContactSummary,
  type RecordPart,
  type SharingState,
} from '@hearth/core';
import { formatDate, formatDateTime } from '../format';

export const sharingPath = (personId: string) => `/people/${personId}/sharing`;
export const contactPath = (personId: string, contactId: string) => `${sharingPath(personId)}/${contactId}`;

const tagColour: Record<SharingState, string> = {
  not_decided: 'nhsuk-tag--orange',
  sharing: 'nhsuk-tag--green',
  ended: 'nhsuk-tag--grey',
  revoked: 'nhsuk-tag--red',
  nothing_shared: 'nhsuk-tag--grey',
};

export function SharingStateTag({ state }: { state: SharingState }) {
  return <strong className={`nhsuk-tag ${tagColour[state]}`}>{sharingStateLabels[state]}</strong>;
}

export function partsText(parts: readonly RecordPart[]): string {
  return parts.length === 0 ? 'Nothing' : parts.map((p) => recordPartLabels[p]).join('; ');
}

/** What the contact sees today, in a sentence under the tag. */
export function sharingNowText(sharing: ContactSharingNow): string {
  switch (sharing.state) {
    case 'sharing':
      return sharing.endsOn ? `${partsText(sharing.parts)}, until ${formatDate(sharing.endsOn)}` : partsText(sharing.parts);
    case 'ended':
      return `Nothing: sharing ended after ${formatDate(sharing.endsOn)}`;
    case 'not_decided':
    case 'revoked':
    case 'nothing_shared':
      return 'Nothing';
  }
}

export function relationshipText(contact: Pick<ContactSummary, 'relationship' | 'relationshipDetail'>): string {
  const label = contactRelationshipLabels[contact.relationship];
  return contact.relationshipDetail ? `${label} (${contact.relationshipDetail})` : label;
}

export function signInText(signIn: ContactSummary['signIn']): string {
  return signIn.status === 'invited' && signIn.invitationExpiresAt
    ? `${contactSignInStatusLabels.invited}: the link works until ${formatDateTime(signIn.invitationExpiresAt)}`
    : contactSignInStatusLabels[signIn.status];
}
