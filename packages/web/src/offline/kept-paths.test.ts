import { describe, expect, test } from 'vitest';
import { getCarePlan, listPlanSections } from '../api/care-plan';
import { getCommunicationNeeds } from '../api/communication-needs';
import { getPerson, searchPeople } from '../api/people';
import { myPlannedVisitsPath } from '../api/planned-visits';
import { listServices } from '../api/staff';
import { getPlannedVisits } from '../api/visit-records';
import { keepAheadPaths } from './keep-ahead';
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
    ['/api/planned-visits/mine', true],
    // What the "now", record and plan pages do not need stays off the phone.
    [`/api/people/${person}/history`, false],
    [`/api/people/${person}/visit-records`, false],
    [`/api/people/${person}/care-plan/versions/2`, false],
    [`/api/people/${person}/capacity-records`, false],
    ['/api/auth/me', false],
    ['/api/staff', false],
    ['/api/outbox-reports/attention', false],
    [`/api/planned-visits/${person}`, false],
    ['/api/people/not-an-id', false],
  ])('%s → %s', (path, kept) => {
    expect(isKeptForOffline(path)).toBe(kept);
  });
});

describe('what is kept ahead of a round is what the pages read, and is kept', () => {
  const aheadPaths = [keepAheadPaths.sections, keepAheadPaths.services, keepAheadPaths.people, ...keepAheadPaths.ofPerson(person)];

  test('every path fetched ahead is one the phone keeps', () => {
    for (const path of [myPlannedVisitsPath, ...aheadPaths]) expect(isKeptForOffline(path), path).toBe(true);
  });

  test('the paths are the ones the record, plan, now and visit form pages ask for', async () => {
    const asked: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (input: RequestInfo | URL) => {
      asked.push(typeof input === 'string' ? input : input instanceof URL ? input.pathname + input.search : input.url);
      return Promise.resolve(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    try {
      await Promise.all([getPerson(person), getCarePlan(person), getCommunicationNeeds(person), getPlannedVisits(person), listServices(), listPlanSections(), searchPeople({})]);
    } finally {
      globalThis.fetch = original;
    }
    expect(asked.sort()).toEqual([...aheadPaths].sort());
  });
});
