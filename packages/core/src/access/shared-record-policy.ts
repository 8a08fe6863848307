// The access policy for people outside the provider's staff: the person, their family, friends, advocates and
// attorneys (as the person decided, contact by contact), and officers answering a data request (read-only, until
// their grant ends). Part of the one access policy: nothing else decides what an outside reader sees.
import type { ContactRelationship } from '../sharing/contacts.js';
import type { RecordPart } from '../sharing/record-parts.js';
import type { Decision } from './policy.js';

/** One person's record an external sign-in may reach, and how far. */
export interface PersonAccess {
  personId: string;
  parts: readonly RecordPart[];
  relationship: ContactRelationship | 'officer';
  /** Officers answering a data request read; they never add to the record. */
  readOnly: boolean;
  via: { kind: 'contact'; contactId: string } | { kind: 'grant'; grantId: string; requestId: string };
  /** When this access ends (an instant); null until the person changes it. */
  endsAt: string | null;
}

export interface ExternalActor {
  kind: 'external';
  accountId: string;
  organisationId: string;
  access: readonly PersonAccess[];
}

/**
 * What an outside reader asks for in one person's record:
 * - summary: who the person is (name, preferred name) and how they want information (communication needs);
 * - part: a part of the record the person shares contact by contact;
 * - own_entries: what this reader added (comments, About Me updates, feedback, concerns);
 * - record_views: who has looked at the record and when, which only the person themselves sees.
 */
export type SharedTarget = { kind: 'summary' } | { kind: 'part'; part: RecordPart } | { kind: 'own_entries' } | { kind: 'record_views' };

export type SharedAction = 'read' | 'create';

export interface SharedResource {
  organisationId: string;
  personId: string;
  target: SharedTarget;
}

/** The access in force now for one person; empty when none (never granted, ended, revoked, another person). */
export function accessInForce(actor: ExternalActor, personId: string, now: Date): PersonAccess[] {
  return actor.access.filter((a) => a.personId === personId && (a.endsAt === null || Date.parse(a.endsAt) > now.getTime()));
}

/** The parts of one person's record the reader may see now, in the order the parts are listed. */
export function sharedPartsFor(actor: ExternalActor, personId: string, now: Date): RecordPart[] {
  const parts = new Set(accessInForce(actor, personId, now).flatMap((a) => a.parts));
  return (['plan', 'daily_records', 'health', 'finances', 'behaviour_support'] as const).filter((p) => parts.has(p));
}

export function decideShared(actor: ExternalActor, action: SharedAction, resource: SharedResource, now: Date): Decision {
  if (resource.organisationId !== actor.organisationId) return { allowed: false, reason: 'not_found' };
  const access = accessInForce(actor, resource.personId, now);
  // A person the reader has no access to does not exist for them, so changing an id reveals nothing.
  if (access.length === 0) return { allowed: false, reason: 'not_found' };
  const target = resource.target;
  const allowed = (() => {
    switch (target.kind) {
      case 'summary':
        return action === 'read';
      case 'part':
        return action === 'read' && access.some((a) => a.parts.includes(target.part));
      case 'own_entries':
        return action === 'read' || access.some((a) => !a.readOnly);
      case 'record_views':
        return action === 'read' && access.some((a) => a.relationship === 'self');
    }
  })();
  return allowed ? { allowed: true } : { allowed: false, reason: 'forbidden' };
}
