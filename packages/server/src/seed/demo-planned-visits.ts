// The demo's homecare rounds: Carla Reid (carer@) visits Peggy Thompson and Arthur Pickering today and tomorrow, at
// the times their plans name, planned by the homecare senior through the repository the API uses. So Carla's phone
// has upcoming visits to keep records for, and a senior has a round to see and print.
import { londonInstant, plannedVisitCreateBodySchema } from '@hearth/core';
import type pg from 'pg';
import { inTransaction } from '../db/transaction.js';
import { planVisit } from '../repo/planned-visits-repository.js';
import { demoSeniorFor } from './demo-senior.js';

const carer = 'carer@riverside-care.example';

/** Who is visited when, as minutes of the day on a clock in England, and for how long. */
const round: { who: 'peggy' | 'arthur'; at: string; minutes: number; label: string }[] = [
  { who: 'peggy', at: '08:00', minutes: 45, label: 'Morning visit' },
  { who: 'arthur', at: '09:00', minutes: 45, label: 'Morning visit' },
  { who: 'peggy', at: '12:30', minutes: 30, label: 'Lunch visit' },
  { who: 'peggy', at: '17:00', minutes: 30, label: 'Tea visit' },
  { who: 'arthur', at: '17:45', minutes: 30, label: 'Tea visit' },
  { who: 'peggy', at: '20:30', minutes: 30, label: 'Bedtime visit' },
];

export async function seedDemoPlannedVisits(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const { days, at, peggy, arthur } = await demoSeniorFor(pool, organisationId, now);
  const carla = await inTransaction(pool, organisationId, async (tx) => (await tx.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [carer])).rows[0]?.id);
  if (carla === undefined) throw new Error('the demo has no homecare care worker');
  const people = { peggy, arthur };
  // Planned at the start of today, so this morning's visits are planned before they happen.
  const planner = at(days.today, '00:00');
  for (const date of [days.today, days.ahead(1)]) {
    for (const visit of round) {
      const [hours, minutes] = visit.at.split(':').map(Number);
      const startsAt = londonInstant(date, (hours ?? 0) * 60 + (minutes ?? 0));
      const body = plannedVisitCreateBodySchema.parse({
        personId: people[visit.who],
        staffId: carla,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + visit.minutes * 60_000).toISOString(),
        label: visit.label,
      });
      await planVisit(planner, body);
    }
  }
}
