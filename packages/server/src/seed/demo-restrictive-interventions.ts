// The demo's restrictive interventions, recorded through the repository the API uses by Oak House's senior care
// worker, Grace Mensah. Stan Whitaker was twice guided to his room by two staff (a few minutes each), both times as
// his behaviour support plan sets out: about ten weeks ago (debriefed with Stan and with staff) and about two weeks
// ago (debriefed with staff; Stan's debrief is not yet recorded, so it shows as needing attention). The recent one is
// linked to Stan's ABC record of the incident when the ABC demo has one. Names and details are invented for the demo.
import {
  restrictiveInterventionDebriefPostSchema,
  restrictiveInterventionPostSchema,
  type RestrictiveInterventionDebriefPostInput,
  type RestrictiveInterventionPostInput,
} from '@hearth/core';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { inTransaction } from '../db/transaction.js';
import { RequestRepository } from '../repo/request-repository.js';
import {
  recordRestrictiveIntervention,
  recordRestrictiveInterventionDebrief,
} from '../repo/restrictive-interventions-repository.js';

const oakHouseSenior = 'oakhouse.senior@riverside-care.example';
const day = 86_400_000;

interface Found {
  actor: NonNullable<Awaited<ReturnType<typeof loadStaffIdentity>>>['actor'];
  stan: string;
  abc: { id: string; occurred_at: Date } | null;
}

export async function seedDemoRestrictiveInterventions(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const found = await findStanAndGrace(pool, organisationId, now);
  /** Grace's repository with its clock at a moment of the demo's past (never later than now). */
  const at = (when: Date) => new RequestRepository(pool, found.actor, () => (when < now ? when : now));

  const older = new Date(now.getTime() - 70 * day);
  older.setUTCHours(15, 10, 0, 0);
  const olderUse = await recordUse(at(new Date(older.getTime() + 2 * 3_600_000)), found.stan, {
    startedAt: older.toISOString(),
    durationMinutes: 6,
    reason:
      'Stan was shouting and pushing at the lounge door at tea time, wanting to "go home to Edna", and struck out at Olu as he tried to talk with him.',
    riskAnswered: 'Stan falling on the step by the door, and harm to another resident sitting close by.',
    tried: [
      'Talked with Stan about Edna and his home in Harehills, as his plan says',
      'Offered a cup of tea and a walk round the garden',
      'Asked the other residents to move to the dining room',
    ],
  });
  await debrief(at(new Date(older.getTime() + 18 * 3_600_000)), olderUse, {
    withWhom: 'person',
    heldOn: dateOf(new Date(older.getTime() + day)),
    body: {
      participants: 'Stan, with Grace Mensah, over breakfast in his room',
      account: 'I wanted to get home, Edna would be waiting. I did not like them holding my arms but they were not rough.',
      couldBeDoneDifferently:
        'Stan would like to be told where Edna is gently, and to have his photos of her with him in the lounge.',
      planChange: {
        needed: true,
        what: 'Add: bring Stan\u2019s photo album to the lounge before tea time, when he looks for Edna.',
      },
    },
  });
  await debrief(at(new Date(older.getTime() + 3 * 3_600_000)), olderUse, {
    withWhom: 'staff',
    heldOn: dateOf(older),
    body: {
      participants: 'Grace Mensah and Olu Adeyemi, at the end of the shift',
      account:
        'The escort followed the plan: two staff, guided by the forearms, about twenty metres to his room. Stan settled within ten minutes with music on.',
      couldBeDoneDifferently: 'Notice the early signs sooner: he paces by the door from about four o\u2019clock.',
      planChange: { needed: true, what: 'Add pacing by the door after four o\u2019clock as an early warning sign.' },
    },
  });

  const recent = found.abc?.occurred_at ?? new Date(now.getTime() - 14 * day);
  if (!found.abc) recent.setUTCHours(16, 25, 0, 0);
  const recentUse = await recordUse(at(new Date(recent.getTime() + 2 * 3_600_000)), found.stan, {
    startedAt: recent.toISOString(),
    durationMinutes: 3,
    abcRecordId: found.abc?.id ?? null,
    reason: 'Stan was trying to leave through the fire door, pushing staff away, and became more distressed when asked to wait.',
    riskAnswered: 'Stan going out onto the main road in the dark, and falling on the ramp outside the fire door.',
    tried: [
      'Walked with Stan and talked about his work on the buses',
      'Offered his photo album in the lounge, as the plan now says',
    ],
  });
  await debrief(at(new Date(recent.getTime() + 4 * 3_600_000)), recentUse, {
    withWhom: 'staff',
    heldOn: dateOf(recent),
    body: {
      participants: 'Grace Mensah and Olu Adeyemi',
      account: 'A short guided escort, as the plan sets out; Stan calmed in the lounge with his photos after a few minutes.',
      couldBeDoneDifferently: 'Keep the fire door corridor quieter at shift change, when Stan is most unsettled.',
      planChange: { needed: false, what: null },
    },
  });
}

