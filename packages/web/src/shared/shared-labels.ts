// Words the shared record portal shows for how a reader knows the person and what is shared with them.
import { contactRelationshipLabels, recordPartLabels, type RecordPart, type SharedPersonLink } from '@hearth/core';

export function relationshipLabel(relationship: SharedPersonLink['relationship']): string {
  if (relationship === 'officer') return 'Officer answering a request for information (read only)';
  if (relationship === 'self') return 'Your own record';
  return contactRelationshipLabels[relationship];
}

export function partsSentence(parts: readonly RecordPart[]): string {
  return parts.length === 0 ? 'Only who this is: nothing else is shared with you.' : parts.map((p) => recordPartLabels[p]).join('; ');
}

export function personName(person: { name: string; preferredName: string | null }): string {
  return person.preferredName && person.preferredName !== person.name ? `${person.name} (${person.preferredName})` : person.name;
}
