import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { londonDay } from '../visit-records/london-time.js';
import {
  isUpcomingPlannedVisit,
  myPlannedVisitsRange,
  plannedVisitDayRange,
  plannedVisitFormBody,
  plannedVisitRound,
  plannedVisitRoundPeople,
  plannedVisitsByWorker,
  plannedVisitTimeErrors,
  plannedVisitUpcomingWindow,
} from './planned-visit-rules.js';
import { plannedVisitCreateBodySchema } from './planned-visit-schemas.js';

const carla = { id: '00000000-0000-4000-8000-00000000000c', name: 'Carla Reid' };
const olu = { id: '00000000-0000-4000-8000-00000000000a', name: 'Olu Adeyemi' };
const peggy = '00000000-0000-4000-8000-0000000000a1';
const arthur = '00000000-0000-4000-8000-0000000000b2';

let n = 0;
function visit(startsAt: string, endsAt: string, over: { staff?: typeof carla; person?: string; cancelled?: boolean } = {}) {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    startsAt,
    endsAt,
    staff: over.staff ?? carla,
    person: { id: over.person ?? peggy },
    cancellation: over.cancelled ? { reason: 'In hospital' } : null,
  };
}

describe('which visits are upcoming: not over yet, and starting within 36 hours', () => {
  const now = new Date('2026-03-05T10:00:00Z');
  test.each([
    ['ended an hour ago', '2026-03-05T08:30:00Z', '2026-03-05T09:00:00Z', false, false],
    ['ends right now', '2026-03-05T09:30:00Z', '2026-03-05T10:00:00Z', false, false],
    ['under way', '2026-03-05T09:45:00Z', '2026-03-05T10:15:00Z', false, true],
    ['this afternoon', '2026-03-05T15:00:00Z', '2026-03-05T15:30:00Z', false, true],
    ['tomorrow evening, 35 hours on', '2026-03-06T21:00:00Z', '2026-03-06T21:30:00Z', false, true],
    ['starts exactly 36 hours on', '2026-03-06T22:00:00Z', '2026-03-06T22:30:00Z', false, false],
    ['in two days', '2026-03-07T09:00:00Z', '2026-03-07T09:30:00Z', false, false],
    ['this afternoon but cancelled', '2026-03-05T15:00:00Z', '2026-03-05T15:30:00Z', true, false],
  ])('%s → %s', (_what, startsAt, endsAt, cancelled, upcoming) => {
    expect(isUpcomingPlannedVisit(visit(startsAt, endsAt, { cancelled }), now)).toBe(upcoming);
  });

  test('the window runs from now for 36 hours', () => {
    expect(plannedVisitUpcomingWindow(now)).toEqual({ from: now, to: new Date('2026-03-06T22:00:00Z') });
  });
});

describe('a day in England and what "my visits" covers', () => {
  test.each([
    ['a winter day is 24 hours', '2026-01-15', '2026-01-15T00:00:00.000Z', '2026-01-16T00:00:00.000Z'],
    ['a summer day starts at 23:00 the day before in UTC', '2026-07-01', '2026-06-30T23:00:00.000Z', '2026-07-01T23:00:00.000Z'],
    ['the day the clocks go forward is 23 hours', '2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ['the day the clocks go back is 25 hours', '2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-26T00:00:00.000Z'],
  ])('%s', (_what, date, from, to) => {
    const range = plannedVisitDayRange(date);
    expect([range.from.toISOString(), range.to.toISOString()]).toEqual([from, to]);
  });

  test.each([
    ['in the morning: today and tomorrow', '2026-01-15T08:00:00Z', '2026-01-15T00:00:00.000Z', '2026-01-17T00:00:00.000Z'],
    ['late in the evening: on to 36 hours from now', '2026-01-15T20:00:00Z', '2026-01-15T00:00:00.000Z', '2026-01-17T08:00:00.000Z'],
  ])('%s', (_what, at, from, to) => {
    const range = myPlannedVisitsRange(new Date(at));
    expect([range.from.toISOString(), range.to.toISOString()]).toEqual([from, to]);
  });

  test('always holds the whole of today, tomorrow and the upcoming window (any instant)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }), (now) => {
        const range = myPlannedVisitsRange(now);
        const upcoming = plannedVisitUpcomingWindow(now);
        expect(londonDay(range.from)).toBe(londonDay(now));
        expect(range.from.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(range.to.getTime()).toBeGreaterThanOrEqual(upcoming.to.getTime());
        expect(range.to.getTime() - range.from.getTime()).toBeGreaterThanOrEqual(47 * 3_600_000);
      }),
    );
  });
});

