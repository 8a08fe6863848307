// Gives two demo people their information and communication needs, recorded through the repository the API uses by
// a senior in their service: Peggy Thompson (large print, contact through her son by phone) and Stanley Whitaker
// (easy read). Everyone else is left "not yet recorded", so the prompt to ask shows too.
import { saveCommunicationNeedsBodySchema, type StaffActor } from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { saveCommunicationNeeds } from '../repo/communication-needs-repository.js';
import { RequestRepository } from '../repo/request-repository.js';
import { demoDays } from './demo-plans/demo-plan-types.js';

const homecareSenior = 'senior@riverside-care.example';
const oakHouseSenior = 'oakhouse.senior@riverside-care.example';

export async function seedDemoCommunicationNeeds(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
  const found = await inTransaction(pool, organisationId, async (tx) => {
    const actors = new Map<string, { actor: StaffActor; name: string }>();
    for (const s of (
      await tx.query<{ id: string; email: string; name: string }>('SELECT id, email, name FROM staff WHERE email = ANY($1)', [
        [homecareSenior, oakHouseSenior],
      ])
    ).rows) {
      const identity = await loadStaffIdentity(tx, s.id);
      if (identity) actors.set(s.email, { actor: identity.actor, name: s.name });
    }
    const people = new Map(
      (
        await tx.query<{ id: string; legal_name: string }>('SELECT id, legal_name FROM people WHERE legal_name = ANY($1)', [
          ['Margaret Ellen Thompson', 'Stanley Whitaker'],
        ])
      ).rows.map((r) => [r.legal_name, r.id]),
    );
    return { actors, people };
  });
  const record = async (email: string, legalName: string, askedOn: string, needs: Record<string, unknown>) => {
    const staff = found.actors.get(email);
    const personId = found.people.get(legalName);
    if (!staff || !personId) throw new Error(`the demo has no ${email} or no ${legalName}`);
    const at = new Date(`${askedOn}T11:00:00Z`);
    const repo = new RequestRepository(pool, staff.actor, () => (at < now ? at : now));
    const body = saveCommunicationNeedsBodySchema.parse({
      latestVersion: 0,
      reason: null,
      needs: { askedBy: staff.name, askedOn, ...needs },
    });
    await saveCommunicationNeeds(repo, personId, body);
  };

  await record(homecareSenior, 'Margaret Ellen Thompson', days.ago(30), {
    answeredBy: 'person',
    askedHow: 'in_person',
    outcome: 'has_needs',
    formats: ['large_print'],
    supports: ['other'],
    otherSupport: 'Speak on my left side',
    contactMethod: 'through_contact',
    contactName: 'David Thompson (son)',
    contactNote: 'Phone David about letters and anything official. Ring Peggy on her landline about visits.',
    ownWords: 'Big print, please: my eyes are not what they were. And ring David about anything official; he sorts my post.',
    reviewOn: days.ahead(150),
  });
  await record(oakHouseSenior, 'Stanley Whitaker', days.ago(45), {
    answeredBy: 'person',
    askedHow: 'in_person',
    outcome: 'has_needs',
    formats: ['easy_read'],
    supports: ['more_time'],
    contactMethod: 'in_person',
    ownWords: 'Short sentences, one thing at a time, and let me finish what I am saying.',
    reviewOn: days.ahead(135),
  });
}
