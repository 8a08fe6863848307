import { describe, expect, test } from 'vitest';
import { escalationUpdateRefusal, updateEscalationBodySchema, type EscalationStatus } from './visit-escalations.js';

const latestUpdateId = '0b8f7d0e-7c1a-4f4e-9d59-2c0f3f4b6a10';

describe('updating an escalated concern', () => {
  test.each<[EscalationStatus, 'acknowledged' | 'resolved', string | null, string | null]>([
    ['open', 'acknowledged', null, null],
    ['open', 'resolved', 'Rang the GP; district nurse visiting', null],
    ['acknowledged', 'resolved', 'District nurse dressed the heel', null],
    ['acknowledged', 'acknowledged', 'Left a message for the GP', null],
    ['acknowledged', 'acknowledged', null, 'This concern is already acknowledged: add a note to record progress'],
    ['resolved', 'acknowledged', 'Again', 'This concern is resolved and cannot be changed'],
    ['resolved', 'resolved', 'Again', 'This concern is resolved and cannot be changed'],
  ])('%s → %s with note %j: %s', (from, status, note, refusal) => {
    expect(escalationUpdateRefusal(from, { status, note })?.message ?? null).toBe(refusal);
  });

  test.each([
    [{ status: 'acknowledged', latestUpdateId: null }, []],
    [{ status: 'resolved', note: ' ', latestUpdateId }, [{ field: 'note', message: 'Say what was done to resolve the concern' }]],
    [{ status: 'closed', latestUpdateId }, [{ field: 'status', message: 'Choose acknowledge or resolve' }]],
    [{ status: 'acknowledged' }, [{ field: 'latestUpdateId', message: 'Reload the concern and try again' }]],
  ])('body %j', (body, errors) => {
    const result = updateEscalationBodySchema.safeParse(body);
    expect(result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))).toEqual(errors);
  });
});
