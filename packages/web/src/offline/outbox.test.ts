import type { CreateVisitRecordBody } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { afterAttempt, entriesOf, newOutboxEntry, outcomeOf, retryEntry, type OutboxEntry, type SendOutcome } from './outbox';

const now = new Date('2026-03-02T10:30:00Z');
const body = (clientId: string, visitLabel = 'Tea visit') =>
  ({ clientId, kind: 'visit', visitLabel, plannedFor: null, arrivedAt: '2026-03-02T10:00:00.000Z', leftAt: null, content: {} }) as unknown as CreateVisitRecordBody;
const entry = (clientId: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry => ({
  ...newOutboxEntry({ staffId: 'carer', personId: 'peggy', personName: 'Margaret Ellen Thompson', body: body(clientId) }, now),
  ...overrides,
});

describe('reading the answer to a send', () => {
  test.each<[string, Parameters<typeof outcomeOf>[0], SendOutcome['kind']]>([
    ['stored now', { status: 201 }, 'sent'],
    ['already stored (a repeat of the same client id)', { status: 200 }, 'sent'],
    ['no signal', { status: 0 }, 'unreachable'],
    ['a gateway says Hearth is down', { status: 502 }, 'unreachable'],
    ['Hearth is unavailable', { status: 503 }, 'unreachable'],
    ['the session ended', { status: 401, code: 'unauthenticated' }, 'signed_out'],
    ['the CSRF token is stale (a session restored offline)', { status: 403, code: 'csrf' }, 'signed_out'],
    ['too many requests', { status: 429, code: 'rate_limited' }, 'try_later'],
    ['a fault on the server', { status: 500, code: 'internal' }, 'try_later'],
    ['invalid content', { status: 400, code: 'validation' }, 'refused'],
    ['not allowed', { status: 403, code: 'forbidden' }, 'refused'],
    ['the person’s record was closed meanwhile', { status: 409, code: 'record_read_only' }, 'refused'],
    ['a different record with this client id', { status: 409, code: 'conflict' }, 'refused'],
  ])('%s → %s', (_case, answer, kind) => {
    expect(outcomeOf(answer).kind).toBe(kind);
  });

  test('a refusal keeps the server’s reason and field errors for the worker', () => {
    const outcome = outcomeOf({ status: 400, code: 'validation', message: 'Some details need correcting', fieldErrors: [{ field: 'arrivedAt', message: 'The time of arrival cannot be in the future' }] });
    expect(outcome).toEqual({
      kind: 'refused',
      refusal: { status: 400, code: 'validation', message: 'Some details need correcting', fieldErrors: [{ field: 'arrivedAt', message: 'The time of arrival cannot be in the future' }] },
    });
  });
});

describe('what becomes of an entry after a try', () => {
  const later = new Date('2026-03-02T11:00:00Z');

  test('sent: it leaves the phone, and the next entry is sent', () => {
    expect(afterAttempt(entry('a'), { kind: 'sent' }, later)).toEqual({ entry: null, stop: false });
  });

  test.each<SendOutcome['kind']>(['unreachable', 'signed_out', 'try_later'])('%s: it stays waiting, counted as tried, and the run stops', (kind) => {
    const result = afterAttempt(entry('a'), { kind } as SendOutcome, later);
    expect(result.stop).toBe(true);
    expect(result.entry).toMatchObject({ clientId: 'a', state: 'waiting', attempts: 1, lastTriedAt: later.toISOString(), refusal: null });
  });

  test('refused: it is never dropped; it stays, marked as needing attention, and the next entry is tried', () => {
    const refusal = { status: 409, code: 'record_read_only', message: 'This person’s support has ended', fieldErrors: [] };
    const result = afterAttempt(entry('a'), { kind: 'refused', refusal }, later);
    expect(result.stop).toBe(false);
    expect(result.entry).toMatchObject({ clientId: 'a', state: 'needs_attention', refusal, savedAt: now.toISOString(), body: body('a') });
  });

  test('sending again on purpose puts a refused entry back in the queue with its client id and saved time', () => {
    const refused = afterAttempt(entry('a'), { kind: 'refused', refusal: { status: 403, code: 'forbidden', message: 'No', fieldErrors: [] } }, later).entry!;
    expect(retryEntry(refused)).toMatchObject({ clientId: 'a', state: 'waiting', refusal: null, savedAt: now.toISOString(), attempts: 1 });
  });
});

describe('a worker’s outbox', () => {
  test('keeps the client id and the visit from the body, waiting, never tried', () => {
    expect(entry('a')).toMatchObject({ clientId: 'a', label: 'Tea visit', state: 'waiting', attempts: 0, lastTriedAt: null, savedAt: now.toISOString() });
  });

  test('lists only this worker’s entries, oldest first, optionally for one person', () => {
    const entries = [
      entry('c', { savedAt: '2026-03-02T10:20:00.000Z' }),
      entry('a', { savedAt: '2026-03-02T10:00:00.000Z' }),
      entry('b', { savedAt: '2026-03-02T10:10:00.000Z', personId: 'arthur' }),
      entry('x', { staffId: 'someone-else' }),
    ];
    expect(entriesOf(entries, 'carer').map((e) => e.clientId)).toEqual(['a', 'b', 'c']);
    expect(entriesOf(entries, 'carer', 'peggy').map((e) => e.clientId)).toEqual(['a', 'c']);
    expect(entriesOf(entries, 'nobody')).toEqual([]);
  });
});