describe('a worker’s round on a day in England', () => {
  const visits = [
    visit('2026-03-05T17:00:00Z', '2026-03-05T17:30:00Z', { person: arthur }),
    visit('2026-03-05T08:00:00Z', '2026-03-05T08:45:00Z'),
    visit('2026-03-05T12:00:00Z', '2026-03-05T12:30:00Z', { person: arthur, cancelled: true }),
    visit('2026-03-05T13:00:00Z', '2026-03-05T13:30:00Z', { staff: olu, person: arthur }),
    visit('2026-03-05T19:00:00Z', '2026-03-05T19:30:00Z'),
    visit('2026-03-06T08:00:00Z', '2026-03-06T08:45:00Z'),
    // 00:30 on 6 March in England (summer time is not yet in force): tomorrow's.
    visit('2026-03-06T00:30:00Z', '2026-03-06T01:00:00Z', { person: arthur }),
  ];

  test('only the worker’s visits that stand, starting that day, in the order of the day', () => {
    const round = plannedVisitRound(visits, carla.id, '2026-03-05');
    expect(round.map((v) => v.startsAt)).toEqual(['2026-03-05T08:00:00Z', '2026-03-05T17:00:00Z', '2026-03-05T19:00:00Z']);
    expect(plannedVisitRoundPeople(round)).toEqual([peggy, arthur]);
  });

  test('a summer round starts at midnight in England, 23:00 UTC the day before', () => {
    const summer = [visit('2026-07-01T23:30:00Z', '2026-07-02T00:00:00Z'), visit('2026-07-01T22:30:00Z', '2026-07-01T23:00:00Z')];
    expect(plannedVisitRound(summer, carla.id, '2026-07-02').map((v) => v.startsAt)).toEqual(['2026-07-01T23:30:00Z']);
  });

  test('every visit of a round is the worker’s, stands, falls on the day, and comes in order (any visits)', () => {
    const instant = fc.date({ min: new Date('2026-03-27'), max: new Date('2026-03-31'), noInvalidDate: true });
    const arbitraryVisit = fc.record({
      start: instant,
      minutes: fc.integer({ min: 1, max: 600 }),
      staff: fc.constantFrom(carla, olu),
      person: fc.constantFrom(peggy, arthur),
      cancelled: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryVisit, { maxLength: 25 }), fc.constantFrom('2026-03-28', '2026-03-29', '2026-03-30'), (drawn, date) => {
        const all = drawn.map((d) =>
          visit(d.start.toISOString(), new Date(d.start.getTime() + d.minutes * 60_000).toISOString(), d),
        );
        const round = plannedVisitRound(all, carla.id, date);
        const range = plannedVisitDayRange(date);
        for (const v of round) {
          expect(v.staff.id).toBe(carla.id);
          expect(v.cancellation).toBeNull();
          expect(Date.parse(v.startsAt)).toBeGreaterThanOrEqual(range.from.getTime());
          expect(Date.parse(v.startsAt)).toBeLessThan(range.to.getTime());
        }
        const expected = all.filter(
          (v) => v.staff.id === carla.id && v.cancellation === null && londonDay(new Date(v.startsAt)) === date,
        );
        expect(round).toHaveLength(expected.length);
        expect(round.map((v) => Date.parse(v.startsAt))).toEqual([...round.map((v) => Date.parse(v.startsAt))].sort((a, b) => a - b));
        expect(new Set(plannedVisitRoundPeople(round))).toEqual(new Set(round.map((v) => v.person.id)));
      }),
    );
  });

  test('a day’s visits by worker, workers by name, each worker’s visits in order', () => {
    const grouped = plannedVisitsByWorker(visits);
    expect(grouped.map((g) => [g.staff.name, g.visits.length])).toEqual([
      ['Carla Reid', 6],
      ['Olu Adeyemi', 1],
    ]);
    expect(grouped[0]!.visits.map((v) => v.startsAt)[0]).toBe('2026-03-05T08:00:00Z');
  });
});

