import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { outboxEntriesUnsentForADay, outboxReportBodySchema, outboxUnsentAttentionMs } from './outbox-report.js';

const now = new Date('2026-03-05T10:00:00Z');
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const entry = (n: number, savedAt: string, state: 'waiting' | 'refused' = 'waiting') => ({
  clientId: id(n),
  personId: id(100),
  savedAt,
  state,
  lastErrorCode: state === 'refused' ? 'validation' : null,
});

describe('which unsent entries the senior on duty sees', () => {
  test.each([
    ['saved a minute ago', '2026-03-05T09:59:00Z', false],
    ['saved 23 hours 59 minutes ago', '2026-03-04T10:01:00Z', false],
    ['saved exactly a day ago', '2026-03-04T10:00:00Z', true],
    ['saved three days ago', '2026-03-02T10:00:00Z', true],
    ['saved with a phone clock running ahead', '2026-03-05T11:00:00Z', false],
  ])('%s → %s', (_what, savedAt, shown) => {
    expect(outboxEntriesUnsentForADay([entry(1, savedAt)], now)).toHaveLength(shown ? 1 : 0);
  });

  test('waiting and refused entries alike, oldest first', () => {
    const entries = [entry(1, '2026-03-03T12:00:00Z', 'refused'), entry(2, '2026-03-05T08:00:00Z'), entry(3, '2026-03-01T09:00:00Z')];
    expect(outboxEntriesUnsentForADay(entries, now).map((e) => e.clientId)).toEqual([id(3), id(1)]);
  });

  test('an entry is shown exactly when it has waited a day or more (any entries, any time)', () => {
    const savedAt = fc.date({ min: new Date('2026-02-20'), max: new Date('2026-03-06'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.array(savedAt, { maxLength: 30 }), (times) => {
        const entries = times.map((t, i) => entry(i, t.toISOString()));
        const shown = new Set(outboxEntriesUnsentForADay(entries, now).map((e) => e.clientId));
        for (const e of entries) expect(shown.has(e.clientId)).toBe(now.getTime() - Date.parse(e.savedAt) >= outboxUnsentAttentionMs);
      }),
    );
  });
});

describe('what a phone may report', () => {
  const body = { deviceId: id(20), entries: [entry(1, '2026-03-04T09:00:00Z')] };
  test.each([
    ['an ordinary report', body, []],
    ['an empty outbox', { ...body, entries: [] }, []],
    ['a phone with no id', { ...body, deviceId: 'phone' }, ['deviceId']],
    ['an entry in an unknown state', { ...body, entries: [{ ...body.entries[0], state: 'lost' }] }, ['entries.0.state']],
    ['an error code that is not a code', { ...body, entries: [{ ...body.entries[0], lastErrorCode: 'Name: Peggy' }] }, ['entries.0.lastErrorCode']],
    ['too many entries', { ...body, entries: Array.from({ length: 501 }, (_, i) => entry(i, '2026-03-04T09:00:00Z')) }, ['entries']],
  ])('%s → errors on %j', (_what, input, fields) => {
    const parsed = outboxReportBodySchema.safeParse(input);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(fields);
  });

  test('the content of a record is never kept: unknown fields are dropped', () => {
    const parsed = outboxReportBodySchema.parse({ ...body, entries: [{ ...body.entries[0], body: { mood: 'low' } }] });
    expect(Object.keys(parsed.entries[0]!).sort()).toEqual(['clientId', 'lastErrorCode', 'personId', 'savedAt', 'state']);
  });
});
