// Gives two demo people a recorded conversation about their information choices, through the repository the API uses,
// by a senior in their service: Peggy Thompson (a paper copy in the home, and the app for her son David) and Stanley
// Whitaker (talked about over a year ago, so his review is due). Arthur Pickering and the others are left "not yet
// discussed", so the manager's list shows them.
import { recordInformationChoicesBodySchema, type StaffActor } from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { recordInformationChoices } from '../repo/information-choices-repository.js';
import { RequestRepository } from '../repo/request-repository.js';
import { demoDays } from './demo-plans/demo-plan-types.js';

const homecareSenior = 'senior@riverside-care.example';
const oakHouseSenior = 'oakhouse.senior@riverside-care.example';

export async function seedDemoInformationChoices(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
  const found = await inTransaction(pool, organisationId, async (tx) => {
    const actors = new Map<string, { actor: StaffActor; name: string }>();
    const staff = await tx.query<{ id: string; email: string; name: string }>(
      'SELECT id, email, name FROM staff WHERE email = ANY($1)',
      [[homecareSenior, oakHouseSenior]],
    );
    for (const s of staff.rows) {
      const identity = await loadStaffIdentity(tx, s.id);
      if (identity) actors.set(s.email, { actor: identity.actor, name: s.name });
    }
    const people = await tx.query<{ id: string; legal_name: string }>(
      'SELECT id, legal_name FROM people WHERE legal_name = ANY($1)',
      [['Margaret Ellen Thompson', 'Stanley Whitaker']],
    );
    return { actors, people: new Map(people.rows.map((r) => [r.legal_name, r.id])) };
  });
  const record = async (email: string, legalName: string, discussedOn: string, choices: Record<string, unknown>) => {
    const staff = found.actors.get(email);
    const personId = found.people.get(legalName);
    if (!staff || !personId) throw new Error(`the demo has no ${email} or no ${legalName}`);
    const at = new Date(`${discussedOn}T14:00:00Z`);
    const repo = new RequestRepository(pool, staff.actor, () => (at < now ? at : now));
    const body = recordInformationChoicesBodySchema.parse({
      discussedOn,
      ...choices,
      participants: { staffMember: staff.name, ...(choices.participants as object) },
    });
    await recordInformationChoices(repo, personId, body);
  };

  await record(homecareSenior, 'Margaret Ellen Thompson', days.ago(20), {
    participants: { personPresent: true, others: [{ name: 'David Thompson', relationship: 'Son' }] },
    optionsExplained: ['paper_in_home', 'app', 'secure_email', 'mix'],
    decision: {
      ways: ['paper_in_home', 'app'],
      anythingElse:
        'Peggy keeps the folder in the kitchen drawer. David reads her plan in the app from Leeds and wants to know when it changes.',
    },
    personsWords: 'I like my folder where I can see it. David can look on his phone; he worries otherwise.',
    reviewOn: days.ahead(345),
  });
  await record(oakHouseSenior, 'Stanley Whitaker', days.ago(380), {
    participants: { personPresent: true, others: [] },
    optionsExplained: ['paper_in_home', 'app', 'printed_copy_sent'],
    decision: { ways: ['paper_in_home'], anythingElse: 'A copy in his room, in easy read, on the shelf by his chair.' },
    personsWords: 'Paper. I don\u2019t do screens.',
    reviewOn: days.ago(15),
  });
}