describe('planning a visit', () => {
  const ids = { personId: peggy, staffId: carla.id };
  test.each([
    ['half an hour', '2026-03-05T08:00:00Z', '2026-03-05T08:30:00Z', []],
    ['ends as it starts', '2026-03-05T08:00:00Z', '2026-03-05T08:00:00Z', ['endsAt']],
    ['ends before it starts', '2026-03-05T08:00:00Z', '2026-03-05T07:00:00Z', ['endsAt']],
    ['a sleep-in of 10 hours', '2026-03-05T21:00:00Z', '2026-03-06T07:00:00Z', []],
    ['longer than a day', '2026-03-05T08:00:00Z', '2026-03-06T08:01:00Z', ['endsAt']],
    ['not a time', 'tomorrow', '2026-03-05T08:30:00Z', ['startsAt']],
  ])('%s → errors on %j', (_what, startsAt, endsAt, fields) => {
    const parsed = plannedVisitCreateBodySchema.safeParse({ ...ids, startsAt, endsAt, label: '' });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual(fields);
  });

  test('a visit already over is not planned; one under way or to come is', () => {
    const now = new Date('2026-03-05T10:00:00Z');
    expect(plannedVisitTimeErrors({ endsAt: '2026-03-05T10:00:00Z' }, now).map((e) => e.field)).toEqual(['endsAt']);
    expect(plannedVisitTimeErrors({ endsAt: '2026-03-05T10:01:00Z' }, now)).toEqual([]);
  });
});

describe('the plan-a-visit form read into the body the API takes', () => {
  const now = new Date('2026-03-05T10:00:00Z');
  const form = { personId: peggy, staffId: carla.id, date: '2026-03-06', startTime: '08:00', endTime: '08:45', label: ' Breakfast call ' };

  test('times on a clock in England become instants; the name is trimmed', () => {
    expect(plannedVisitFormBody(form, now)).toEqual({
      body: { personId: peggy, staffId: carla.id, startsAt: '2026-03-06T08:00:00.000Z', endsAt: '2026-03-06T08:45:00.000Z', label: 'Breakfast call' },
    });
    const summer = plannedVisitFormBody({ ...form, date: '2026-07-02', label: '' }, now);
    expect(summer).toMatchObject({ body: { startsAt: '2026-07-02T07:00:00.000Z', endsAt: '2026-07-02T07:45:00.000Z', label: null } });
  });

  test('an end time before the start runs past midnight', () => {
    expect(plannedVisitFormBody({ ...form, startTime: '22:00', endTime: '07:00' }, now)).toMatchObject({
      body: { startsAt: '2026-03-06T22:00:00.000Z', endsAt: '2026-03-07T07:00:00.000Z' },
    });
  });

  test.each([
    ['nobody chosen', { personId: '', staffId: '' }, ['personId', 'staffId']],
    ['no real date', { date: '2026-02-30' }, ['date']],
    ['times not on a 24-hour clock', { startTime: '8am', endTime: '24:00' }, ['startTime', 'endTime']],
    ['ends as it starts', { endTime: '08:00' }, ['endTime']],
    ['over already', { date: '2026-03-04' }, ['endTime']],
    ['a name too long', { label: 'x'.repeat(121) }, ['label']],
  ])('%s → errors on %j', (_what, change, fields) => {
    const read = plannedVisitFormBody({ ...form, ...change }, now);
    expect('errors' in read ? read.errors.map((e) => e.field) : []).toEqual(fields);
  });

  test('what the form accepts, the API accepts, lasting as long as the clock times say (any times)', () => {
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(time, time, fc.integer({ min: 1, max: 300 }), (startTime, endTime, dayOffset) => {
        const date = new Date(Date.UTC(2026, 2, 6 + dayOffset)).toISOString().slice(0, 10);
        const read = plannedVisitFormBody({ ...form, date, startTime, endTime }, now);
        if ('errors' in read) {
          // Refused only for ending as it starts, or for running past a day (overnight when the clocks go back).
          expect(read.errors.map((e) => e.field)).toEqual(['endTime']);
          expect(startTime === endTime || (endTime < startTime && /at most 24 hours/.test(read.errors[0]!.message))).toBe(true);
          return;
        }
        expect(plannedVisitCreateBodySchema.safeParse(read.body).success).toBe(true);
        expect(londonDay(new Date(read.body.startsAt))).toBe(date);
        const minutes = (Date.parse(read.body.endsAt) - Date.parse(read.body.startsAt)) / 60_000;
        expect(minutes).toBeGreaterThan(0);
        expect(minutes).toBeLessThanOrEqual(24 * 60);
      }),
    );
  });
});
