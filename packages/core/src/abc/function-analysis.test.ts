import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  abcAntecedentCategories,
  abcAntecedentPointers,
  abcConsequenceCategories,
  abcConsequencePointers,
  abcFunctions,
  type AbcAntecedentCategory,
  type AbcConsequenceCategory,
  type AbcFunction,
} from './abc-categories.js';
import { noAbcFilter, type AbcRecordFilter } from './abc-filter.js';
import type { AbcCountedRecord } from './abc-record.js';
import type { summariseAbcFunctions } from './function-analysis.js';
import { abcRecordPoints, analyseAbcRecords, type AbcFunctionEvidence } from './function-analysis.js';

let seq = 0;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

function rec(
  antecedent: AbcAntecedentCategory,
  consequence: AbcConsequenceCategory,
  overrides: Partial<Omit<AbcCountedRecord, 'antecedent' | 'consequence'>> = {},
): AbcCountedRecord {
  return {
    id: id(),
    occurredAt: '2026-11-20T16:30:00.000Z',
    behaviour: 'Calling out',
    supersedes: null,
    antecedent: { category: antecedent },
    consequence: { category: consequence },
    ...overrides,
  };
}

const times = (n: number, make: () => AbcCountedRecord) => Array.from({ length: n }, make);
const scoreOf = (functions: readonly AbcFunctionEvidence[], fn: AbcFunction) => functions.find((f) => f.function === fn)!;

describe('which function a record points to', () => {
  test.each<[AbcAntecedentCategory, AbcConsequenceCategory, [AbcFunction, string][]]>([
    ['left_alone', 'attention_given', [['attention', 'both']]],
    ['demand', 'task_stopped', [['escape', 'both']]],
    ['noise_or_busy', 'given_space', [['escape', 'both']]],
    ['wanted_not_available', 'item_given', [['tangible', 'both']]],
    ['discomfort', 'sensory_comfort', [['sensory', 'both']]],
    [
      'left_alone',
      'task_stopped',
      [
        ['attention', 'antecedent'],
        ['escape', 'consequence'],
      ],
    ],
    ['change_of_routine', 'attention_given', [['attention', 'consequence']]],
    ['demand', 'redirected', [['escape', 'antecedent']]],
    ['change_of_routine', 'redirected', []],
    ['other', 'other', []],
  ])('%s then %s → %j', (antecedent, consequence, expected) => {
    expect([...abcRecordPoints(rec(antecedent, consequence))]).toEqual(expected);
  });
});

describe('the possible function', () => {
  test.each<[string, AbcCountedRecord[], ReturnType<typeof summariseAbcFunctions>]>([
    ['no records', [], { status: 'not_enough_records', needed: 5 }],
    [
      'four clear records are still too few',
      times(4, () => rec('left_alone', 'attention_given')),
      { status: 'not_enough_records', needed: 1 },
    ],
    [
      'five clear records suggest attention',
      times(5, () => rec('left_alone', 'attention_given')),
      { status: 'hypothesis', function: 'attention' },
    ],
    ['records that point nowhere', times(6, () => rec('change_of_routine', 'redirected')), { status: 'no_pattern' }],
    [
      'attention and escape equally',
      [...times(3, () => rec('left_alone', 'attention_given')), ...times(3, () => rec('demand', 'task_stopped'))],
      { status: 'tie', functions: ['attention', 'escape'] },
    ],
    [
      'escape ahead, but not by twice',
      [...times(3, () => rec('demand', 'task_stopped')), ...times(2, () => rec('left_alone', 'attention_given'))],
      { status: 'no_clear_lead', leading: 'escape' },
    ],
    [
      'escape twice as strong as anything else',
      [...times(4, () => rec('demand', 'task_stopped')), ...times(2, () => rec('left_alone', 'attention_given'))],
      { status: 'hypothesis', function: 'escape' },
    ],
    [
      'a clear lead supported by too few of the records',
      [...times(2, () => rec('wanted_not_available', 'item_given')), ...times(4, () => rec('other', 'other'))],
      { status: 'no_clear_lead', leading: 'tangible' },
    ],
    [
      'Stan: late afternoons, left alone or a change of routine, then attention',
      [
        ...times(6, () => rec('left_alone', 'attention_given')),
        ...times(5, () => rec('change_of_routine', 'attention_given')),
        rec('change_of_routine', 'redirected'),
        rec('noise_or_busy', 'given_space'),
        rec('demand', 'attention_given'),
      ],
      { status: 'hypothesis', function: 'attention' },
    ],
  ])('%s', (_name, records, expected) => {
    expect(analyseAbcRecords(records, noAbcFilter).summary).toEqual(expected);
  });

  test('the evidence names each supporting record and the pairs behind it, strongest first', () => {
    const older = rec('left_alone', 'attention_given', { occurredAt: '2026-11-18T16:00:00.000Z' });
    const newer = rec('left_alone', 'attention_given', { occurredAt: '2026-11-21T16:00:00.000Z' });
    const single = rec('change_of_routine', 'attention_given', { occurredAt: '2026-11-19T16:00:00.000Z' });
    const attention = scoreOf(
      analyseAbcRecords([older, single, newer, rec('other', 'other')], noAbcFilter).functions,
      'attention',
    );
    expect(attention).toMatchObject({ score: 5, records: 3, pairs: 2 });
    expect(attention.evidence.map((e) => [e.recordId, e.points])).toEqual([
      [newer.id, 'both'],
      [single.id, 'consequence'],
      [older.id, 'both'],
    ]);
    expect(attention.reasons).toEqual([
      { antecedent: 'left_alone', consequence: 'attention_given', points: 'both', records: 2 },
      { antecedent: 'change_of_routine', consequence: 'attention_given', points: 'consequence', records: 1 },
    ]);
  });

  test('every category says why it points where it does', () => {
    for (const c of abcAntecedentCategories) expect(abcAntecedentPointers[c].why).toMatch(/\.$/);
    for (const c of abcConsequenceCategories) expect(abcConsequencePointers[c].why).toMatch(/\.$/);
  });
});

