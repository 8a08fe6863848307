import { describe, expect, test } from 'vitest';
import { isKeptForOffline } from './kept-paths';

const person = '2f1c8d1e-6a4b-4c1e-9d2a-3b4c5d6e7f80';

describe('which answers are kept on the phone', () => {
  test.each([
    ['/api/people', true],
    ['/api/people?q=Peggy', true],
    [`/api/people/${person}`, true],
    [`/api/people/${person}/care-plan`, true],
    [`/api/people/${person}/communication-needs`, true],
    [`/api/people/${person}/visits/planned`, true],
    [`/api/people/${person}/visits/planned?date=2026-03-02`, true],
    ['/api/care-plan-sections', true],
    ['/api/services', true],
    // What the "now", record and plan pages do not need stays off the phone.
    [`/api/people/${person}/history`, false],
    [`/api/people/${person}/visit-records`, false],
    [`/api/people/${person}/care-plan/versions/2`, false],
    [`/api/people/${person}/capacity-records`, false],
    ['/api/auth/me', false],
    ['/api/staff', false],
    ['/api/people/not-an-id', false],
  ])('%s → %s', (path, kept) => {
    expect(isKeptForOffline(path)).toBe(kept);
  });
});
