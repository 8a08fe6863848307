import { describe, expect, test } from 'vitest';
import { scatterBehaviourChoices, scatterChosenBehaviour, scatterEntryTimeErrors } from './scatter-entries.js';
import { scatterEntriesPostSchema, scatterPlotQuerySchema } from './scatter-plot-api.js';
import { scatterDefaultFrom, scatterPlotResponse } from './scatter-response.js';

const issuesOf = (body: unknown) => {
  const parsed = scatterEntriesPostSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const day = (cells: unknown[], overrides: Record<string, unknown> = {}) => ({
  behaviour: 'Trying to leave the building',
  observedOn: '2026-06-02',
  slotMinutes: 30,
  cells,
  ...overrides,
});

describe('the grid’s choices', () => {
  test('left out, they take their usual values', () => {
    expect(scatterPlotQuerySchema.parse({})).toEqual({ behaviour: undefined, days: 14, slotMinutes: 30, measure: 'frequency' });
  });

  test('sent by a GET form, as text', () => {
    expect(
      scatterPlotQuerySchema.parse({
        behaviour: ' Shouting ',
        from: '2026-06-01',
        days: '21',
        slotMinutes: '15',
        measure: 'intensity',
      }),
    ).toEqual({
      behaviour: 'Shouting',
      from: '2026-06-01',
      days: 21,
      slotMinutes: 15,
      measure: 'intensity',
    });
  });

  test.each([
    [{ days: '6' }, 'days'],
    [{ days: '29' }, 'days'],
    [{ days: 'a fortnight' }, 'days'],
    [{ slotMinutes: '20' }, 'slotMinutes'],
    [{ from: '2026-02-30' }, 'from'],
    [{ from: '9999-12-31' }, 'from'],
    [{ measure: 'loudness' }, 'measure'],
  ])('%o is refused at %s', (query, field) => {
    const parsed = scatterPlotQuerySchema.safeParse(query);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([field]);
  });
});

describe('a day’s cells filled in directly', () => {
  test('a clean day parses, activity optional', () => {
    expect(
      issuesOf(
        day([
          { slotStartMinute: 960, grade: 'some', activity: 'Visitors leaving' },
          { slotStartMinute: 990, grade: 'none' },
        ]),
      ),
    ).toEqual([]);
  });

  test.each<[string, unknown, string[]]>([
    ['no cells', day([]), ['cells: Choose none, some or high for at least one time slot']],
    ['no behaviour', day([{ slotStartMinute: 960, grade: 'none' }], { behaviour: '  ' }), ['behaviour: Enter the behaviour']],
    ['a grade that is not offered', day([{ slotStartMinute: 960, grade: 'lots' }]), ['cells.0.grade: Choose none, some or high']],
    [
      'a slot off its boundary',
      day([
        { slotStartMinute: 960, grade: 'none' },
        { slotStartMinute: 975, grade: 'some' },
      ]),
      ['cells.1.slotStartMinute: Start the time slot on a 30-minute boundary'],
    ],
    [
      'a slot twice',
      day([
        { slotStartMinute: 960, grade: 'none' },
        { slotStartMinute: 960, grade: 'some' },
      ]),
      ['cells.1.slotStartMinute: This time slot is filled in twice'],
    ],
    ['a slot past midnight', day([{ slotStartMinute: 1440, grade: 'none' }]), ['cells.0.slotStartMinute: Choose a time slot']],
    [
      'slots of 20 minutes',
      day([{ slotStartMinute: 960, grade: 'none' }], { slotMinutes: 20 }),
      ['slotMinutes: Choose slots of 15, 30 or 60 minutes'],
    ],
    [
      'a day that does not exist',
      day([{ slotStartMinute: 960, grade: 'none' }], { observedOn: '2026-02-30' }),
      ['observedOn: Enter a real date'],
    ],
  ])('%s', (_what, body, issues) => {
    expect(issuesOf(body)).toEqual(issues);
  });

  test.each<[string, string, number, string[]]>([
    ['a past day', '2026-06-01', 0, []],
    ['a future day', '2026-06-03', 0, ['observedOn']],
    ['today, slots already started', '2026-06-02', 17 * 60, []],
    ['today, a slot still to come', '2026-06-02', 16 * 60 + 20, ['cells.1.slotStartMinute']],
  ])('%s', (_what, observedOn, nowMinute, fields) => {
    const post = {
      observedOn,
      cells: [
        { slotStartMinute: 960, grade: 'none' as const, activity: null },
        { slotStartMinute: 990, grade: 'some' as const, activity: null },
      ],
    };
    expect(scatterEntryTimeErrors(post, '2026-06-02', nowMinute).map((e) => e.field)).toEqual(fields);
  });
});

describe('the behaviours to choose from', () => {
  const choices = scatterBehaviourChoices(
    [
      { behaviour: 'Trying to leave the building', count: 5 },
      { behaviour: 'trying to leave the  building', count: 1 },
      { behaviour: 'Shouting', count: 2 },
    ],
    [
      { behaviour: 'Trying to leave the building', count: 14 },
      { behaviour: 'Pacing', count: 2 },
      { behaviour: '   ', count: 1 },
    ],
  );

  test('one per behaviour however typed, as typed most often, most recorded first', () => {
    expect(choices).toEqual([
      { name: 'Trying to leave the building', abcRecords: 6, directEntries: 14 },
      { name: 'Pacing', abcRecords: 0, directEntries: 2 },
      { name: 'Shouting', abcRecords: 2, directEntries: 0 },
    ]);
  });

  test.each([
    [undefined, 'Trying to leave the building'],
    [null, 'Trying to leave the building'],
    ['  SHOUTING ', 'Shouting'],
    ['Biting', 'Biting'],
  ])('asked for %s, shows %s', (asked, shown) => {
    expect(scatterChosenBehaviour(asked, choices)).toBe(shown);
  });

  test('with nothing recorded, there is no behaviour to show', () => {
    expect(scatterChosenBehaviour(undefined, [])).toBeNull();
  });
});

describe('the answer', () => {
  test('the period ends today when no first day is asked for', () => {
    expect(scatterDefaultFrom('2026-06-14', 14)).toBe('2026-06-01');
  });

  test('rows shown with each cell in words, the key and the summary', () => {
    const response = scatterPlotResponse({
      personId: '00000000-0000-4000-8000-000000000001',
      query: { from: '2026-06-01', days: 7, slotMinutes: 30, measure: 'frequency' },
      behaviours: [{ name: 'Shouting', abcRecords: 1, directEntries: 0 }],
      behaviour: 'Shouting',
      abcRecords: [{ occurredAt: '2026-06-02T15:10:00Z', behaviour: 'Shouting', intensity: 4 }],
      entries: [],
    });
    expect(response.rows.map((r) => r.label)).toEqual(['16:00 to 16:30', '16:30 to 17:00']);
    expect(response.rows[0]?.cells.map((c) => c.text)).toEqual([
      'Not observed',
      '1 ABC record, intensity 4',
      'Not observed',
      'Not observed',
      'Not observed',
      'Not observed',
      'Not observed',
    ]);
    expect(response.dates[0]).toEqual({ date: '2026-06-01', weekday: 'Monday', label: 'Mon 1 Jun' });
    expect(response.legend.map((l) => l.level)).toEqual([null, 0, 1, 2, 3]);
    expect(response.summary.abcRecords).toBe(1);
  });

  test('with no behaviour at all, an empty grid that says so', () => {
    const response = scatterPlotResponse({
      personId: '00000000-0000-4000-8000-000000000001',
      query: { from: '2026-06-01', days: 7, slotMinutes: 30, measure: 'frequency' },
      behaviours: [],
      behaviour: null,
      abcRecords: [{ occurredAt: '2026-06-02T15:10:00Z', behaviour: 'Shouting', intensity: 4 }],
      entries: [],
    });
    expect(response.rows).toEqual([]);
    expect(response.summary.sentences).toEqual(['No ABC records or scatter plot entries have been made for this person yet.']);
  });
});
