// Stan Whitaker's scatter plot at Oak House, filled in directly through the repository the API uses: each evening
// of the last week the staff on shift marked the half-hours from 14:00 to 19:00 for "Trying to leave the building".
// Most are "none"; "some" and "high" gather between 16:00 and 17:30, when visitors leave and the shift hands over,
// as his ABC records do. One evening's mark was corrected the next morning (the later entry counts).
import { londonInstant, scatterEntriesPostSchema, type ScatterGrade, type StaffActor } from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { RequestRepository } from '../repo/request-repository.js';
import { recordScatterPlotEntries } from '../repo/scatter-plot-repository.js';
import { demoDays } from './demo-plans/demo-plan-types.js';
import { stanleyLegalName } from './demo-plans/stanley-whitaker.js';

const oakHouseSenior = 'oakhouse.senior@riverside-care.example';
const oakHouseCarer = 'oakhouse@riverside-care.example';
const demoScatterBehaviour = 'Trying to leave the building';

/** What each slot usually holds at Oak House, written beside the mark. */
const activities: Record<string, string> = {
  '14:00': 'Quiet time in the lounge',
  '15:00': 'Afternoon tea',
  '16:00': 'Visitors leaving',
  '16:30': 'Staff handover',
  '17:00': 'Tea being served',
  '18:00': 'Television in the lounge',
};

/** Days ago → the half-hours with the behaviour seen; every other half-hour from 14:00 to 18:30 is "none". */
const week: Record<number, Record<string, ScatterGrade>> = {
  7: { '16:00': 'some', '16:30': 'high', '17:00': 'some' },
  6: { '16:00': 'some', '16:30': 'some' },
  5: { '16:00': 'some', '16:30': 'high', '17:00': 'some' },
  4: { '16:30': 'some', '17:00': 'none' },
  3: { '16:00': 'high', '16:30': 'high', '17:00': 'some' },
  2: {},
  1: { '16:00': 'some', '16:30': 'some', '17:00': 'high' },
};

const halfHours = Array.from({ length: 10 }, (_, i) => 14 * 60 + i * 30);
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

export async function seedDemoScatterPlot(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
  const found = await inTransaction(pool, organisationId, async (tx) => {
    const actors = new Map<string, StaffActor>();
    const staff = await tx.query<{ id: string; email: string }>('SELECT id, email FROM staff WHERE email = ANY($1)', [
      [oakHouseSenior, oakHouseCarer],
    ]);
    for (const s of staff.rows) {
      const identity = await loadStaffIdentity(tx, s.id);
      if (identity) actors.set(s.email, identity.actor);
    }
    const person = await tx.query<{ id: string }>('SELECT id FROM people WHERE legal_name = $1', [stanleyLegalName]);
    return { actors, stan: person.rows[0]?.id };
  });
  const { stan } = found;
  if (!stan) throw new Error(`the demo has no ${stanleyLegalName}`);

  /** Records a day's cells as the form would send them, by `email`, at `time` on `recordedOn` in England. */
  const record = async (
    email: string,
    observedOn: string,
    recordedOn: string,
    time: string,
    cells: { minute: number; grade: ScatterGrade; activity: string | null }[],
  ) => {
    const actor = found.actors.get(email);
    if (!actor) throw new Error(`the demo has no ${email}`);
    const at = londonInstant(recordedOn, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
    const repo = new RequestRepository(pool, actor, () => (at < now ? at : now));
    const post = scatterEntriesPostSchema.parse({
      behaviour: demoScatterBehaviour,
      observedOn,
      slotMinutes: 30,
      cells: cells.map((c) => ({ slotStartMinute: c.minute, grade: c.grade, activity: c.activity })),
    });
    await recordScatterPlotEntries(repo, stan, post);
  };

  for (const [ago, marks] of Object.entries(week).sort(([a], [b]) => Number(b) - Number(a))) {
    const date = days.ago(Number(ago));
    const cells = halfHours.map((minute) => ({
      minute,
      grade: marks[clock(minute)] ?? 'none',
      activity: activities[clock(minute)] ?? null,
    }));
    await record(Number(ago) % 2 === 0 ? oakHouseSenior : oakHouseCarer, date, date, '19:30', cells);
  }
  // Four days ago the 17:00 mark was "none"; the next morning Grace, who had been on shift, corrected it.
  await record(oakHouseSenior, days.ago(4), days.ago(3), '09:15', [
    { minute: 17 * 60, grade: 'some', activity: 'Tea being served; asked to fetch his children from school' },
  ]);
}
