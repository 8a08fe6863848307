import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  restrictiveInterventionAttention,
  restrictiveInterventionCurrentOf,
  restrictiveInterventionDebriefStatus,
  type RestrictiveInterventionAttentionFacts,
  type RestrictiveInterventionDebriefFacts,
} from './intervention-attention.js';

const started = '2026-03-10T14:00:00.000Z';
const hours = (n: number) => new Date(Date.parse(started) + n * 3_600_000);

const use = (patch: Partial<RestrictiveInterventionAttentionFacts> = {}): RestrictiveInterventionAttentionFacts => ({
  id: 'a',
  supersedes: null,
  startedAt: started,
  followedPlan: 'yes',
  ...patch,
});
const debrief = (withWhom: 'person' | 'staff', heldOn: string, interventionId = 'a'): RestrictiveInterventionDebriefFacts => ({
  interventionId,
  withWhom,
  heldOn,
});

describe('where a debrief stands', () => {
  test.each([
    ['not held, within 72 hours', [], hours(71), 'due'],
    ['not held, 72 hours passed', [], hours(72), 'overdue'],
    ['held the same day', ['2026-03-10'], hours(200), 'held'],
    ['held on the day the 72 hours ran out', ['2026-03-13'], hours(200), 'held'],
    ['held the day after', ['2026-03-14'], hours(200), 'held_late'],
    ['held late, then again in time', ['2026-03-20', '2026-03-12'], hours(300), 'held'],
  ] as const)('%s: %s', (_name, heldOn, now, expected) => {
    expect(restrictiveInterventionDebriefStatus(started, heldOn, now)).toBe(expected);
  });
});

describe('what needs attention', () => {
  test.each<[string, RestrictiveInterventionAttentionFacts, RestrictiveInterventionDebriefFacts[], Date, string[]]>([
    ['nothing while the debriefs are still due', use(), [], hours(10), []],
    ['both debriefs overdue, the person’s first', use(), [], hours(73), ['debrief_overdue:person', 'debrief_overdue:staff']],
    ['only the missing one', use(), [debrief('staff', '2026-03-11')], hours(80), ['debrief_overdue:person']],
    [
      'a late debrief is held, not overdue',
      use(),
      [debrief('staff', '2026-03-20'), debrief('person', '2026-03-12')],
      hours(300),
      [],
    ],
    [
      'did not follow the plan',
      use({ followedPlan: 'no' }),
      [debrief('staff', '2026-03-10'), debrief('person', '2026-03-10')],
      hours(100),
      ['plan_not_followed:no'],
    ],
    ['partly followed the plan', use({ followedPlan: 'partly' }), [], hours(1), ['plan_not_followed:partly']],
    ['no plan', use({ followedPlan: 'no_plan' }), [], hours(1), ['no_plan']],
  ])('%s', (_name, record, debriefs, now, expected) => {
    const found = restrictiveInterventionAttention([record], debriefs, now).map((item) =>
      item.kind === 'debrief_overdue'
        ? `${item.kind}:${item.withWhom}`
        : item.kind === 'plan_not_followed'
          ? `${item.kind}:${item.followedPlan}`
          : item.kind,
    );
    expect(found).toEqual(expected);
  });

  test('a replaced record needs nothing; its correction keeps the debriefs held against it', () => {
    const old = use({ id: 'old', followedPlan: 'no' });
    const correction = use({ id: 'new', supersedes: 'old', followedPlan: 'yes' });
    const found = restrictiveInterventionAttention([old, correction], [debrief('person', '2026-03-11', 'old')], hours(100));
    expect(found).toEqual([
      { kind: 'debrief_overdue', interventionId: 'new', startedAt: started, withWhom: 'staff', dueBy: hours(72).toISOString() },
    ]);
  });

  test('the overdue debrief is due 72 hours after the start', () => {
    const [item] = restrictiveInterventionAttention([use()], [debrief('staff', '2026-03-10')], hours(90));
    expect(item).toEqual({
      kind: 'debrief_overdue',
      interventionId: 'a',
      startedAt: started,
      withWhom: 'person',
      dueBy: '2026-03-13T14:00:00.000Z',
    });
  });

  test('newest use first', () => {
    const items = restrictiveInterventionAttention(
      [
        use({ id: 'early', followedPlan: 'no_plan' }),
        use({ id: 'late', startedAt: hours(5).toISOString(), followedPlan: 'no_plan' }),
      ],
      [],
      hours(6),
    );
    expect(items.map((i) => i.interventionId)).toEqual(['late', 'early']);
  });

  test('every record in a chain of corrections leads to the newest, in whatever order they are read', () => {
    const chainOf = (length: number) =>
      Array.from({ length }, (_, i) => ({ id: `r${i}`, supersedes: i === 0 ? null : `r${i - 1}` }));
    const shuffledChain = fc
      .integer({ min: 1, max: 8 })
      .chain((n) => fc.shuffledSubarray(chainOf(n), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(shuffledChain, (records) => {
        const current = restrictiveInterventionCurrentOf(records);
        for (const r of records) expect(current.get(r.id)).toBe(`r${records.length - 1}`);
      }),
    );
  });

  test('only current records ever need attention', () => {
    const record = fc.record({
      startedAt: fc.integer({ min: 0, max: 400 }).map((h) => hours(h).toISOString()),
      followedPlan: fc.constantFrom('yes', 'partly', 'no', 'no_plan' as const),
    });
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (facts, replaceIdx) => {
          const records: RestrictiveInterventionAttentionFacts[] = facts.map((f, i) => ({ id: `r${i}`, supersedes: null, ...f }));
          // Each chosen record gets a correction naming it (at most one correction per record).
          const replaced = [...new Set(replaceIdx.map((i) => i % records.length))];
          const corrections = replaced.map((i, n) => ({ ...records[i]!, id: `c${n}`, supersedes: `r${i}` }));
          const all = [...records, ...corrections];
          const items = restrictiveInterventionAttention(all, [], hours(500));
          const replacedIds = new Set(replaced.map((i) => `r${i}`));
          expect(items.every((item) => !replacedIds.has(item.interventionId))).toBe(true);
        },
      ),
    );
  });
});
