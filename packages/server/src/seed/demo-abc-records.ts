// Stan Whitaker's ABC records at Oak House over the last three weeks, recorded through the repository the API uses by
// Olu Adeyemi and Grace Mensah straight after each incident. Most are late in the afternoon (16:00 to 17:30), when
// Stan asks to go and collect his children from school: after being left alone or a change to his routine, and
// followed by staff attention, so the analysis suggests attention as the possible function. About two weeks ago two
// staff guided him back from the front door (a restrictive intervention, recorded in the register by its own demo).
// One record was corrected the next day. Names and details are invented for the demo.
import {
  addDays,
  createAbcRecordBodySchema,
  londonInstant,
  type AbcAntecedentCategory,
  type AbcConsequenceCategory,
  type AbcRecordView,
  type CreateAbcRecordInput,
  type StaffActor,
} from '@hearth/core';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { createAbcRecord } from '../repo/abc-records-repository.js';
import { RequestRepository } from '../repo/request-repository.js';
import { stanleyLegalName } from './demo-plans/stanley-whitaker.js';

const recorders = { olu: 'oakhouse@riverside-care.example', grace: 'oakhouse.senior@riverside-care.example' } as const;
type Recorder = keyof typeof recorders;

const leaving = 'Trying to leave the building';

interface Incident {
  daysAgo: number;
  time: string;
  by: Recorder;
  behaviour?: string;
  form: string;
  setting: string;
  activity: string;
  people: string;
  antecedent: [AbcAntecedentCategory, string];
  consequence: [AbcConsequenceCategory, string];
  intensity: number;
  minutes: number;
  communicating?: string;
  helped?: string;
  health?: string;
  restrictive?: boolean;
}

