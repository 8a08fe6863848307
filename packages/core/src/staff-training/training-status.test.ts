import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../care-plan/timing.js';
import { staffTrainingStatus, staffTrainingExpiresSoonDays, type StaffTrainingStatus } from './training-status.js';

const today = '2026-11-20';

describe('the status of a training record on a day', () => {
  test.each<[string, string | null, StaffTrainingStatus]>([
    ['no expiry date', null, 'no_expiry'],
    ['expired yesterday', '2026-11-19', 'expired'],
    ['expired a year ago', '2025-11-20', 'expired'],
    ['expires today: still valid today', '2026-11-20', 'expires_soon'],
    ['expires tomorrow', '2026-11-21', 'expires_soon'],
    ['expires in exactly 60 days', '2027-01-19', 'expires_soon'],
    ['expires in 61 days', '2027-01-20', 'current'],
    ['expires in two years', '2028-11-20', 'current'],
  ])('%s', (_case, expiresOn, expected) => {
    expect(staffTrainingStatus(expiresOn, today)).toBe(expected);
  });

  test('the warning window is 60 days', () => {
    expect(staffTrainingExpiresSoonDays).toBe(60);
  });

  const day = fc.integer({ min: -3000, max: 3000 }).map((n) => addDays('2026-01-01', n));

  test('expired exactly when the expiry day is before today; expiring soon exactly within the window', () => {
    fc.assert(
      fc.property(day, day, (expiresOn, on) => {
        const status = staffTrainingStatus(expiresOn, on);
        expect(status === 'expired').toBe(expiresOn < on);
        expect(status === 'expires_soon').toBe(expiresOn >= on && expiresOn <= addDays(on, staffTrainingExpiresSoonDays));
        expect(status === 'current').toBe(expiresOn > addDays(on, staffTrainingExpiresSoonDays));
      }),
      { numRuns: 500 },
    );
  });

  test('as days pass a record only ever moves towards expired, never back', () => {
    const order: StaffTrainingStatus[] = ['current', 'expires_soon', 'expired'];
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 2000 }), (expiresOn, on, later) => {
        const before = order.indexOf(staffTrainingStatus(expiresOn, on));
        const after = order.indexOf(staffTrainingStatus(expiresOn, addDays(on, later)));
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  test('a record with no expiry date never expires', () => {
    fc.assert(
      fc.property(day, (on) => {
        expect(staffTrainingStatus(null, on)).toBe('no_expiry');
      }),
    );
  });
});
