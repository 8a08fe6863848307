import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../care-plan/timing.js';
import { rrnTrainingStanding, type RrnStanding, type RrnStandingRecord } from './rrn-standing.js';
import { staffTrainingTopics } from './training-record.js';

const today = '2026-11-20';
let n = 0;
const record = (overrides: Partial<RrnStandingRecord> = {}): RrnStandingRecord => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  topic: 'restrictive_practice',
  course: 'Reducing restrictive practice',
  completedOn: '2026-01-10',
  expiresOn: '2027-01-10',
  rrnCertified: true,
  current: true,
  ...overrides,
});

describe('RRN-certified restrictive-practice training', () => {
  test.each<[string, RrnStandingRecord[], RrnStanding, boolean]>([
    ['no records at all', [], 'missing', false],
    ['only safeguarding training', [record({ topic: 'safeguarding', rrnCertified: false })], 'missing', false],
    ['a certified course valid for more than 60 days', [record({ expiresOn: '2027-06-01' })], 'current', false],
    ['a certified course with no expiry date', [record({ expiresOn: null })], 'current', false],
    ['a certified course expiring within 60 days', [record({ expiresOn: '2026-12-31' })], 'expires_soon', false],
    ['a certified course that expired last month', [record({ expiresOn: '2026-10-20' })], 'expired', false],
    // An unexpired course that is not certified does not count: CQC expects certified training.
    ['an unexpired course that is not certified', [record({ rrnCertified: false, expiresOn: '2027-06-01' })], 'missing', true],
    [
      'expired certified training and an unexpired uncertified course',
      [record({ expiresOn: '2026-10-20' }), record({ rrnCertified: false, expiresOn: '2027-06-01' })],
      'expired',
      true,
    ],
    ['a certified course that has been replaced', [record({ current: false, expiresOn: '2027-06-01' })], 'missing', false],
    [
      'an expired course and a later refresher',
      [record({ expiresOn: '2026-10-20' }), record({ completedOn: '2026-10-25', expiresOn: '2027-10-25' })],
      'current',
      false,
    ],
  ])('%s', (_case, records, standing, hasUncertifiedCourse) => {
    const result = rrnTrainingStanding(records, today);
    expect(result.standing).toBe(standing);
    expect(result.hasUncertifiedCourse).toBe(hasUncertifiedCourse);
    expect(result.record === null).toBe(standing === 'missing');
  });

  test('the record that counts is the one valid longest', () => {
    const soon = record({ expiresOn: '2026-12-01' });
    const later = record({ expiresOn: '2027-09-01' });
    expect(rrnTrainingStanding([soon, later], today).record?.id).toBe(later.id);
    expect(rrnTrainingStanding([later, soon], today).record?.id).toBe(later.id);
  });

  const day = fc.integer({ min: -800, max: 800 }).map((d) => addDays(today, d));
  const anyRecord = fc.record({
    id: fc.uuid(),
    topic: fc.constantFrom(...staffTrainingTopics),
    course: fc.string(),
    completedOn: fc.constant('2024-01-01'),
    expiresOn: fc.option(day, { nil: null }),
    rrnCertified: fc.boolean(),
    current: fc.boolean(),
  });

  test('valid exactly when a current certified restrictive-practice record has not expired, whatever else is recorded', () => {
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 8 }), (records) => {
        const counts = records.filter((r) => r.current && r.topic === 'restrictive_practice' && r.rrnCertified);
        const valid = counts.some((r) => r.expiresOn === null || r.expiresOn >= today);
        const { standing, record: chosen } = rrnTrainingStanding(records, today);
        expect(standing === 'current' || standing === 'expires_soon').toBe(valid);
        expect(standing === 'missing').toBe(counts.length === 0);
        if (chosen) expect(counts.map((r) => r.id)).toContain(chosen.id);
        // The order records are given in never changes the answer.
        expect(rrnTrainingStanding([...records].reverse(), today)).toEqual(rrnTrainingStanding(records, today));
      }),
      { numRuns: 500 },
    );
  });
});
