// Gives demo people contacts and sharing decisions, through the repository the API uses, by the homecare senior:
// Peggy Thompson shares her plan and daily records with her son David Thompson, and all five parts with herself;
// Arthur Pickering's advocate Joan Ellis is added but nothing is decided, so nothing is shared with her.
import { newContactBodySchema, sharingDecisionBodySchema, type StaffActor } from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { RequestRepository } from '../repo/request-repository.js';
import { createContact, recordSharingDecision } from '../repo/sharing-repository.js';
import { demoDays } from './demo-plans/demo-plan-types.js';

const homecareSenior = 'senior@riverside-care.example';

export async function seedDemoSharing(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
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
  if (!found.actor || !peggy || !arthur) throw new Error('the demo has no homecare senior, Peggy Thompson or Arthur Pickering');
  const actor: StaffActor = found.actor;
  const at = (date: string, time = '11:00') => {
    const when = new Date(`${date}T${time}:00Z`);
    return new RequestRepository(pool, actor, () => (when < now ? when : now));
  };

  const david = await createContact(
    at(days.ago(19)),
    peggy,
    newContactBodySchema.parse({
      name: 'David Thompson',
      relationship: 'family',
      relationshipDetail: 'Son',
      email: 'david.thompson@family.example',
      phone: '07700 900123',
    }),
  );
  await recordSharingDecision(
    at(days.ago(19)),
    peggy,
    david.id,
    sharingDecisionBodySchema.parse({
      parts: ['plan', 'daily_records'],
      decidedBy: 'person',
      reason:
        'Peggy said: \u201cDavid can see my plan and how my visits went, so he doesn\u2019t fret from Leeds. My health and my money I\u2019ll tell him about myself.\u201d',
    }),
  );

  const herself = await createContact(
    at(days.ago(19), '11:10'),
    peggy,
    newContactBodySchema.parse({ name: 'Peggy Thompson', relationship: 'self', email: 'peggy@family.example' }),
  );
  await recordSharingDecision(
    at(days.ago(19), '11:10'),
    peggy,
    herself.id,
    sharingDecisionBodySchema.parse({
      parts: ['plan', 'daily_records', 'health', 'finances', 'behaviour_support'],
      decidedBy: 'person',
      reason: 'Peggy said: \u201cIt\u2019s my record. I want to see all of it, on my tablet, in big letters.\u201d',
    }),
  );

  await createContact(
    at(days.ago(6)),
    arthur,
    newContactBodySchema.parse({
      name: 'Joan Ellis',
      relationship: 'advocate',
      relationshipDetail: 'Independent advocate from the local advocacy service',
      email: 'joan.ellis@advocacy.example',
    }),
  );
}
