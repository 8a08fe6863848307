import { describe, expect, test } from 'vitest';
import {
  buildScatterGrid,
  scatterCurrentEntries,
  scatterShownRows,
  type ScatterEntryInput,
  type ScatterGrid,
} from './scatter-grid.js';
import type { ScatterGrade, ScatterSlotMinutes } from './scatter-terms.js';

const behaviour = 'Trying to leave the building';

const abc = (occurredAt: string, intensity = 3, name = behaviour) => ({ occurredAt, behaviour: name, intensity });

let entryId = 0;
function entry(
  observedOn: string,
  start: string,
  grade: ScatterGrade,
  overrides: Partial<ScatterEntryInput> = {},
): ScatterEntryInput {
  const [h, m] = start.split(':').map(Number);
  entryId += 1;
  return {
    id: `e${entryId}`,
    behaviour,
    observedOn,
    slotStartMinute: (h ?? 0) * 60 + (m ?? 0),
    slotMinutes: 30,
    grade,
    activity: null,
    recordedAt: '2026-06-10T20:00:00.000Z',
    ...overrides,
  };
}

const grid = (
  from: string,
  slotMinutes: ScatterSlotMinutes,
  records: ReturnType<typeof abc>[],
  entries: ScatterEntryInput[] = [],
  days = 7,
) => buildScatterGrid({ behaviour, from, days, slotMinutes, measure: 'frequency' }, records, entries);

/** The cell for a day and a clock time, as HH:MM. */
function cellAt(g: ScatterGrid, date: string, time: string) {
  const [h, m] = time.split(':').map(Number);
  const minute = (h ?? 0) * 60 + (m ?? 0);
  const row = g.rows.find((r) => r.startMinute <= minute && minute < r.endMinute);
  const cell = row?.cells.find((c) => c.date === date);
  if (!cell) throw new Error(`no cell for ${date} ${time}`);
  return cell;
}

/** Every cell with an ABC record, as "date HH:MM ×count". */
function counted(g: ScatterGrid): string[] {
  return g.rows
    .flatMap((r) =>
      r.cells
        .filter((c) => c.abcCount > 0)
        .map(
          (c) =>
            `${c.date} ${String(Math.floor(r.startMinute / 60)).padStart(2, '0')}:${String(r.startMinute % 60).padStart(2, '0')} x${c.abcCount}`,
        ),
    )
    .sort();
}

describe('the grid’s shape', () => {
  test.each([15, 30, 60] as const)('%i-minute slots give a row per slot from midnight and a column per day', (slot) => {
    const g = grid('2026-06-01', slot, [], [], 10);
    expect(g.rows).toHaveLength(1440 / slot);
    expect(g.rows[1]?.startMinute).toBe(slot);
    expect(g.dates.map((d) => d.date)).toEqual([
      '2026-06-01',
      '2026-06-02',
      '2026-06-03',
      '2026-06-04',
      '2026-06-05',
      '2026-06-06',
      '2026-06-07',
      '2026-06-08',
      '2026-06-09',
      '2026-06-10',
    ]);
    expect(g.dates[0]?.weekday).toBe('Monday');
    expect(g.to).toBe('2026-06-10');
  });

  test.each([6, 29, 7.5])('%s days is refused', (days) => {
    expect(() => grid('2026-06-01', 30, [], [], days)).toThrow(RangeError);
  });
});