describe('replaced records and filters', () => {
  test('a replaced record is left out, and its replacement counted, wherever the filter falls', () => {
    const original = rec('demand', 'task_stopped', { occurredAt: '2026-11-10T10:00:00.000Z' });
    const correction = rec('left_alone', 'attention_given', { occurredAt: '2026-11-12T10:00:00.000Z', supersedes: original.id });
    const all = analyseAbcRecords([original, correction], noAbcFilter);
    expect(all).toMatchObject({ considered: 1, replacedLeftOut: 1 });
    expect(scoreOf(all.functions, 'escape').score).toBe(0);
    // The replacement falls outside the period; the original still does not come back.
    const early = analyseAbcRecords([original, correction], { from: '2026-11-09', to: '2026-11-10', behaviour: null });
    expect(early).toMatchObject({ considered: 0, replacedLeftOut: 1 });
  });

  test.each<[string, AbcRecordFilter, number]>([
    ['every record', noAbcFilter, 3],
    ['from a day, in England', { from: '2026-07-02', to: null, behaviour: null }, 2],
    ['up to a day, in England: 23:30 UTC on 1 July is 2 July in summer', { from: null, to: '2026-07-01', behaviour: null }, 1],
    ['one behaviour, ignoring case and spacing', { from: null, to: null, behaviour: ' calling  OUT ' }, 2],
  ])('%s', (_name, filter, considered) => {
    const records = [
      rec('left_alone', 'attention_given', { occurredAt: '2026-07-01T10:00:00.000Z', behaviour: 'Calling out' }),
      rec('left_alone', 'attention_given', { occurredAt: '2026-07-01T23:30:00.000Z', behaviour: 'Calling out' }),
      rec('demand', 'task_stopped', { occurredAt: '2026-07-03T10:00:00.000Z', behaviour: 'Pushing away' }),
    ];
    expect(analyseAbcRecords(records, filter).considered).toBe(considered);
  });
});

// Records with random categories, times over a month and one of three behaviours; some replace earlier ones.
const recordArb = fc.record({
  antecedent: fc.constantFrom(...abcAntecedentCategories),
  consequence: fc.constantFrom(...abcConsequenceCategories),
  day: fc.integer({ min: 1, max: 30 }),
  behaviour: fc.constantFrom('Calling out', 'calling out', 'Pushing away', 'Leaving the lounge'),
});
const recordsArb = fc
  .tuple(fc.array(recordArb, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }))
  .map(([drafts, replacements]) => {
    const records = drafts.map((d) =>
      rec(d.antecedent, d.consequence, {
        occurredAt: `2026-11-${String(d.day).padStart(2, '0')}T12:00:00.000Z`,
        behaviour: d.behaviour,
      }),
    );
    // Each replacement points a later record at an earlier one not yet replaced.
    const taken = new Set<string>();
    for (const n of replacements) {
      if (records.length < 2) break;
      const later = records.length - 1 - (n % (records.length - 1));
      const earlier = n % later;
      const target = records[earlier]!.id;
      if (taken.has(target) || records[later]!.supersedes !== null) continue;
      taken.add(target);
      records[later] = { ...records[later]!, supersedes: target };
    }
    return records;
  });
