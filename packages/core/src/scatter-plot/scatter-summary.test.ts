import { describe, expect, test } from 'vitest';
import { addDays } from '../care-plan/timing.js';
import { londonInstant } from '../visit-records/london-time.js';
import { buildScatterGrid, type ScatterAbcInput, type ScatterEntryInput } from './scatter-grid.js';
import { scatterDayLabel, summariseScatterGrid } from './scatter-summary.js';
import type { ScatterGrade, ScatterSlotMinutes } from './scatter-terms.js';

const behaviour = 'Trying to leave the building';
const from = '2026-06-01'; // a Monday

const at = (day: number, time: string): ScatterAbcInput => {
  const [h, m] = time.split(':').map(Number);
  return { occurredAt: londonInstant(addDays(from, day), (h ?? 0) * 60 + (m ?? 0)), behaviour, intensity: 3 };
};

let n = 0;
const mark = (day: number, time: string, grade: ScatterGrade): ScatterEntryInput => {
  const [h, m] = time.split(':').map(Number);
  n += 1;
  return {
    id: `e${n}`,
    behaviour,
    observedOn: addDays(from, day),
    slotStartMinute: (h ?? 0) * 60 + (m ?? 0),
    slotMinutes: 30,
    grade,
    activity: null,
    recordedAt: '2026-06-20T12:00:00Z',
  };
};

/** Every half-hour from 14:00 to 18:30 of a day marked none, as an observer filling in the afternoon would. */
const afternoonOfNone = (day: number) =>
  Array.from({ length: 10 }, (_, i) => mark(day, `${String(14 + Math.floor(i / 2))}:${i % 2 ? '30' : '00'}`, 'none'));

const summarise = (
  records: ScatterAbcInput[],
  entries: ScatterEntryInput[] = [],
  days = 7,
  slotMinutes: ScatterSlotMinutes = 30,
) => summariseScatterGrid(buildScatterGrid({ behaviour, from, days, slotMinutes, measure: 'frequency' }, records, entries));

describe('the summary in words', () => {
  test('nothing recorded in the period', () => {
    const s = summarise([]);
    expect(s.sentences).toEqual(['Nothing has been recorded for this behaviour between 1 June 2026 and 7 June 2026.']);
    expect(s.busiestSlots).toEqual([]);
  });

  test('observed, but the behaviour never seen', () => {
    const s = summarise([], [0, 1, 2].flatMap(afternoonOfNone));
    expect(s.sentences).toEqual([
      '3 days were observed between 1 June 2026 and 7 June 2026 and the behaviour was not seen in any time slot.',
    ]);
  });

  test('a late-afternoon cluster across the week is named as a pattern to look into, not a cause', () => {
    const entries = [0, 1, 2, 3, 4, 5, 6].flatMap(afternoonOfNone);
    const records = [
      at(0, '16:10'),
      at(1, '16:40'),
      at(2, '17:05'),
      at(3, '16:20'),
      at(4, '17:15'),
      at(6, '16:35'),
      at(2, '10:00'),
    ];
    const s = summarise(records, entries);
    expect(s.busiestSlots).toEqual([{ startMinute: 16 * 60, endMinute: 17 * 60 + 30, daysWithBehaviour: 6 }]);
    expect(s.sentences[0]).toBe(
      'A pattern to look into: the behaviour was seen most between 16:00 and 17:30 (on 6 of the 7 days observed).',
    );
    expect(s.sentences.at(-1)).toMatch(/not why/);
    expect(s.sentences.join(' ')).not.toMatch(/because|caused/i);
    expect(s.abcRecords).toBe(7);
  });

  test('separate clusters are named separately, the most recurring first', () => {
    const records = [0, 1, 2, 3].map((d) => at(d, '09:10')).concat([0, 1, 2, 3, 4, 5].map((d) => at(d, '16:10')));
    const s = summarise(records);
    expect(s.busiestSlots.map((c) => [c.startMinute / 60, c.endMinute / 60, c.daysWithBehaviour])).toEqual([
      [16, 16.5, 6],
      [9, 9.5, 4],
    ]);
    expect(s.sentences[0]).toContain(
      'between 16:00 and 16:30 (on 6 of the 6 days observed) and between 09:00 and 09:30 (on 4 of the 6 days observed)',
    );
  });

  test('a slot seen on one day only is no pattern; longer slots are suggested', () => {
    const s = summarise([at(0, '16:10'), at(1, '16:40'), at(2, '17:10')], [], 7, 30);
    expect(s.busiestSlots).toEqual([]);
    expect(s.sentences.slice(0, 2)).toEqual([
      'The behaviour was not seen in the same time slot on more than one day, so no time of day stands out yet.',
      'Longer time slots may show a broader pattern.',
    ]);
    expect(summarise([at(0, '16:10'), at(1, '16:40'), at(2, '17:10')], [], 7, 60).busiestSlots).toEqual([
      { startMinute: 16 * 60, endMinute: 17 * 60, daysWithBehaviour: 2 },
    ]);
  });

  test('weekdays with much more than others are named, with how many of each were observed', () => {
    // Two weeks observed; Thursdays (days 3 and 10) have three records each, every other day one.
    const entries = Array.from({ length: 14 }, (_, d) => d).flatMap(afternoonOfNone);
    const records = Array.from({ length: 14 }, (_, d) => d).flatMap((d) =>
      d % 7 === 3 ? [at(d, '15:00'), at(d, '15:10'), at(d, '15:20')] : [at(d, '15:00')],
    );
    const s = summarise(records, entries, 14);
    expect(s.busiestWeekdays).toEqual([{ weekday: 'Thursday', daysObserved: 2 }]);
    expect(s.sentences).toContain('More was recorded on Thursdays (2 days observed) than on other days.');
  });

  test('a weekday seen once in the period is not named, however much was recorded on it', () => {
    const entries = Array.from({ length: 7 }, (_, d) => d).flatMap(afternoonOfNone);
    const records = [at(0, '15:00'), at(3, '15:00'), at(3, '15:05'), at(3, '15:10'), at(5, '15:00')];
    expect(summarise(records, entries).busiestWeekdays).toEqual([]);
  });

  test('with fewer than seven days observed, no weekday is named and more collection is advised', () => {
    const s = summarise([at(0, '16:10'), at(1, '16:10'), at(1, '16:15'), at(1, '16:20')]);
    expect(s.busiestWeekdays).toEqual([]);
    expect(s.sentences).toContain(
      'Only 2 days have observations so far: collect for one to two weeks before relying on a pattern.',
    );
  });
});

test.each([
  ['2026-06-01', 'Mon 1 Jun'],
  ['2026-03-29', 'Sun 29 Mar'],
])('%s heads its column as %s', (date, label) => {
  expect(scatterDayLabel(date)).toBe(label);
});
