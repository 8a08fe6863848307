import { describe, expect, test } from 'vitest';
import { attentionWindow, visitsNeedingAttention, type RecordedVisit } from './visit-attention.js';
import { plannedVisits } from './planned-visits.js';

const personId = 'p1';
/** One person with one visit at `time` on `date`, as the plan would set it out. */
const personWith = (label: string, time: string, date: string) => ({
  personId,
  visits: plannedVisits([{ sectionKey: 'personal_care', notApplicable: null, steps: [{ id: 's1', when: label, time, what: 'Help', who: 'Care worker' }] }], date),
});
const record = (arrivedAt: string, overrides: Partial<RecordedVisit> = {}): RecordedVisit => ({ personId, visitLabel: 'Morning visit', plannedFor: null, arrivedAt, ...overrides });

type Expected = { kind: 'late' | 'missed'; minutesLate: number } | null;

describe('late and missed visits', () => {
  // Morning visit at 08:00 on 23 November 2026 (GMT, so 08:00Z).
  test.each<[string, RecordedVisit[], string, Expected]>([
    ['arrived on time', [record('2026-11-23T08:05:00Z')], '2026-11-23T12:00:00Z', null],
    ['arrived early', [record('2026-11-23T07:30:00Z')], '2026-11-23T12:00:00Z', null],
    ['arrived exactly 30 minutes after', [record('2026-11-23T08:30:00Z')], '2026-11-23T12:00:00Z', null],
    ['arrived 31 minutes after', [record('2026-11-23T08:31:00Z')], '2026-11-23T12:00:00Z', { kind: 'late', minutesLate: 31 }],
    ['arrived 3 hours after', [record('2026-11-23T11:00:00Z')], '2026-11-23T12:00:00Z', { kind: 'late', minutesLate: 180 }],
    ['nothing yet, 1 hour 59 after', [], '2026-11-23T09:59:00Z', null],
    ['nothing, exactly 2 hours after', [], '2026-11-23T10:00:00Z', { kind: 'missed', minutesLate: 120 }],
    ['nothing, all day', [], '2026-11-23T20:00:00Z', { kind: 'missed', minutesLate: 720 }],
    ['the visit is still to come', [], '2026-11-23T07:00:00Z', null],
    ['a record for another visit does not count', [record('2026-11-23T08:05:00Z', { visitLabel: 'Lunch' })], '2026-11-23T12:00:00Z', { kind: 'missed', minutesLate: 240 }],
    ['a record for another person does not count', [record('2026-11-23T08:05:00Z', { personId: 'p2' })], '2026-11-23T12:00:00Z', { kind: 'missed', minutesLate: 240 }],
    ['the name matched whatever its case', [record('2026-11-23T08:05:00Z', { visitLabel: 'MORNING visit' })], '2026-11-23T12:00:00Z', null],
    ['a record naming the planned time counts whatever its label', [record('2026-11-23T08:10:00Z', { visitLabel: 'Breakfast', plannedFor: '2026-11-23T08:00:00.000Z' })], '2026-11-23T12:00:00Z', null],
    ['yesterday\u2019s record of the same visit does not count', [record('2026-11-22T08:05:00Z')], '2026-11-23T12:00:00Z', { kind: 'missed', minutesLate: 240 }],
  ])('%s', (_name, records, now, expected) => {
    const found = visitsNeedingAttention({ people: [personWith('Morning visit', '08:00', '2026-11-23')], records, now: new Date(now) });
    expect(found.map(({ kind, minutesLate }) => ({ kind, minutesLate }))).toEqual(expected ? [expected] : []);
  });

  test.each<[string, string, string, RecordedVisit[], string, Expected]>([
    // A bedtime visit at 23:30 is recorded after midnight: it still counts for the day it was planned.
    ['bedtime visit 20 minutes after its time, looked at after midnight: on time', '23:30', '2026-11-23', [record('2026-11-23T23:50:00Z', { visitLabel: 'Bedtime' })], '2026-11-24T02:00:00Z', null],
    ['bedtime visit started after midnight, late', '23:30', '2026-11-23', [record('2026-11-24T00:15:00Z', { visitLabel: 'Bedtime' })], '2026-11-24T02:00:00Z', { kind: 'late', minutesLate: 45 }],
    ['bedtime visit, missed by the small hours', '23:30', '2026-11-23', [], '2026-11-24T01:30:00Z', { kind: 'missed', minutesLate: 120 }],
    ['bedtime visit, not missed yet just after midnight', '23:30', '2026-11-23', [], '2026-11-24T01:00:00Z', null],
    // In summer time, 08:00 in England is 07:00 UTC.
    ['summer: arriving 08:20 by the clock is on time', '08:00', '2026-07-01', [record('2026-07-01T07:20:00Z')], '2026-07-01T12:00:00Z', null],
    ['summer: arriving 08:45 by the clock is late', '08:00', '2026-07-01', [record('2026-07-01T07:45:00Z')], '2026-07-01T12:00:00Z', { kind: 'late', minutesLate: 45 }],
    ['summer: missed by 10:00 on the clock', '08:00', '2026-07-01', [], '2026-07-01T09:00:00Z', { kind: 'missed', minutesLate: 120 }],
    // The mornings the clocks change.
    ['clocks go forward: 08:20 BST is on time', '08:00', '2026-03-29', [record('2026-03-29T07:20:00Z')], '2026-03-29T12:00:00Z', null],
    ['clocks go forward: 09:00 GMT is 10:00 BST, so two hours late', '08:00', '2026-03-29', [record('2026-03-29T09:00:00Z')], '2026-03-29T12:00:00Z', { kind: 'late', minutesLate: 120 }],
    ['clocks go back: 08:20 GMT is on time', '08:00', '2026-10-25', [record('2026-10-25T08:20:00Z')], '2026-10-25T12:00:00Z', null],
    ['clocks go back: 07:50 GMT is early, not late', '08:00', '2026-10-25', [record('2026-10-25T07:50:00Z')], '2026-10-25T12:00:00Z', null],
  ])('%s', (_name, time, date, records, now, expected) => {
    const label = time === '23:30' ? 'Bedtime' : 'Morning visit';
    const found = visitsNeedingAttention({ people: [personWith(label, time, date)], records, now: new Date(now) });
    expect(found.map(({ kind, minutesLate }) => ({ kind, minutesLate }))).toEqual(expected ? [expected] : []);
  });

  test('the thresholds are settings', () => {
    const found = visitsNeedingAttention({
      people: [personWith('Morning visit', '08:00', '2026-11-23')],
      records: [record('2026-11-23T08:20:00Z')],
      now: new Date('2026-11-23T12:00:00Z'),
      settings: { lateAfterMinutes: 15, missedAfterMinutes: 60 },
    });
    expect(found).toEqual([{ kind: 'late', personId, visitLabel: 'Morning visit', plannedFor: '2026-11-23T08:00:00.000Z', arrivedAt: '2026-11-23T08:20:00Z', minutesLate: 20 }]);
  });

  test('one record counts for one visit, and the list shows missed visits first, each in time order', () => {
    const sections = [{
      sectionKey: 'personal_care', notApplicable: null,
      steps: [
        { id: 'a', when: 'Morning visit', time: '08:00', what: 'Wash', who: 'Care worker' },
        { id: 'b', when: 'Lunch', time: '12:00', what: 'Lunch', who: 'Care worker' },
        { id: 'c', when: 'Tea', time: '17:00', what: 'Tea', who: 'Care worker' },
        { id: 'd', when: 'Flexible', time: null, what: 'Chat', who: 'Care worker' },
      ],
    }];
    const people = [{ personId, visits: plannedVisits(sections, '2026-11-23') }, { personId: 'p2', visits: plannedVisits(sections, '2026-11-23') }];
    const found = visitsNeedingAttention({
      people,
      records: [record('2026-11-23T09:00:00Z'), record('2026-11-23T12:05:00Z', { personId: 'p2', visitLabel: 'Lunch' })],
      now: new Date('2026-11-23T19:30:00Z'),
    });
    expect(found.map((f) => [f.kind, f.personId, f.visitLabel])).toEqual([
      ['missed', 'p2', 'Morning visit'],
      ['missed', personId, 'Lunch'],
      ['missed', personId, 'Tea'],
      ['missed', 'p2', 'Tea'],
      ['late', personId, 'Morning visit'],
    ]);
  });

  test('the window of records for a day reaches half a day either side, in England\u2019s time', () => {
    expect(attentionWindow('2026-07-01')).toEqual({ from: new Date('2026-06-30T11:00:00Z'), to: new Date('2026-07-02T11:00:00Z') });
    expect(attentionWindow('2026-11-23')).toEqual({ from: new Date('2026-11-22T12:00:00Z'), to: new Date('2026-11-24T12:00:00Z') });
  });
});