const filterArb: fc.Arbitrary<AbcRecordFilter> = fc.record({
  from: fc.option(fc.integer({ min: 1, max: 30 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`)),
  to: fc.option(fc.integer({ min: 1, max: 30 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`)),
  behaviour: fc.option(fc.constantFrom('Calling out', 'Pushing away')),
});

describe('rules that hold for any records', () => {
  test('antecedent and consequence counts each sum to the records considered', () => {
    fc.assert(
      fc.property(recordsArb, filterArb, (records, filter) => {
        const a = analyseAbcRecords(records, filter);
        expect(a.antecedents.reduce((s, c) => s + c.count, 0)).toBe(a.considered);
        expect(a.consequences.reduce((s, c) => s + c.count, 0)).toBe(a.considered);
      }),
    );
  });

  test('the order of the records does not change the result', () => {
    fc.assert(
      fc.property(recordsArb, filterArb, fc.nat(), (records, filter, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }), {
          numRuns: 1,
          seed,
        })[0]!;
        expect(analyseAbcRecords(shuffled, filter)).toEqual(analyseAbcRecords(records, filter));
      }),
    );
  });

  test('a record supporting only one function never lowers its evidence nor raises another’s', () => {
    const onlyOne = fc.constantFrom(...abcFunctions).chain((fn) =>
      fc
        .tuple(
          fc.constantFrom(...abcAntecedentCategories.filter((c) => [fn, null].includes(abcAntecedentPointers[c].function))),
          fc.constantFrom(...abcConsequenceCategories.filter((c) => [fn, null].includes(abcConsequencePointers[c].function))),
        )
        .filter(([a, c]) => abcAntecedentPointers[a].function === fn || abcConsequencePointers[c].function === fn)
        .map(([a, c]) => ({ fn, a, c })),
    );
    fc.assert(
      fc.property(recordsArb, filterArb, onlyOne, fc.integer({ min: 1, max: 30 }), (records, filter, added, day) => {
        const extra = rec(added.a, added.c, { occurredAt: `2026-11-${String(day).padStart(2, '0')}T12:00:00.000Z` });
        const before = analyseAbcRecords(records, filter).functions;
        const after = analyseAbcRecords([...records, extra], filter).functions;
        for (const fn of abcFunctions) {
          const [b, a] = [scoreOf(before, fn), scoreOf(after, fn)];
          if (fn === added.fn) {
            expect(a.score).toBeGreaterThanOrEqual(b.score);
            expect(a.records).toBeGreaterThanOrEqual(b.records);
          } else {
            expect(a.score).toBeLessThanOrEqual(b.score);
            expect(a.records).toBeLessThanOrEqual(b.records);
          }
        }
      }),
    );
  });

  test('a replaced record is never counted nor given as evidence', () => {
    fc.assert(
      fc.property(recordsArb, filterArb, (records, filter) => {
        const replaced = new Set(records.flatMap((r) => (r.supersedes ? [r.supersedes] : [])));
        const a = analyseAbcRecords(records, filter);
        const evidenced = a.functions.flatMap((f) => f.evidence.map((e) => e.recordId));
        expect(evidenced.filter((i) => replaced.has(i))).toEqual([]);
        const current = records.filter((r) => !replaced.has(r.id));
        expect(a.considered).toBe(analyseAbcRecords(current, filter).considered);
        expect(a.functions).toEqual(analyseAbcRecords(current, filter).functions);
      }),
    );
  });

  test('a possible function is offered only with enough records and a clear lead', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const a = analyseAbcRecords(records, noAbcFilter);
        if (a.summary.status !== 'hypothesis') return;
        const fn = a.summary.function;
        const lead = scoreOf(a.functions, fn);
        expect(a.considered).toBeGreaterThanOrEqual(5);
        for (const other of a.functions) if (other.function !== fn) expect(lead.score).toBeGreaterThanOrEqual(2 * other.score);
        expect(lead.records * 2).toBeGreaterThanOrEqual(a.considered);
      }),
    );
  });
});
