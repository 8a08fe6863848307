// The homecare senior who records the demo's capacity records and sharing decisions through the repositories, the
// two people they are about, and a repository acting at a chosen demo date (never later than now).
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { RequestRepository } from '../repo/request-repository.js';
import { demoDays, type DemoDays } from './demo-plans/demo-plan-types.js';

const homecareSenior = 'senior@riverside-care.example';

export type DemoAt = (date: string, time?: string) => RequestRepository;

export interface DemoSenior {
  days: DemoDays;
  at: DemoAt;
  peggy: string;
  arthur: string;
}

export async function demoSeniorFor(pool: pg.Pool, organisationId: string, now: Date): Promise<DemoSenior> {
  const found = await inTransaction(pool, organisationId, async (tx) => {
    const staff = await tx.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [homecareSenior]);
    const staffId = staff.rows[0]?.id;
    const identity = staffId === undefined ? null : await loadStaffIdentity(tx, staffId);
    const people = await tx.query<{ id: string; legal_name: string }>(
      'SELECT id, legal_name FROM people WHERE legal_name = ANY($1)',
      [['Margaret Ellen Thompson', 'Arthur James Pickering']],
    );
    return { actor: identity?.actor ?? null, people: new Map(people.rows.map((r) => [r.legal_name, r.id])) };
  });
  const peggy = found.people.get('Margaret Ellen Thompson');
  const arthur = found.people.get('Arthur James Pickering');
  const actor = found.actor;
  if (!actor || !peggy || !arthur) throw new Error('the demo has no homecare senior, Peggy Thompson or Arthur Pickering');
  const at: DemoAt = (date, time = '11:00') => {
    const when = new Date(`${date}T${time}:00Z`);
    return new RequestRepository(pool, actor, () => (when < now ? when : now));
  };
  return { days: demoDays(londonDate(now)), at, peggy, arthur };
}