const dateOf = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(at);

async function findStanAndGrace(pool: pg.Pool, organisationId: string, now: Date): Promise<Found> {
  return inTransaction(pool, organisationId, async (tx) => {
    const staffId = (await tx.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [oakHouseSenior])).rows[0]?.id;
    const identity = staffId === undefined ? null : await loadStaffIdentity(tx, staffId);
    const stan = (await tx.query<{ id: string }>("SELECT id FROM people WHERE legal_name = 'Stanley Whitaker'")).rows[0]?.id;
    if (!identity || !stan) throw new Error('the demo has no Oak House senior or Stan Whitaker');
    // The ABC demo's record of an incident in which a restrictive intervention was used, about two weeks ago.
    const abc = (
      await tx.query<{ id: string; occurred_at: Date }>(
        `SELECT a.id, a.occurred_at FROM abc_records a
         WHERE a.person_id = $1 AND a.restrictive_intervention_used AND a.occurred_at BETWEEN $2 AND $3
           AND NOT EXISTS (SELECT 1 FROM abc_records later WHERE later.supersedes = a.id)
         ORDER BY abs(extract(epoch FROM a.occurred_at - $4::timestamptz)) LIMIT 1`,
        [stan, new Date(now.getTime() - 28 * day), new Date(now.getTime() - 4 * day), new Date(now.getTime() - 14 * day)],
      )
    ).rows[0];
    return { actor: identity.actor, stan, abc: abc ?? null };
  });
}

interface Use {
  startedAt: string;
  durationMinutes: number;
  abcRecordId?: string | null;
  reason: string;
  riskAnswered: string;
  tried: string[];
}

async function recordUse(repo: RequestRepository, stan: string, use: Use): Promise<string> {
  const input: RestrictiveInterventionPostInput = {
    clientId: randomUUID(),
    kind: 'physical',
    startedAt: use.startedAt,
    durationMinutes: use.durationMinutes,
    followedPlan: 'yes',
    abcRecordId: use.abcRecordId ?? null,
    body: {
      staffInvolved: [
        { name: 'Grace Mensah', role: 'Senior care worker' },
        { name: 'Olu Adeyemi', role: 'Care worker' },
      ],
      reason: use.reason,
      riskAnswered: use.riskAnswered,
      lessRestrictive: { tried: use.tried, noneReason: null },
      whatWasDone:
        'Two-person guided escort as the behaviour support plan sets out: one member of staff each side, guiding Stan by the forearms to his room, talking with him throughout.',
      medicine: null,
      personInjury: { injured: false, details: null },
      staffInjury: { injured: false, details: null },
      personView: null,
    },
  };
  return (await recordRestrictiveIntervention(repo, stan, restrictiveInterventionPostSchema.parse(input))).record.id;
}

async function debrief(
  repo: RequestRepository,
  interventionId: string,
  input: RestrictiveInterventionDebriefPostInput,
): Promise<void> {
  await recordRestrictiveInterventionDebrief(repo, interventionId, restrictiveInterventionDebriefPostSchema.parse(input));
}
