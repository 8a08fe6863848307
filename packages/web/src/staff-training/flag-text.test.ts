import { describe, expect, test } from 'vitest';
import { assignmentText, practiceList, standingText } from './flag-text';

describe('flags in words', () => {
  test.each<[string[], string]>([
    [['physical'], 'physical intervention'],
    [['physical', 'seclusion'], 'physical intervention and seclusion'],
    [['physical', 'seclusion', 'mechanical'], 'physical intervention, seclusion and mechanical restraint'],
    [['something_new'], 'something new'],
  ])('%j → %s', (practices, text) => {
    expect(practiceList(practices)).toBe(text);
  });

  test('expired, expiring and missing training each say what is wrong', () => {
    expect(standingText({ standing: 'expired', expiresOn: '2026-11-13' })).toBe(
      'Their certified restrictive-practice training expired on 13 November 2026.',
    );
    expect(standingText({ standing: 'expires_soon', expiresOn: '2027-01-02' })).toMatch(
      /expires on 2 January 2027: book a refresher/,
    );
    expect(standingText({ standing: 'missing', expiresOn: null })).toMatch(/no restrictive-practice training certified/);
  });

  test('a planned visit is named with its time; a care home role is not', () => {
    expect(assignmentText({ basis: 'planned_visit', nextVisitAt: '2026-12-08T10:00:00.000Z' })).toBe(
      'visit planned on 8 December 2026 at 10:00',
    );
    expect(assignmentText({ basis: 'care_home_grant', nextVisitAt: null })).toBe('role in their care home');
  });
});
