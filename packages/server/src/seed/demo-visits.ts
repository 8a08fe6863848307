// Gives Peggy Thompson (home care) visit records for yesterday and, once her morning visit is over, today: one
// lunch visit late, a task she declined, a concern escalated to the senior on duty and left open, and a correction.
// Written through the repository functions the API uses, by the care worker, each with a clock set to the moment.
import { createVisitAddendumBodySchema, createVisitRecordBodySchema, londonInstant, minutesOf, type PlannedVisit, type StaffActor, type VisitRecord } from '@hearth/core';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { RequestRepository } from '../repo/request-repository.js';
import { addVisitAddendum, createVisitRecord, getPlannedVisits } from '../repo/visit-records-repository.js';
import { demoDays } from './demo-plans/demo-plan-types.js';
import { peggyLegalName } from './demo-plans/peggy-thompson.js';

const carer = 'carer@riverside-care.example';

interface DemoVisit {
  label: string;
  /** Minutes after the planned time the care worker arrived, and how long they stayed. */
  late: number;
  stayed: number;
  notDone?: { stepId: string; note: string };
  ate: 'all' | 'most' | 'some' | 'none' | 'not_offered';
  drankMl: number;
  personalCare?: string;
  mood: string;
  wellbeing: string;
  concerns?: { text: string; escalate: boolean }[];
}

const yesterday: DemoVisit[] = [
  { label: 'Morning visit', late: 2, stayed: 48, ate: 'all', drankMl: 250, personalCare: 'Strip wash at the sink sitting on her stool; chose her blue cardigan.', mood: '\u201cI slept like a log.\u201d', wellbeing: 'Bright and chatty; told me about her grandson\u2019s new job.' },
  { label: 'Lunch visit', late: 40, stayed: 25, ate: 'most', drankMl: 300, mood: '\u201cI thought you had forgotten me.\u201d', wellbeing: 'A little anxious that I was late (held up at the previous visit); settled once lunch was on.' },
  {
    label: 'Tea visit', late: 3, stayed: 30, ate: 'some', drankMl: 200,
    notDone: { stepId: 'tea-exercises', note: 'Peggy said her knees were too stiff today; she would like to try again tomorrow.' },
    mood: '\u201cMy ankle is playing me up.\u201d', wellbeing: 'Quieter than usual; sat with her feet up most of the visit.',
    concerns: [
      { text: 'Left ankle looks swollen and she says it aches when she stands. No fall reported.', escalate: true },
      { text: 'Bread is running low: sent David a text.', escalate: false },
    ],
  },
  { label: 'Bedtime visit', late: 1, stayed: 30, ate: 'not_offered', drankMl: 150, personalCare: 'Helped into her nightie; back door locked.', mood: '\u201cNight night, love.\u201d', wellbeing: 'Comfortable in bed with the landing light on.' },
];

const today: DemoVisit[] = [
  { label: 'Morning visit', late: 4, stayed: 45, ate: 'most', drankMl: 300, personalCare: 'Washed and dressed; she chose the green skirt.', mood: '\u201cMuch better today, thank you.\u201d', wellbeing: 'Ankle less swollen; walked to the kitchen with her frame.' },
];

export async function seedDemoVisits(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
  const { actor, peggy } = await inTransaction(pool, organisationId, async (tx) => {
    const staffId = (await tx.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [carer])).rows[0]?.id;
    const identity = staffId ? await loadStaffIdentity(tx, staffId) : null;
    const person = (await tx.query<{ id: string }>('SELECT id FROM people WHERE legal_name = $1', [peggyLegalName])).rows[0]?.id;
    return { actor: identity?.actor, peggy: person };
  });
  if (!actor || !peggy) throw new Error('the demo has no care worker or no Peggy');
  const as = (who: StaffActor, at: Date) => new RequestRepository(pool, who, () => (at < now ? at : now));

  const recordDay = async (date: string, visits: DemoVisit[]): Promise<VisitRecord[]> => {
    const planned = await getPlannedVisits(as(actor, now), peggy, date);
    const records: VisitRecord[] = [];
    for (const v of visits) {
      const visit = planned.visits.find((p) => p.label === v.label);
      if (!visit?.plannedFor || !visit.time) continue;
      const arrived = londonInstant(date, (minutesOf(visit.time) ?? 0) + v.late);
      const left = new Date(arrived.getTime() + v.stayed * 60_000);
      // Only visits already over by the time the demo is made.
      if (left > now) continue;
      const body = createVisitRecordBodySchema.parse({
        clientId: randomUUID(), kind: 'visit', visitLabel: visit.label, plannedFor: visit.plannedFor,
        arrivedAt: arrived.toISOString(), leftAt: left.toISOString(), content: contentOf(visit, v),
      });
      records.push((await createVisitRecord(as(actor, left), peggy, body)).record);
    }
    return records;
  };

  const [morning] = await recordDay(days.ago(1), yesterday);
  await recordDay(days.today, today);
  if (morning) {
    await addVisitAddendum(as(actor, new Date(Date.parse(morning.leftAt ?? morning.arrivedAt) + 4 * 3_600_000)), morning.id, createVisitAddendumBodySchema.parse({
      body: 'Correction: Peggy had a second cup of tea before I left, so she drank about 400 ml at this visit, not 250 ml.',
    }));
  }
}

function contentOf(visit: PlannedVisit, v: DemoVisit) {
  return {
    tasks: visit.tasks.map((t) => v.notDone?.stepId === t.stepId
      ? { stepId: t.stepId, sectionKey: t.sectionKey, what: t.what, done: false, reason: 'declined', note: v.notDone.note }
      : { stepId: t.stepId, sectionKey: t.sectionKey, what: t.what, done: true }),
    foodAndFluid: { ate: v.ate, drankMl: v.drankMl },
    personalCare: v.personalCare ?? null,
    mood: v.mood,
    wellbeing: v.wellbeing,
    concerns: v.concerns ?? [],
  };
}
