// The demo's training, competence checks and behaviour-support-planning audit, recorded through the repositories the
// API uses at chosen dates. Maya Patel (registered manager) keeps the training records: Olu Adeyemi's restrictive-
// practice training, certified against the Restraint Reduction Network standards, expired last month, so he is
// flagged for Stan Whitaker, whose behaviour support plan allows a physical intervention; Grace Mensah holds current
// certified training, and Maya signed off her competence checklist and observed her at lunch; Carla Reid has
// safeguarding and Mental Capacity Act training. Quinn Harper (quality lead) audited Oak House's behaviour support
// planning last month and set two actions. Course providers and references are invented for the demo.
import {
  behaviourSupportAuditPostSchema,
  behaviourSupportAuditQuestionIds,
  competenceItemIds,
  observationItemIds,
  staffCompetenceCheckPostSchema,
  staffTrainingRecordPostSchema,
  type StaffCompetenceCheckPostInput,
  type StaffTrainingRecordPostInput,
} from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { recordBehaviourSupportAudit } from '../repo/behaviour-support-audit-repository.js';
import { RequestRepository } from '../repo/request-repository.js';
import { recordCompetenceCheck } from '../repo/staff-training-competence-repository.js';
import { recordStaffTraining } from '../repo/staff-training-repository.js';
import { demoDays, type DemoDays } from './demo-plans/demo-plan-types.js';

const emails = {
  manager: 'manager@riverside-care.example',
  quality: 'quality@riverside-care.example',
  olu: 'oakhouse@riverside-care.example',
  grace: 'oakhouse.senior@riverside-care.example',
  carla: 'carer@riverside-care.example',
} as const;
type Who = keyof typeof emails;

interface Found {
  staff: Record<Who, NonNullable<Awaited<ReturnType<typeof loadStaffIdentity>>>>;
  oakHouse: string;
}

export async function seedDemoStaffTraining(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const found = await findDemoStaff(pool, organisationId);
  const days = demoDays(londonDate(now));
  /** A repository acting as one of the demo staff at a day of the demo's past (never later than now). */
  const at = (who: Who, date: string, time = '10:00') => {
    const when = new Date(`${date}T${time}:00Z`);
    return new RequestRepository(pool, found.staff[who].actor, () => (when < now ? when : now));
  };
  const train = (who: Who, date: string, input: StaffTrainingRecordPostInput) =>
    recordStaffTraining(at('manager', date), found.staff[who].actor.staffId, staffTrainingRecordPostSchema.parse(input));

  await seedTraining(train, days);
  await seedGraceChecks(at, found, days);
  await seedOakHouseAudit(at, found, days);
}

async function seedTraining(
  train: (who: Who, date: string, input: StaffTrainingRecordPostInput) => Promise<unknown>,
  days: DemoDays,
): Promise<void> {
  const oluExpired = days.ago(24);
  await train('olu', days.ago(380), {
    topic: 'restrictive_practice',
    course: 'Positive approaches and safe holding: foundation (one day)',
    trainingProvider: 'Northern Calm Training',
    completedOn: days.ago(389),
    expiresOn: oluExpired,
    rrnCertified: true,
    certificateReference: 'NCT-RRN-24-0871',
  });
  await train('olu', days.ago(300), {
    topic: 'safeguarding',
    course: 'Safeguarding adults, level 2',
    trainingProvider: 'Leeds Safeguarding Adults Board',
    completedOn: days.ago(300),
    expiresOn: days.ahead(430),
    rrnCertified: false,
  });
  await train('grace', days.ago(60), {
    topic: 'restrictive_practice',
    course: 'Positive approaches and safe holding: refresher',
    trainingProvider: 'Northern Calm Training',
    completedOn: days.ago(61),
    expiresOn: days.ahead(304),
    rrnCertified: true,
    certificateReference: 'NCT-RRN-25-1142',
  });
  await train('grace', days.ago(120), {
    topic: 'positive_behaviour_support',
    course: 'Positive behaviour support for dementia care',
    trainingProvider: 'Yorkshire Dementia Learning',
    completedOn: days.ago(121),
    expiresOn: days.ahead(609),
    rrnCertified: false,
  });
  await train('carla', days.ago(200), {
    topic: 'safeguarding',
    course: 'Safeguarding adults, level 2',
    trainingProvider: 'Leeds Safeguarding Adults Board',
    completedOn: days.ago(201),
    expiresOn: days.ahead(529),
    rrnCertified: false,
  });
  await train('carla', days.ago(150), {
    topic: 'mental_capacity',
    course: 'Mental Capacity Act in everyday care',
    trainingProvider: 'Riverside Care Partnership (in-house)',
    completedOn: days.ago(150),
    expiresOn: null,
    rrnCertified: false,
  });
}

