import { describe, expect, test } from 'vitest';
import { createDataRequestBodySchema, dataRequestTimingErrors, deadlineFor } from './data-request-body.js';

const now = new Date('2026-03-10T12:00:00Z');
const person = '5d1c1e0e-6a4b-4a57-9a38-0ac5b8f0b1a1';
const valid = {
  serviceId: 'a0c2c1c4-9e0e-4e77-8a6b-2d9b0f5a1c11',
  requester: { name: 'Priya Shah', organisation: 'Leeds City Council', role: 'social_care_professional', email: 'priya.shah@leeds.example', phone: '' },
  personIds: [person],
  whatAsked: 'Visit records for the last four weeks',
  receivedAt: '2026-03-10T09:00:00Z',
};
const hour = 3_600_000;

describe('logging a request', () => {
  test('a valid request: no deadline given means none, and the phone may be left empty', () => {
    const parsed = createDataRequestBodySchema.parse(valid);
    expect(parsed).toMatchObject({ dueAt: null, dueReason: null, requester: { phone: null } });
    expect(deadlineFor(parsed).toISOString()).toBe('2026-03-11T09:00:00.000Z');
  });

  test.each([
    ['no people', { personIds: [] }, 'personIds', 'Choose at least one person the request is about'],
    ['51 people', { personIds: Array.from({ length: 51 }, (_, i) => `5d1c1e0e-6a4b-4a57-9a38-${String(i).padStart(12, '0')}`) }, 'personIds', 'Choose 50 people or fewer'],
    ['the same person twice', { personIds: [person, person] }, 'personIds', 'Choose each person only once'],
    ['no role', { requester: { ...valid.requester, role: 'inspector' } }, 'requester.role', 'Choose their role'],
    ['a bad email', { requester: { ...valid.requester, email: 'priya at leeds' } }, 'requester.email', 'Enter an email address in the right format, like name@council.example'],
    ['no organisation', { requester: { ...valid.requester, organisation: '  ' } }, 'requester.organisation', 'Enter their organisation'],
    ['nothing asked', { whatAsked: '' }, 'whatAsked', 'Enter what was asked for'],
    ['a receipt time that is not one', { receivedAt: '10/03/2026' }, 'receivedAt', 'Enter a real date and time when the request was received'],
  ])('%s is a field error', (_name, change, field, message) => {
    const result = createDataRequestBodySchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([field, message]);
  });
});

describe('the deadline rules', () => {
  const body = (change: { receivedAt?: string; dueAt?: string | null; dueReason?: string | null }) => ({
    receivedAt: '2026-03-10T09:00:00Z', dueAt: null, dueReason: null, ...change,
  });
  test.each([
    ['received now, default deadline', body({ receivedAt: now.toISOString() }), []],
    ['received 4 minutes ahead of the clock (a fast device)', body({ receivedAt: new Date(now.getTime() + 4 * 60_000).toISOString() }), []],
    ['received 10 minutes in the future', body({ receivedAt: new Date(now.getTime() + 10 * 60_000).toISOString() }), [['receivedAt', 'When the request was received must be now or in the past']]],
    ['a sooner deadline, no reason needed', body({ dueAt: '2026-03-10T17:00:00Z' }), []],
    ['exactly 24 hours, no reason needed', body({ dueAt: '2026-03-11T09:00:00Z' }), []],
    ['a deadline already past (logged late) is allowed', body({ receivedAt: '2026-03-08T09:00:00Z', dueAt: '2026-03-09T09:00:00Z' }), []],
    ['a deadline before receipt', body({ dueAt: '2026-03-10T08:00:00Z' }), [['dueAt', 'The deadline must be after the request was received']]],
    ['a deadline at receipt', body({ dueAt: '2026-03-10T09:00:00Z' }), [['dueAt', 'The deadline must be after the request was received']]],
    ['later than 24 hours without a reason', body({ dueAt: '2026-03-11T09:01:00Z' }), [['dueReason', 'Say why the deadline is later than 24 hours after receipt, for example what was agreed with the requester']]],
    ['later than 24 hours with a reason', body({ dueAt: '2026-03-13T09:00:00Z', dueReason: 'The council agreed three days' }), []],
    ['more than 30 days, even with a reason', body({ dueAt: new Date(Date.parse('2026-03-10T09:00:00Z') + 30 * 24 * hour + 60_000).toISOString(), dueReason: 'Agreed' }), [['dueAt', 'The deadline must be within 30 days of receiving the request']]],
    ['a reason with no deadline set', body({ dueReason: 'Agreed' }), [['dueReason', 'Give a reason only when you set a deadline later than 24 hours']]],
  ] as const)('%s', (_name, b, expected) => {
    expect(dataRequestTimingErrors(b, now).map((e) => [e.field, e.message])).toEqual(expected);
  });
});