const incidents: Incident[] = [
  {
    daysAgo: 20,
    time: '16:10',
    by: 'olu',
    form: 'Walked up and down the hall with his coat on, pulling at the front door, saying he would be late for the school gate.',
    setting: 'Front hall',
    activity: 'Residents resting after afternoon tea',
    people: 'Olu, two residents in the lounge',
    antecedent: [
      'left_alone',
      'Stan had been sitting on his own in the lounge for about twenty minutes while staff were at handover.',
    ],
    consequence: ['attention_given', 'Olu walked with him, talked about his children and sat with him with a cup of tea.'],
    intensity: 3,
    minutes: 20,
    communicating: 'He may have been feeling anxious and wanting company at the end of the day.',
    helped: 'Talking about his children helped; telling him the time did not.',
  },
  {
    daysAgo: 19,
    time: '16:40',
    by: 'grace',
    form: 'Asked repeatedly where his children were and tried the side door twice.',
    setting: 'Dining room',
    activity: 'Waiting for his usual walk in the garden',
    people: 'Grace, four residents',
    antecedent: ['change_of_routine', 'His garden walk was cancelled because of the rain.'],
    consequence: ['attention_given', 'Grace looked at his photo album with him by the window.'],
    intensity: 2,
    minutes: 15,
    helped: 'The photo album.',
  },
  {
    daysAgo: 17,
    time: '16:20',
    by: 'olu',
    form: 'Stood at the front door pressing the keypad and calling out for someone to let him out.',
    setting: 'Front hall',
    activity: 'Visitors leaving',
    people: 'Olu, a visitor leaving',
    antecedent: ['left_alone', 'His visitor had just left and no one was with him.'],
    consequence: ['attention_given', 'Olu stayed with him and they talked about his old job at the bus depot.'],
    intensity: 3,
    minutes: 25,
    communicating: 'He may have felt left behind when his visitor went.',
  },
  {
    daysAgo: 16,
    time: '10:30',
    by: 'grace',
    behaviour: 'Shouting at staff',
    form: 'Shouted "leave me alone" and pushed the flannel away.',
    setting: 'His bathroom',
    activity: 'Morning wash',
    people: 'Grace',
    antecedent: ['demand', 'Grace asked if he was ready for his wash.'],
    consequence: ['task_stopped', 'Grace left the wash and came back half an hour later, when he was happy to have it.'],
    intensity: 2,
    minutes: 5,
    health: 'Slept badly the night before.',
  },
  {
    daysAgo: 15,
    time: '17:05',
    by: 'olu',
    form: 'Put on his coat and hat and tried the front door and the fire exit, saying the school would be closing.',
    setting: 'Front hall',
    activity: 'Tea being served',
    people: 'Olu, a new agency care worker',
    antecedent: ['change_of_routine', 'A care worker he did not know was on the shift.'],
    consequence: ['attention_given', 'Olu introduced the new care worker and they both sat with him for tea.'],
    intensity: 4,
    minutes: 30,
    communicating: 'He may have been unsettled by an unfamiliar face.',
  },
  {
    daysAgo: 13,
    time: '16:30',
    by: 'olu',
    form: 'Pushed past staff to the front door and out towards the car park gate, calling for his children.',
    setting: 'Front door and car park',
    activity: 'Staff handover',
    people: 'Olu, Grace',
    antecedent: ['left_alone', 'Both staff were in the office for handover; Stan was alone in the hall.'],
    consequence: [
      'attention_given',
      'Grace and Olu guided him back inside, one at each side, then Olu sat with him in his room.',
    ],
    intensity: 5,
    minutes: 35,
    restrictive: true,
    communicating: 'He may have been frightened he would miss his children.',
    helped: 'Sitting with him afterwards and talking about his children.',
  },
  {
    daysAgo: 12,
    time: '16:15',
    by: 'grace',
    form: 'Walking the corridor asking everyone which way the school was.',
    setting: 'Upstairs corridor',
    activity: 'Quiet time before tea',
    people: 'Grace',
    antecedent: ['left_alone', 'Stan was on his own upstairs.'],
    consequence: ['redirected', 'Grace asked him to help fold the napkins for tea.'],
    intensity: 2,
    minutes: 10,
  },
  {
    daysAgo: 10,
    time: '17:20',
    by: 'olu',
    form: 'Stood by the front door with his coat, telling staff he had to fetch the children.',
    setting: 'Front hall',
    activity: 'Visitors in the lounge',
    people: 'Olu, several visitors',
    antecedent: ['change_of_routine', 'A birthday party in the lounge had moved his chair.'],
    consequence: ['attention_given', 'Olu found him a quiet seat and sat with him.'],
    intensity: 3,
    minutes: 15,
  },
  {
    daysAgo: 9,
    time: '16:45',
    by: 'grace',
    form: 'Covered his ears and walked out of the lounge towards the front door.',
    setting: 'Lounge',
    activity: 'Tea trolley coming round',
    people: 'Grace, six residents',
    antecedent: ['noise_or_busy', 'The lounge was loud with the television and the tea trolley.'],
    consequence: ['given_space', 'Grace went with him to the quiet room and left him to settle there.'],
    intensity: 3,
    minutes: 15,
  },
  {
    daysAgo: 6,
    time: '16:50',
    by: 'olu',
    form: 'Tried the front door and asked Olu to ring for a taxi to the school.',
    setting: 'Front hall',
    activity: 'Staff handover',
    people: 'Olu',
    antecedent: ['change_of_routine', 'His daughter rang to say she could not visit today.'],
    consequence: ['attention_given', 'Olu talked with him about his daughter and they rang her back together.'],
    intensity: 3,
    minutes: 20,
    communicating: 'He may have been missing his family.',
  },
  {
    daysAgo: 4,
    time: '16:25',
    by: 'grace',
    form: 'Waiting at the front door with his coat, saying he needed to get to the school.',
    setting: 'Front hall',
    activity: 'Quiet time before tea',
    people: 'Grace',
    antecedent: ['left_alone', 'Stan had been alone in his room since lunch.'],
    consequence: ['attention_given', 'Grace sat with him and they looked at his photo album.'],
    intensity: 2,
    minutes: 10,
  },
  {
    daysAgo: 2,
    time: '17:10',
    by: 'olu',
    form: 'Pulled at the front door handle and called out for his children.',
    setting: 'Front hall',
    activity: 'Tea being served',
    people: 'Olu, Grace',
    antecedent: ['change_of_routine', 'Tea was half an hour late.'],
    consequence: ['attention_given', 'Olu walked with him to the dining room and sat with him.'],
    intensity: 3,
    minutes: 15,
  },
  {
    daysAgo: 1,
    time: '16:35',
    by: 'olu',
    form: 'Stood at the front door with his coat on, asking staff to let him out to the school.',
    setting: 'Front hall',
    activity: 'Visitors leaving',
    people: 'Olu',
    antecedent: ['left_alone', 'The other residents had gone to their rooms.'],
    consequence: ['attention_given', 'Olu sat with him and talked about his children.'],
    intensity: 2,
    minutes: 10,
    helped: 'Talking about his children helped quickly.',
  },
];

