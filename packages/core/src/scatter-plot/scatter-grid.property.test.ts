import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays } from '../care-plan/timing.js';
import { buildScatterGrid, type ScatterAbcInput, type ScatterEntryInput, type ScatterGrid } from './scatter-grid.js';
import { scatterGrades, scatterMeasures, scatterSlotSizes, type ScatterGrade, type ScatterSlotMinutes } from './scatter-terms.js';

const behaviour = 'Trying to leave the building';
const names = [behaviour, '  trying to LEAVE the building', 'Shouting'];
const dayMs = 86_400_000;
/** Each property builds whole grids many times over: on a busy machine that outlasts a unit test's usual limit. */
const slowProperty = 30_000;

/** Any first day from 2025 to 2027, so periods cross both clock changes of each year. */
const firstDay = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2025-01-01', n));

/** The day in England by a different route from the one the grid takes. */
const englishDay = (at: Date) => at.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

function recordsAround(from: string, days: number) {
  const start = Date.parse(`${from}T00:00:00Z`) - 2 * dayMs;
  return fc.array(
    fc.record({
      occurredAt: fc.integer({ min: 0, max: (days + 4) * dayMs - 1 }).map((ms) => new Date(start + ms)),
      behaviour: fc.constantFrom(...names),
      intensity: fc.integer({ min: 1, max: 5 }),
    }),
    { maxLength: 60 },
  );
}

/** Entries as the database allows them: a slot start on a boundary of its own size, recorded at distinct times. */
function entriesWithin(from: string, days: number) {
  return fc
    .array(
      fc.record({
        day: fc.integer({ min: -1, max: days }),
        slotMinutes: fc.constantFrom(...scatterSlotSizes),
        slot: fc.nat({ max: 95 }),
        grade: fc.constantFrom(...scatterGrades),
        behaviour: fc.constantFrom(...names),
      }),
      { maxLength: 40 },
    )
    .chain((raw) =>
      fc.uniqueArray(fc.nat({ max: 1_000_000 }), { minLength: raw.length, maxLength: raw.length }).map((times) =>
        raw.map((r, i): ScatterEntryInput => ({
          id: `e${i}`,
          behaviour: r.behaviour,
          observedOn: addDays(from, r.day),
          slotMinutes: r.slotMinutes,
          slotStartMinute: (r.slot % (1440 / r.slotMinutes)) * r.slotMinutes,
          grade: r.grade,
          activity: null,
          recordedAt: new Date(Date.UTC(2027, 0, 1) + (times[i] ?? 0) * 1000),
        })),
      ),
    );
}

const period = firstDay.chain((from) =>
  fc.integer({ min: 7, max: 28 }).chain((days) =>
    fc.record({
      from: fc.constant(from),
      days: fc.constant(days),
      records: recordsAround(from, days),
      entries: entriesWithin(from, days),
      measure: fc.constantFrom(...scatterMeasures),
    }),
  ),
);

const build = (
  p: { from: string; days: number; measure: (typeof scatterMeasures)[number] },
  slot: ScatterSlotMinutes,
  records: readonly ScatterAbcInput[],
  entries: readonly ScatterEntryInput[],
) => buildScatterGrid({ behaviour, from: p.from, days: p.days, slotMinutes: slot, measure: p.measure }, records, entries);

const total = (g: ScatterGrid) => g.rows.reduce((sum, r) => sum + r.cells.reduce((s, c) => s + c.abcCount, 0), 0);
const gradeRank = (g: ScatterGrade | null) => (g === null ? -1 : scatterGrades.indexOf(g));

describe('the grid, for any records', () => {
  test(
    'its ABC count is exactly the records of the behaviour whose day in England is inside the period',
    () => {
      fc.assert(
        fc.property(period, fc.constantFrom(...scatterSlotSizes), (p, slot) => {
          const to = addDays(p.from, p.days - 1);
          const inside = p.records
            .filter((r) => r.behaviour.trim().toLowerCase().replace(/\s+/g, ' ') === behaviour.toLowerCase())
            .filter((r) => {
              const day = englishDay(r.occurredAt);
              return day >= p.from && day <= to;
            });
          expect(total(build(p, slot, p.records, p.entries))).toBe(inside.length);
        }),
        { numRuns: 200 },
      );
    },
    slowProperty,
  );

  test(
    'coarser slots keep every count, the highest intensity and the highest grade of the finer slots inside them',
    () => {
      fc.assert(
        fc.property(period, (p) => {
          const fine = build(p, 15, p.records, p.entries);
          for (const coarseSize of [30, 60] as const) {
            const coarse = build(p, coarseSize, p.records, p.entries);
            expect(total(coarse)).toBe(total(fine));
            const summarise = (cells: { abcCount: number; highestIntensity: number | null; grade: ScatterGrade | null }[]) => ({
              abcCount: cells.reduce((sum, c) => sum + c.abcCount, 0),
              highestIntensity: cells.reduce<number | null>(
                (m, c) => (c.highestIntensity === null ? m : Math.max(m ?? 0, c.highestIntensity)),
                null,
              ),
              grade: Math.max(-1, ...cells.map((c) => gradeRank(c.grade))),
            });
            const actual = coarse.rows.map((row) => row.cells.map((cell) => summarise([cell])));
            const expected = coarse.rows.map((row) => {
              const inside = fine.rows.filter((f) => f.startMinute >= row.startMinute && f.endMinute <= row.endMinute);
              return row.cells.map((_, col) => summarise(inside.map((f) => f.cells[col]!)));
            });
            expect(actual).toEqual(expected);
          }
        }),
        { numRuns: 60 },
      );
    },
    slowProperty,
  );

  test(
    'the order entries arrive in never changes the grid: the latest for each cell counts',
    () => {
      fc.assert(
        fc.property(period, fc.constantFrom(...scatterSlotSizes), (p, slot) => {
          const forwards = build(p, slot, p.records, p.entries);
          const backwards = build(p, slot, p.records, [...p.entries].reverse());
          expect(backwards).toEqual(forwards);
        }),
        { numRuns: 60 },
      );
    },
    slowProperty,
  );

  test(
    'a cell is blank exactly when it has no ABC record and no entry reaches it',
    () => {
      fc.assert(
        fc.property(period, fc.constantFrom(...scatterSlotSizes), (p, slot) => {
          const g = build(p, slot, p.records, p.entries);
          const cells = g.rows.flatMap((r) => r.cells);
          expect(cells.map((c) => c.level === null)).toEqual(cells.map((c) => c.abcCount === 0 && c.grade === null));
        }),
        { numRuns: 60 },
      );
    },
    slowProperty,
  );
});
