import { describe, expect, test } from 'vitest';
import { recordParts, type RecordPart } from '../sharing/record-parts.js';
import { decideShared, sharedPartsFor, type ExternalActor, type PersonAccess, type SharedTarget } from './shared-record-policy.js';

const ORG = 'org-1';
const PEGGY = 'person-peggy';
const ARTHUR = 'person-arthur';
const NOW = new Date('2026-12-06T12:00:00Z');
const tomorrow = '2026-12-07T00:00:00.000Z';
const anHourAgo = '2026-12-06T11:00:00.000Z';

function access(overrides: Partial<PersonAccess>): PersonAccess {
  return {
    personId: PEGGY,
    parts: [],
    relationship: 'family',
    readOnly: false,
    via: { kind: 'contact', contactId: 'contact-1' },
    endsAt: null,
    ...overrides,
  };
}
const actor = (...list: PersonAccess[]): ExternalActor => ({ kind: 'external', accountId: 'account-1', organisationId: ORG, access: list });

type State = 'granted' | 'not granted' | 'expired' | 'revoked';
const contacts = ['self', 'family', 'friend', 'advocate', 'attorney', 'deputy', 'gp', 'professional', 'officer'] as const;
const states: State[] = ['granted', 'not granted', 'expired', 'revoked'];

/** A revoked share is a decision that shares nothing; the server leaves such a contact with no access at all. */
function actorFor(relationship: (typeof contacts)[number], part: RecordPart, state: State): ExternalActor {
  const readOnly = relationship === 'officer';
  const via: PersonAccess['via'] = readOnly ? { kind: 'grant', grantId: 'g-1', requestId: 'r-1' } : { kind: 'contact', contactId: 'c-1' };
  const other = recordParts.filter((p) => p !== part);
  switch (state) {
    case 'granted':
      return actor(access({ relationship, readOnly, via, parts: [part], endsAt: tomorrow }));
    case 'not granted':
      return actor(access({ relationship, readOnly, via, parts: other }));
    case 'expired':
      return actor(access({ relationship, readOnly, via, parts: recordParts, endsAt: anHourAgo }));
    case 'revoked':
      return actor();
  }
}

describe('every kind of contact × every part of the record × granted / not granted / expired / revoked', () => {
  const rows = contacts.flatMap((c) => recordParts.flatMap((p) => states.map((s) => [c, p, s] as const)));
  test.each(rows)('%s reading %s when %s', (relationship, part, state) => {
    const decision = decideShared(actorFor(relationship, part, state), 'read', { organisationId: ORG, personId: PEGGY, target: { kind: 'part', part } }, NOW);
    const expected = state === 'granted' ? { allowed: true } : state === 'not granted' ? { allowed: false, reason: 'forbidden' } : { allowed: false, reason: 'not_found' };
    expect(decision).toEqual(expected);
  });
});

describe('what else an outside reader may and may not do', () => {
  const family = actor(access({ parts: ['daily_records'] }));
  const self = actor(access({ relationship: 'self', parts: ['plan'] }));
  const officer = actor(access({ relationship: 'officer', readOnly: true, parts: recordParts, via: { kind: 'grant', grantId: 'g', requestId: 'r' } }));
  const cases: [string, ExternalActor, 'read' | 'create', string, SharedTarget, boolean | 'not_found'][] = [
    ['family sees who the person is', family, 'read', PEGGY, { kind: 'summary' }, true],
    ['family adds a comment', family, 'create', PEGGY, { kind: 'own_entries' }, true],
    ['an officer reads what they were granted', officer, 'read', PEGGY, { kind: 'part', part: 'finances' }, true],
    ['an officer never adds to the record', officer, 'create', PEGGY, { kind: 'own_entries' }, false],
    ['the person sees who looked at their record', self, 'read', PEGGY, { kind: 'record_views' }, true],
    ['family do not see who looked at the record', family, 'read', PEGGY, { kind: 'record_views' }, false],
    ['nobody changes the summary', self, 'create', PEGGY, { kind: 'summary' }, false],
    ['nobody writes a part of the record', self, 'create', PEGGY, { kind: 'part', part: 'plan' }, false],
    ['another person does not exist for them', family, 'read', ARTHUR, { kind: 'summary' }, 'not_found'],
    ['another person’s record cannot be written to', family, 'create', ARTHUR, { kind: 'own_entries' }, 'not_found'],
  ];
  test.each(cases)('%s', (_name, who, action, personId, target, expected) => {
    const decision = decideShared(who, action, { organisationId: ORG, personId, target }, NOW);
    if (expected === 'not_found') expect(decision).toEqual({ allowed: false, reason: 'not_found' });
    else expect(decision.allowed).toBe(expected);
  });

  test('another organisation’s person is not found, whatever the ids', () => {
    expect(decideShared(family, 'read', { organisationId: 'org-2', personId: PEGGY, target: { kind: 'summary' } }, NOW)).toEqual({ allowed: false, reason: 'not_found' });
  });

  test('a grant ends on time: allowed a millisecond before, not found at the moment it ends', () => {
    const ends = new Date('2026-12-06T15:00:00.000Z');
    const grant = actor(access({ relationship: 'officer', readOnly: true, parts: ['daily_records'], endsAt: ends.toISOString() }));
    const read = (at: Date) => decideShared(grant, 'read', { organisationId: ORG, personId: PEGGY, target: { kind: 'part', part: 'daily_records' } }, at);
    expect(read(new Date(ends.getTime() - 1)).allowed).toBe(true);
    expect(read(ends)).toEqual({ allowed: false, reason: 'not_found' });
  });

  test('parts shared through two routes are joined, each part once, in the record’s order', () => {
    const both = actor(access({ parts: ['health', 'plan'] }), access({ parts: ['plan', 'daily_records'], via: { kind: 'contact', contactId: 'c-2' } }), access({ parts: ['finances'], endsAt: anHourAgo }));
    expect(sharedPartsFor(both, PEGGY, NOW)).toEqual(['plan', 'daily_records', 'health']);
  });
});
