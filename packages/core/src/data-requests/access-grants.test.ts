import { describe, expect, test } from 'vitest';
import {
  accessGrantBodySchema,
  accessGrantErrors,
  accessGrantRefusal,
  accessGrantState,
  defaultGrantEnd,
  describeGrantDisclosure,
  grantOfficer,
  revokeAccessGrantBodySchema,
} from './access-grants.js';

const now = new Date('2026-03-10T12:00:00Z');
const edith = '5d1c1e0e-6a4b-4a57-9a38-0ac5b8f0b1a1';
const alf = 'a0c2c1c4-9e0e-4e77-8a6b-2d9b0f5a1c11';
const nora = 'c3d4e5f6-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const minute = 60_000;
const day = 24 * 60 * minute;
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();
const valid = { personIds: [edith], parts: ['plan', 'daily_records'], expiresAt: at(7 * day) };
const request = { personIds: [edith, alf], requester: { name: 'Priya Shah', email: 'priya.shah@leeds.example' } };

describe('what a grant needs', () => {
  test('the officer may be left out: the request’s officer is used', () => {
    const parsed = accessGrantBodySchema.parse({ ...valid, officerName: '  ', officerEmail: '' });
    expect(parsed).toMatchObject({ officerName: null, officerEmail: null });
    expect(grantOfficer(parsed, request.requester)).toEqual({ name: 'Priya Shah', email: 'priya.shah@leeds.example' });
    const named = accessGrantBodySchema.parse({ ...valid, officerName: 'Sam Patel', officerEmail: ' sam.patel@leeds.example ' });
    expect(grantOfficer(named, request.requester)).toEqual({ name: 'Sam Patel', email: 'sam.patel@leeds.example' });
  });

  test.each([
    ['no people', { personIds: [] }, 'personIds', 'Choose at least one person the officer may see'],
    ['the same person twice', { personIds: [edith, edith] }, 'personIds', 'Choose each person only once'],
    ['no parts', { parts: [] }, 'parts', 'Choose at least one part of the record the officer may see'],
    ['a part that is not one', { parts: ['everything'] }, 'parts.0', 'Choose parts of the record from the list'],
    ['the same part twice', { parts: ['plan', 'plan'] }, 'parts', 'Choose each part only once'],
    ['an end that is not a date and time', { expiresAt: '17/03/2026' }, 'expiresAt', 'Enter a real date and time for when the access ends'],
    ['a bad email', { officerEmail: 'sam at leeds' }, 'officerEmail', 'Enter an email address in the right format, like name@council.example'],
  ])('%s is a field error', (_name, change, field, message) => {
    const result = accessGrantBodySchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([field, message]);
  });
});

describe('a grant checked against the request and the clock', () => {
  test.each([
    ['one person named in the request, for a week', valid, []],
    ['both people named', { ...valid, personIds: [alf, edith] }, []],
    ['someone the request does not name', { ...valid, personIds: [edith, nora] }, [['personIds', 'Choose only people named in the request']]],
    ['ending a minute from now', { ...valid, expiresAt: at(minute) }, []],
    ['ending now', { ...valid, expiresAt: at(0) }, [['expiresAt', 'The access must end in the future']]],
    ['ending yesterday', { ...valid, expiresAt: at(-day) }, [['expiresAt', 'The access must end in the future']]],
    ['ending exactly 30 days from now', { ...valid, expiresAt: at(30 * day) }, []],
    ['ending 30 days and a minute from now', { ...valid, expiresAt: at(30 * day + minute) }, [['expiresAt', 'The access must end within 30 days']]],
    ['someone not named and an end already past', { ...valid, personIds: [nora], expiresAt: at(-minute) }, [
      ['personIds', 'Choose only people named in the request'], ['expiresAt', 'The access must end in the future'],
    ]],
  ] as const)('%s', (_name, body, expected) => {
    expect(accessGrantErrors(body, request, now).map((e) => [e.field, e.message])).toEqual(expected);
  });

  test.each([
    ['open', null],
    ['answered', 'This request is answered already, so it cannot be answered with an access grant; log a new request if more is asked'],
    ['declined', 'This request is declined already, so it cannot be answered with an access grant; log a new request if more is asked'],
    ['withdrawn', 'This request is withdrawn already, so it cannot be answered with an access grant; log a new request if more is asked'],
  ] as const)('a request that is %s: %s', (status, refusal) => {
    expect(accessGrantRefusal(status)).toBe(refusal);
  });

  test('the form offers seven days from now, to the minute', () => {
    expect(defaultGrantEnd(new Date('2026-03-10T12:00:42.500Z')).toISOString()).toBe('2026-03-17T12:00:00.000Z');
  });
});

describe('a grant’s state', () => {
  const expiresAt = at(day);
  test.each([
    ['before its end', { expiresAt, revokedAt: null }, now, 'active'],
    ['a millisecond before its end', { expiresAt, revokedAt: null }, new Date(Date.parse(expiresAt) - 1), 'active'],
    ['at its end', { expiresAt, revokedAt: null }, new Date(expiresAt), 'expired'],
    ['after its end', { expiresAt, revokedAt: null }, new Date(Date.parse(expiresAt) + day), 'expired'],
    ['revoked before its end', { expiresAt, revokedAt: at(minute) }, new Date(now.getTime() + 2 * minute), 'revoked'],
    ['revoked, and past its end: still revoked', { expiresAt, revokedAt: at(minute) }, new Date(Date.parse(expiresAt) + day), 'revoked'],
  ] as const)('%s: %s', (_name, grant, when, state) => {
    expect(accessGrantState(grant, when)).toBe(state);
  });

  test('ending a grant needs a reason', () => {
    const result = revokeAccessGrantBodySchema.safeParse({ reason: ' ' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reason', 'Enter why the access is ended']]);
  });
});

describe('a grant in the person’s copy of their record', () => {
  test.each([
    ['in force', null, 'Gave Priya Shah (Leeds City Council) read-only access to: care and support plan (everyday sections); daily records of visits; from 10 March 2026 at 12:00 until 17 March 2026 at 12:00 (UK time)'],
    ['ended early', '2026-03-11T09:30:00Z', 'Gave Priya Shah (Leeds City Council) read-only access to: care and support plan (everyday sections); daily records of visits; from 10 March 2026 at 12:00 until 17 March 2026 at 12:00 (UK time); ended early on 11 March 2026 at 09:30'],
  ] as const)('%s', (_name, revokedAt, text) => {
    expect(describeGrantDisclosure({
      officerName: 'Priya Shah', organisation: 'Leeds City Council', parts: ['daily_records', 'plan'],
      createdAt: '2026-03-10T12:00:00Z', expiresAt: '2026-03-17T12:00:00Z', revokedAt,
    })).toBe(text);
  });
});