type At = (who: Who, date: string, time?: string) => RequestRepository;

async function seedGraceChecks(at: At, found: Found, days: DemoDays): Promise<void> {
  const grace = found.staff.grace.actor.staffId;
  const evidence: Record<string, string> = {
    person_what_matters:
      'Talked me through what Stan enjoys (brass band records, the garden) and what unsettles him late in the day.',
    secondary_early_signs:
      'Named Stan\u2019s early signs (pacing by the front door, asking for his late wife) and what to try first.',
    reactive_least_restrictive:
      'Described the two-person guided escort in Stan\u2019s plan as a last resort, and the steps tried before it.',
  };
  const competence: StaffCompetenceCheckPostInput = {
    kind: 'competence',
    completedOn: days.ago(40),
    answers: competenceItemIds.map((itemId) =>
      itemId === 'record_monitoring'
        ? { itemId, answer: 'partly', evidence: 'Completes ABC records well; has not yet filled in a scatter plot.' }
        : { itemId, answer: 'met', evidence: evidence[itemId] ?? 'Seen on shift and talked through in supervision.' },
    ),
    nextSteps: 'Grace to lead the next two weeks of Stan\u2019s scatter plot with Olu.',
  };
  await recordCompetenceCheck(at('manager', days.ago(40), '15:00'), grace, staffCompetenceCheckPostSchema.parse(competence));
  const observation: StaffCompetenceCheckPostInput = {
    kind: 'observation',
    completedOn: days.ago(12),
    observerName: 'Maya Patel',
    observerRole: 'Registered manager',
    setting: 'Lunch in the Oak House dining room, supporting Stan and two other residents',
    items: observationItemIds.map((itemId) =>
      itemId === 'obs_least_restrictive' || itemId === 'obs_recovery'
        ? { itemId, result: 'not_seen', comment: 'Stan was settled throughout, so there was no call for it.' }
        : {
            itemId,
            result: 'met',
            comment: itemId === 'obs_choice' ? 'Offered Stan his lunch in the garden room, as he prefers.' : null,
          },
    ),
    feedback: 'Calm, unhurried support. Shared with Grace the same afternoon.',
  };
  await recordCompetenceCheck(at('manager', days.ago(12), '14:30'), grace, staffCompetenceCheckPostSchema.parse(observation));
}

async function seedOakHouseAudit(at: At, found: Found, days: DemoDays): Promise<void> {
  const completedOn = days.ago(33);
  const gaps: Record<
    string,
    { answer: 'partly' | 'no'; evidence: string; action: { what: string; who: string; dueBy: string } }
  > = {
    plans_assessment: {
      answer: 'partly',
      evidence: 'Stan\u2019s plan draws on ABC records; no scatter plot has been kept for him yet.',
      action: {
        what: 'Keep a two-week scatter plot for Stan and use it at his next review.',
        who: 'Grace Mensah',
        dueBy: days.ahead(10),
      },
    },
    staff_rrn_training: {
      answer: 'no',
      evidence:
        'One care worker\u2019s certified restrictive-practice training runs out within a fortnight, and no refresher is booked.',
      action: {
        what: 'Book the certified refresher for the care worker before it runs out.',
        who: 'Maya Patel',
        dueBy: days.ahead(20),
      },
    },
  };
  const answers = behaviourSupportAuditQuestionIds.map((questionId) => {
    const gap = gaps[questionId];
    return gap
      ? { questionId, ...gap }
      : {
          questionId,
          answer: 'yes',
          evidence: 'Seen in Stan\u2019s and Winnie\u2019s records and in talking with staff on shift.',
        };
  });
  await recordBehaviourSupportAudit(
    at('quality', completedOn, '11:00'),
    found.oakHouse,
    behaviourSupportAuditPostSchema.parse({
      completedOn,
      answers,
      summary:
        'Behaviour support planning is in good shape at Oak House. The two gaps are about evidence for assessment and keeping certified training current.',
    }),
  );
}

async function findDemoStaff(pool: pg.Pool, organisationId: string): Promise<Found> {
  return inTransaction(pool, organisationId, async (tx) => {
    const staff = {} as Found['staff'];
    for (const [who, email] of Object.entries(emails) as [Who, string][]) {
      const id = (await tx.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [email])).rows[0]?.id;
      const identity = id === undefined ? null : await loadStaffIdentity(tx, id);
      if (!identity) throw new Error(`the demo has no ${email}`);
      staff[who] = identity;
    }
    const oakHouse = (await tx.query<{ id: string }>("SELECT id FROM services WHERE kind = 'care_home' ORDER BY name LIMIT 1"))
      .rows[0]?.id;
    if (oakHouse === undefined) throw new Error('the demo has no care home');
    return { staff, oakHouse };
  });
}
