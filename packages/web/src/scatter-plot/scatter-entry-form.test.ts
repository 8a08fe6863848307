import { describe, expect, test } from 'vitest';
import { baselineFrom, changedCells, entrySlots, placeEntryErrors, slotLabel, type SlotValue } from './scatter-entry-form';

describe('the slots a day offers', () => {
  test.each([
    [
      30,
      14,
      19,
      [
        '14:00 to 14:30',
        '14:30 to 15:00',
        '15:00 to 15:30',
        '15:30 to 16:00',
        '16:00 to 16:30',
        '16:30 to 17:00',
        '17:00 to 17:30',
        '17:30 to 18:00',
        '18:00 to 18:30',
        '18:30 to 19:00',
      ],
    ],
    [60, 22, 24, ['22:00 to 23:00', '23:00 to 24:00']],
    [15, 9, 10, ['09:00 to 09:15', '09:15 to 09:30', '09:30 to 09:45', '09:45 to 10:00']],
    [30, 10, 9, []],
  ])('%i-minute slots from %i:00 until %i:00', (size, from, until, labels) => {
    expect(entrySlots(size, from, until).map((s) => slotLabel(s, size))).toEqual(labels);
  });
});

describe('what is sent', () => {
  const baseline = new Map<number, SlotValue>([
    [960, { grade: 'some', activity: 'Visitors leaving' }],
    [990, { grade: 'none', activity: '' }],
  ]);

  test('only slots marked and changed from what was filled in before, with an empty activity as none', () => {
    const edits = new Map<number, SlotValue>([
      [900, { grade: 'none', activity: '  ' }], // newly marked
      [930, { grade: '', activity: 'Tea' }], // not marked: not sent
      [960, { grade: 'some', activity: 'Visitors leaving ' }], // unchanged
      [990, { grade: 'high', activity: '' }], // changed
      [1200, { grade: 'high', activity: '' }], // outside the slots shown
    ]);
    expect(changedCells([900, 930, 960, 990, 1020], baseline, edits)).toEqual([
      { slotStartMinute: 900, grade: 'none', activity: null },
      { slotStartMinute: 990, grade: 'high', activity: null },
    ]);
  });

  test('the day’s column of the grid gives what was filled in before', () => {
    const rows = [
      {
        startMinute: 960,
        cells: [
          { date: '2026-06-01', grade: 'high' as const, activity: null },
          { date: '2026-06-02', grade: 'some' as const, activity: 'Tea' },
        ],
      },
      {
        startMinute: 990,
        cells: [
          { date: '2026-06-01', grade: null, activity: null },
          { date: '2026-06-02', grade: null, activity: null },
        ],
      },
    ];
    expect([...baselineFrom(rows, '2026-06-02')]).toEqual([[960, { grade: 'some', activity: 'Tea' }]]);
  });
});

describe('errors placed beside their slot', () => {
  const sent = [
    { slotStartMinute: 900, grade: 'none' as const, activity: null },
    { slotStartMinute: 990, grade: 'high' as const, activity: null },
  ];
  test.each([
    ['cells.1.slotStartMinute', 'slots.990.grade'],
    ['cells.0.activity', 'slots.900.activity'],
    ['cells', 'slots.840.grade'],
    ['behaviour', 'otherBehaviour'],
    ['observedOn', 'observedOn'],
  ])('%s → %s', (field, placed) => {
    expect(placeEntryErrors([{ field, message: 'x' }], sent, 840, 'otherBehaviour')).toEqual([{ field: placed, message: 'x' }]);
  });
});
