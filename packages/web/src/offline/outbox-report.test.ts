import { outboxReportBodySchema, type CreateVisitRecordBody } from '@hearth/core';
import { describe, expect, test } from 'vitest';
import { newOutboxEntry, type OutboxEntry } from './outbox';
import { emptyOutboxSignature, outboxReportOf, outboxReportSignature } from './outbox-report';

const device = '11111111-2222-4333-8444-555555555555';
const peggy = '2f1c8d1e-6a4b-4c1e-9d2a-3b4c5d6e7f80';
const id = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const body = (clientId: string) =>
  ({ clientId, kind: 'visit', visitLabel: 'Tea visit', plannedFor: null, arrivedAt: '2026-03-02T10:00:00.000Z', leftAt: null, content: { mood: 'Very low today' } }) as unknown as CreateVisitRecordBody;
const entry = (n: number, savedAt: string, overrides: Partial<OutboxEntry> = {}): OutboxEntry => ({
  ...newOutboxEntry({ staffId: 'carer', personId: peggy, personName: 'Margaret Ellen Thompson', body: body(id(n)) }, new Date(savedAt)),
  ...overrides,
});

describe('what the phone reports of its outbox', () => {
  const waiting = entry(2, '2026-03-02T10:05:00Z');
  const refused = entry(1, '2026-03-01T09:00:00Z', {
    state: 'needs_attention',
    refusal: { status: 409, code: 'record_read_only', message: 'This record is closed', fieldErrors: [] },
  });

  test('ids, who for, when saved and whether refused (with its code), oldest first; never the record', () => {
    const report = outboxReportOf(device, [waiting, refused]);
    expect(report).toEqual({
      deviceId: device,
      entries: [
        { clientId: id(1), personId: peggy, savedAt: '2026-03-01T09:00:00.000Z', state: 'refused', lastErrorCode: 'record_read_only' },
        { clientId: id(2), personId: peggy, savedAt: '2026-03-02T10:05:00.000Z', state: 'waiting', lastErrorCode: null },
      ],
    });
    expect(JSON.stringify(report)).not.toMatch(/Very low|Margaret|Tea visit/);
    expect(outboxReportBodySchema.safeParse(report).success).toBe(true);
  });

  test('the same outbox in any order says the same; a change of state or a sent record says something new', () => {
    const same = outboxReportSignature(outboxReportOf(device, [refused, waiting]));
    expect(outboxReportSignature(outboxReportOf('another phone', [waiting, refused]))).toBe(same);
    expect(outboxReportSignature(outboxReportOf(device, [waiting, { ...refused, state: 'waiting', refusal: null }]))).not.toBe(same);
    expect(outboxReportSignature(outboxReportOf(device, [waiting]))).not.toBe(same);
  });

  test('an empty outbox says nothing new to a phone that never reported', () => {
    expect(outboxReportSignature(outboxReportOf(device, []))).toBe(emptyOutboxSignature);
  });
});