/** Written first with the wrong time, and corrected by Grace the next morning. */
const corrected: Incident = {
  daysAgo: 7,
  time: '15:05',
  by: 'olu',
  form: 'Asked to go and collect his children from school and tried the front door.',
  setting: 'Front hall',
  activity: 'Quiet time before tea',
  people: 'Olu',
  antecedent: ['left_alone', 'Stan had been on his own in the lounge.'],
  consequence: ['attention_given', 'Olu sat with him until tea.'],
  intensity: 2,
  minutes: 15,
};

export async function seedDemoAbcRecords(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const found = await findStanAndStaff(pool, organisationId);
  const today = londonDate(now);
  const happenedAt = (i: Incident) => {
    const [h, m] = i.time.split(':').map(Number);
    return londonInstant(addDays(today, -i.daysAgo), (h ?? 0) * 60 + (m ?? 0));
  };
  /** The recorder's repository with its clock some minutes after the incident (never later than now). */
  const at = (by: Recorder, when: Date) => new RequestRepository(pool, found.actors[by], () => (when < now ? when : now));
  const write = async (
    i: Incident,
    recordedAt: Date,
    by: Recorder,
    extra: Partial<CreateAbcRecordInput> = {},
  ): Promise<AbcRecordView> => {
    const body = createAbcRecordBodySchema.parse({ ...inputOf(i, happenedAt(i)), ...extra });
    return (await createAbcRecord(at(by, recordedAt), found.stan, body)).record;
  };

  for (const i of incidents) await write(i, new Date(happenedAt(i).getTime() + 30 * 60_000), i.by);
  const first = await write(corrected, new Date(happenedAt(corrected).getTime() + 20 * 60_000), corrected.by);
  const next = { ...corrected, time: '16:05' };
  const correctedAt = londonInstant(addDays(today, -corrected.daysAgo + 1), 9 * 60);
  await write(next, correctedAt, 'grace', {
    ...inputOf(next, happenedAt(next)),
    supersedes: first.id,
    supersedeReason: 'The time was written wrongly: it happened just after four, at the end of handover, not at three.',
  });
}

function inputOf(i: Incident, occurredAt: Date): CreateAbcRecordInput {
  return {
    clientId: randomUUID(),
    occurredAt: occurredAt.toISOString(),
    behaviour: i.behaviour ?? leaving,
    behaviourForm: i.form,
    intensity: i.intensity,
    durationMinutes: i.minutes,
    restrictiveInterventionUsed: i.restrictive ?? false,
    setting: i.setting,
    activity: i.activity,
    peoplePresent: i.people,
    settingEvents: i.health
      ? [{ kind: 'health', detail: i.health }]
      : [{ kind: 'environment', detail: 'Late afternoon: handover, visitors leaving and tea' }],
    antecedent: { category: i.antecedent[0], description: i.antecedent[1] },
    consequence: { category: i.consequence[0], description: i.consequence[1] },
    communicating: i.communicating ?? null,
    whatHelped: i.helped ?? null,
  };
}

async function findStanAndStaff(
  pool: pg.Pool,
  organisationId: string,
): Promise<{ stan: string; actors: Record<Recorder, StaffActor> }> {
  return inTransaction(pool, organisationId, async (tx) => {
    const stan = (await tx.query<{ id: string }>('SELECT id FROM people WHERE legal_name = $1', [stanleyLegalName])).rows[0]?.id;
    const actorOf = async (email: string) => {
      const id = (await tx.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [email])).rows[0]?.id;
      return id === undefined ? null : ((await loadStaffIdentity(tx, id))?.actor ?? null);
    };
    const [olu, grace] = [await actorOf(recorders.olu), await actorOf(recorders.grace)];
    if (!stan || !olu || !grace) throw new Error('the demo has no Stan Whitaker, Olu Adeyemi or Grace Mensah');
    return { stan, actors: { olu, grace } };
  });
}