describe('where an ABC record lands, on a clock in England', () => {
  test.each<[string, ScatterSlotMinutes, string, string]>([
    // instant, slot size, expected day, expected slot start
    ['2026-06-03T15:10:00.000Z', 30, '2026-06-03', '16:00'], // BST: 16:10 on the clock
    ['2026-01-14T16:10:00.000Z', 30, '2026-01-14', '16:00'], // GMT: 16:10 on the clock
    ['2026-06-03T15:30:00.000Z', 30, '2026-06-03', '16:30'], // exactly on a slot boundary: the slot that starts then
    ['2026-06-03T15:29:59.999Z', 30, '2026-06-03', '16:00'], // a moment before the boundary
    ['2026-06-03T15:15:00.000Z', 15, '2026-06-03', '16:15'],
    ['2026-06-03T15:59:59.000Z', 60, '2026-06-03', '16:00'],
    ['2026-06-03T16:00:00.000Z', 60, '2026-06-03', '17:00'],
    ['2026-06-03T23:30:00.000Z', 30, '2026-06-04', '00:30'], // after midnight in BST, though still 3 June in UTC
  ])('%s in %i-minute slots → %s %s', (at, slot, day, time) => {
    const from = `${day.slice(0, 8)}01`;
    const g = buildScatterGrid({ behaviour, from, days: 14, slotMinutes: slot, measure: 'frequency' }, [abc(at)], []);
    expect(counted(g)).toEqual([`${day} ${time} x1`]);
  });

  test('the week the clocks go forward (29 March 2026): each day read as its own clock showed', () => {
    const g = grid('2026-03-23', 30, [
      abc('2026-03-28T16:10:00.000Z'), // Saturday, GMT: 16:10
      abc('2026-03-29T00:30:00.000Z'), // Sunday before the change, GMT: 00:30
      abc('2026-03-29T01:30:00.000Z'), // after the change, BST: 02:30
      abc('2026-03-29T16:10:00.000Z'), // BST: 17:10
      abc('2026-03-29T23:30:00.000Z'), // BST: 00:30 on Monday 30 March, outside the week
    ]);
    expect(counted(g)).toEqual(['2026-03-28 16:00 x1', '2026-03-29 00:30 x1', '2026-03-29 02:30 x1', '2026-03-29 17:00 x1']);
    expect(cellAt(g, '2026-03-29', '01:00').abcCount).toBe(0); // the hour that never was
  });

  test('the week the clocks go back (25 October 2026): the hour that happens twice fills one slot', () => {
    const g = grid('2026-10-19', 60, [
      abc('2026-10-25T00:30:00.000Z'), // BST: 01:30
      abc('2026-10-25T01:30:00.000Z'), // GMT: 01:30 again
      abc('2026-10-24T16:10:00.000Z'), // Saturday, BST: 17:10
      abc('2026-10-25T17:10:00.000Z'), // Sunday, GMT: 17:10
    ]);
    expect(counted(g)).toEqual(['2026-10-24 17:00 x1', '2026-10-25 01:00 x2', '2026-10-25 17:00 x1']);
  });

  test('the same records in 15, 30 and 60-minute slots', () => {
    const records = ['15:05', '15:20', '15:35', '15:50'].map((t) => abc(`2026-06-03T${t}:00.000Z`)); // 16:05 … 16:50 BST
    expect(counted(grid('2026-06-01', 15, records))).toEqual([
      '2026-06-03 16:00 x1',
      '2026-06-03 16:15 x1',
      '2026-06-03 16:30 x1',
      '2026-06-03 16:45 x1',
    ]);
    expect(counted(grid('2026-06-01', 30, records))).toEqual(['2026-06-03 16:00 x2', '2026-06-03 16:30 x2']);
    expect(counted(grid('2026-06-01', 60, records))).toEqual(['2026-06-03 16:00 x4']);
  });

  test('only the chosen behaviour counts, however it was typed; outside the period nothing counts', () => {
    const g = grid('2026-06-01', 30, [
      abc('2026-06-03T15:10:00.000Z', 2, '  trying to leave   THE building '),
      abc('2026-06-03T15:12:00.000Z', 4, 'Shouting'),
      abc('2026-05-31T22:59:00.000Z'), // 23:59 on 31 May in BST
      abc('2026-06-07T23:00:00.000Z'), // 00:00 on 8 June in BST
    ]);
    expect(counted(g)).toEqual(['2026-06-03 16:00 x1']);
    expect(cellAt(g, '2026-06-03', '16:00').highestIntensity).toBe(2);
  });

  test('a cell keeps the highest intensity of its records', () => {
    const g = grid('2026-06-01', 30, [
      abc('2026-06-03T15:01:00.000Z', 2),
      abc('2026-06-03T15:11:00.000Z', 5),
      abc('2026-06-03T15:21:00.000Z', 3),
    ]);
    expect(cellAt(g, '2026-06-03', '16:00')).toMatchObject({ abcCount: 3, highestIntensity: 5, grade: null, level: 3 });
  });
});

