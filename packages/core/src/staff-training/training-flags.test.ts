import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../care-plan/timing.js';
import type { RrnStandingRecord } from './rrn-standing.js';
import { restrictivePracticeTrainingFlags, type TrainingFlagAssignment, type TrainingFlagPerson } from './training-flags.js';

const today = '2026-11-20';
const stan: TrainingFlagPerson = {
  personId: 'a0000000-0000-4000-8000-000000000001',
  personName: 'Stan Whitaker',
  serviceId: 'b0000000-0000-4000-8000-000000000001',
  restrictivePractices: ['physical'],
};
const winnie: TrainingFlagPerson = {
  personId: 'a0000000-0000-4000-8000-000000000002',
  personName: 'Winnie Osei',
  serviceId: stan.serviceId,
  restrictivePractices: [],
};
const olu = 'c0000000-0000-4000-8000-000000000001';
const grace = 'c0000000-0000-4000-8000-000000000002';

const assigned = (
  staffId: string,
  person: TrainingFlagPerson,
  staffName = staffId === olu ? 'Olu Adeyemi' : 'Grace Mensah',
): TrainingFlagAssignment => ({
  personId: person.personId,
  staffId,
  staffName,
  basis: 'care_home_grant',
  nextVisitAt: null,
});
const training = (staffId: string, overrides: Partial<RrnStandingRecord> = {}) => ({
  staffId,
  id: `d0000000-0000-4000-8000-${staffId.slice(-12)}`,
  topic: 'restrictive_practice' as const,
  course: 'Restrictive practice (RRN certified)',
  completedOn: '2025-10-01',
  expiresOn: '2027-10-01',
  rrnCertified: true,
  current: true,
  ...overrides,
});

describe('flags for staff assigned to someone whose plan allows a restrictive practice', () => {
  test.each<
    [string, ReturnType<typeof training>[], { severity: string; standing: string; hasUncertifiedCourse: boolean } | null]
  >([
    ['current certified training: no flag', [training(olu)], null],
    ['no training at all: flagged as missing', [], { severity: 'flag', standing: 'missing', hasUncertifiedCourse: false }],
    [
      'certified training expired last month: flagged',
      [training(olu, { expiresOn: '2026-10-20' })],
      { severity: 'flag', standing: 'expired', hasUncertifiedCourse: false },
    ],
    [
      'certified training expires within 60 days: a warning',
      [training(olu, { expiresOn: '2026-12-20' })],
      { severity: 'warning', standing: 'expires_soon', hasUncertifiedCourse: false },
    ],
    [
      'an unexpired course that is not certified does not count: flagged',
      [training(olu, { rrnCertified: false })],
      { severity: 'flag', standing: 'missing', hasUncertifiedCourse: true },
    ],
  ])('%s', (_case, records, expected) => {
    const flags = restrictivePracticeTrainingFlags({ people: [stan], assignments: [assigned(olu, stan)], records }, today);
    if (expected === null) expect(flags).toEqual([]);
    else
      expect(flags).toEqual([
        expect.objectContaining({ staffId: olu, personId: stan.personId, restrictivePractices: ['physical'], ...expected }),
      ]);
  });

  test('nobody is flagged for someone whose plan allows no restrictive practice', () => {
    expect(
      restrictivePracticeTrainingFlags({ people: [winnie], assignments: [assigned(olu, winnie)], records: [] }, today),
    ).toEqual([]);
  });

  test('staff not assigned to the person are not flagged, and an assignment is flagged once', () => {
    const flags = restrictivePracticeTrainingFlags(
      {
        people: [stan],
        assignments: [
          assigned(olu, stan),
          { ...assigned(olu, stan), basis: 'planned_visit', nextVisitAt: '2026-11-21T09:00:00.000Z' },
        ],
        records: [training(grace)],
      },
      today,
    );
    expect(flags.map((f) => f.staffId)).toEqual([olu]);
  });

  test('flags come before warnings', () => {
    const flags = restrictivePracticeTrainingFlags(
      {
        people: [stan],
        assignments: [assigned(grace, stan, 'Aaron Able'), assigned(olu, stan, 'Zed Zulu')],
        records: [training(grace, { expiresOn: '2026-12-01' })],
      },
      today,
    );
    expect(flags.map((f) => [f.staffName, f.severity])).toEqual([
      ['Zed Zulu', 'flag'],
      ['Aaron Able', 'warning'],
    ]);
  });

  const day = fc.integer({ min: -400, max: 400 }).map((d) => addDays(today, d));
  const staffIds = [
    'c0000000-0000-4000-8000-00000000000a',
    'c0000000-0000-4000-8000-00000000000b',
    'c0000000-0000-4000-8000-00000000000c',
  ];
  const people = [
    stan,
    winnie,
    {
      ...stan,
      personId: 'a0000000-0000-4000-8000-000000000003',
      personName: 'Third',
      restrictivePractices: ['seclusion', 'chemical'],
    },
  ];

  test('flagged exactly when assigned to someone with a restrictive practice and without valid certified training', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...staffIds), fc.constantFrom(...people)), { maxLength: 8 }),
        fc.array(
          fc.record({
            staffId: fc.constantFrom(...staffIds),
            id: fc.uuid(),
            topic: fc.constantFrom('restrictive_practice' as const, 'safeguarding' as const),
            course: fc.constant('A course'),
            completedOn: fc.constant('2024-01-01'),
            expiresOn: fc.option(day, { nil: null }),
            rrnCertified: fc.boolean(),
            current: fc.boolean(),
          }),
          { maxLength: 8 },
        ),
        (pairs, records) => {
          const flags = restrictivePracticeTrainingFlags(
            { people, assignments: pairs.map(([s, p]) => assigned(s, p, s)), records },
            today,
          );
          for (const staffId of staffIds) {
            const counted = records.filter(
              (r) => r.staffId === staffId && r.current && r.topic === 'restrictive_practice' && r.rrnCertified,
            );
            const validUntil = counted
              .map((r) => r.expiresOn ?? '9999-12-31')
              .filter((d) => d >= today)
              .sort()
              .pop();
            for (const person of people) {
              const isAssigned = pairs.some(([s, p]) => s === staffId && p.personId === person.personId);
              const found = flags.filter((f) => f.staffId === staffId && f.personId === person.personId);
              const shouldFlag = isAssigned && person.restrictivePractices.length > 0 && validUntil === undefined;
              const shouldWarn =
                isAssigned &&
                person.restrictivePractices.length > 0 &&
                validUntil !== undefined &&
                validUntil <= addDays(today, 60);
              expect(found.map((f) => f.severity)).toEqual(shouldFlag ? ['flag'] : shouldWarn ? ['warning'] : []);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