describe('cells filled in directly', () => {
  test('blank is not observed; "none" is observed with nothing seen', () => {
    const g = grid(
      '2026-06-01',
      30,
      [],
      [entry('2026-06-02', '14:00', 'none'), entry('2026-06-02', '14:30', 'some'), entry('2026-06-02', '15:00', 'high')],
    );
    expect(cellAt(g, '2026-06-02', '13:30')).toMatchObject({ grade: null, level: null });
    expect(cellAt(g, '2026-06-02', '14:00')).toMatchObject({ grade: 'none', level: 0 });
    expect(cellAt(g, '2026-06-02', '14:30')).toMatchObject({ grade: 'some', level: 2 });
    expect(cellAt(g, '2026-06-02', '15:00')).toMatchObject({ grade: 'high', level: 3 });
  });

  test('a later entry for the same cell is the one that counts, whatever order they arrive in', () => {
    const first = entry('2026-06-02', '16:00', 'high', { recordedAt: '2026-06-02T18:00:00.000Z', activity: 'Tea' });
    const later = entry('2026-06-02', '16:00', 'none', { recordedAt: '2026-06-02T19:00:00.000Z', activity: 'Tea in the lounge' });
    for (const entries of [
      [first, later],
      [later, first],
    ]) {
      expect(cellAt(grid('2026-06-01', 30, [], entries), '2026-06-02', '16:00')).toMatchObject({
        grade: 'none',
        activity: 'Tea in the lounge',
        level: 0,
      });
      expect(scatterCurrentEntries(entries).map((e) => e.id)).toEqual([later.id]);
    }
  });

  test('an ABC record in a slot marked "none" still shows the behaviour happened', () => {
    const g = grid('2026-06-01', 30, [abc('2026-06-02T15:10:00.000Z')], [entry('2026-06-02', '16:00', 'none')]);
    expect(cellAt(g, '2026-06-02', '16:00')).toMatchObject({ abcCount: 1, grade: 'none', level: 1 });
  });

  test('an hour-long entry fills both half-hours; half-hours in an hour grid show the highest grade', () => {
    const hour = entry('2026-06-02', '16:00', 'some', { slotMinutes: 60 });
    expect([
      cellAt(grid('2026-06-01', 30, [], [hour]), '2026-06-02', '16:00').grade,
      cellAt(grid('2026-06-01', 30, [], [hour]), '2026-06-02', '16:30').grade,
    ]).toEqual(['some', 'some']);
    const halves = [entry('2026-06-02', '16:00', 'none'), entry('2026-06-02', '16:30', 'high')];
    expect(cellAt(grid('2026-06-01', 60, [], halves), '2026-06-02', '16:00').grade).toBe('high');
  });

  test('each time slot lists the activities written for it', () => {
    const g = grid(
      '2026-06-01',
      30,
      [],
      [
        entry('2026-06-02', '16:00', 'some', { activity: 'Visitors leaving' }),
        entry('2026-06-03', '16:00', 'none', { activity: 'Tea' }),
        entry('2026-06-04', '16:00', 'high', { activity: 'Visitors leaving' }),
      ],
    );
    expect(g.rows.find((r) => r.startMinute === 960)?.activities).toEqual(['Visitors leaving', 'Tea']);
  });
});

describe('the rows shown', () => {
  test('from the first observed slot to the last, widened to whole hours', () => {
    const g = grid('2026-06-01', 30, [abc('2026-06-03T15:40:00.000Z')], [entry('2026-06-02', '14:30', 'none')]);
    const shown = scatterShownRows(g);
    expect([shown[0]?.startMinute, shown[shown.length - 1]?.endMinute]).toEqual([14 * 60, 17 * 60]);
  });

  test('none when nothing was observed', () => {
    expect(scatterShownRows(grid('2026-06-01', 30, []))).toEqual([]);
  });
});
