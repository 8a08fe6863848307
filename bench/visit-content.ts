// Visit records as a care worker's phone sends them, for the visit-recording benchmark: tasks from a plan, one of
// them not done with its reason, food and fluid, mood in the person's words, and an escalated concern in 1 in 10.
import type { VisitRecordKind } from '@hearth/core';

const tasks = [
  ['personal_care', 'Help me wash at the sink and dress in the clothes I choose from two laid out on the bed'],
  ['medication', 'Prompt my morning tablets from the blister pack and record them on the chart'],
  ['nutrition_and_hydration', 'Make porridge with honey and a cup of tea in the blue mug with two sugars'],
  ['mobility_and_falls', 'Walk beside me to the bathroom while I use my frame'],
  ['skin_integrity', 'Check my heels and lower back for red patches and put my cream on'],
  ['safety_and_my_home', 'Check the back door is locked and the key safe is closed when you leave'],
  ['emotional_wellbeing_and_mental_health', 'Sit with me for ten minutes and talk about the garden'],
  ['sleep_and_night_time', 'Help me into bed and leave the landing light on'],
  ['communication_and_information', 'Make sure my hearing aid is in and working before we start'],
  ['nutrition_and_hydration', 'Leave a jug of squash and a glass within reach of my chair'],
  ['personal_care', 'Help me shave with my electric razor'],
  ['community_access_and_engagement', 'Help me get ready for the day centre minibus at half past nine'],
] as const;

const notDone = [
  ['declined', 'Said she would rather do it herself today, and did'],
  ['not_needed', 'Her daughter had already done it before I arrived'],
  ['unable', 'The frame was upstairs; asked the office to arrange a second one for downstairs'],
] as const;

const moods = [
  '\u201cI slept better last night, I feel quite chirpy\u201d',
  '\u201cMy knees are playing up but I\u2019m not complaining\u201d',
  '\u201cI miss our Susan, she hasn\u2019t rung this week\u201d',
  '\u201cLovely to see a friendly face\u201d',
  '\u201cI\u2019m tired, I don\u2019t want a fuss today\u201d',
  '\u201cCan we have the radio on? I like the morning show\u201d',
];
const meals = [
  'Porridge and tea',
  'Cheese sandwich and a yoghurt',
  'Soup with bread, left the crusts',
  'Fish pie from the freezer, warmed',
  'Toast and marmalade',
];
const personalCare = [
  'Washed at the sink; chose the blue cardigan',
  'Full shower with the seat; skin dry, cream applied to legs',
  'Helped with teeth and hair; did her own face',
  'Pad changed, skin intact, no redness',
];
const wellbeing = [
  'Chatty and bright',
  'Quieter than usual but smiled at the end',
  'Restless before lunch, settled with the radio',
  'Calm and joking',
];
const escalated = [
  'Red mark on the left heel that was not there yesterday; did not blanch when pressed',
  'Seemed confused about the day and did not recognise me at first, which is new',
  'Found on the floor by the bed, says she slid down; no injury seen but could not get up alone',
];
const minor = ['Milk is running low; told her daughter', 'Hearing aid battery light flashing'];
const visitLabels = ['Morning visit', 'Lunch visit', 'Tea visit', 'Bedtime visit'];
const shiftLabels = ['Day shift', 'Night shift'];

export interface VisitBodyInput {
  kind: VisitRecordKind;
  /** The record's number in its run: every 10th has a concern escalated to the senior on duty. */
  index: number;
  clientId: string;
  /** The client's clock: arrival and leaving are before it. */
  now: Date;
}

/** Whether the record numbered `index` carries an escalated concern: exactly 1 in 10. */
export const hasEscalation = (index: number) => index % 10 === 9;

/** A body for `POST /api/people/:id/visit-records`, varied by `random` (a seeded source, so runs repeat). */
export function buildVisitBody(random: () => number, input: VisitBodyInput): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const chosen = choose(random, tasks.length, between(3, 6));
  const skipped = between(0, chosen.length - 1);
  const [reason, note] = pick(notDone);
  const recordTasks = chosen.map((t, i) => {
    const [sectionKey, what] = tasks[t] as (typeof tasks)[number];
    return i === skipped
      ? { stepId: `step-${t}`, sectionKey, what, done: false, reason, note }
      : { stepId: `step-${t}`, sectionKey, what, done: true, reason: null, note: null };
  });
  const shift = input.kind === 'shift';
  // Sent within the last few hours (a phone out of signal sends later); a visit lasts 15 to 60 minutes.
  const leftAt = input.now.getTime() - between(1, shift ? 8 * 60 : 180) * 60_000;
  const arrivedAt = leftAt - between(15, 60) * 60_000;
  const concerns = [
    ...(hasEscalation(input.index) ? [{ text: pick(escalated), escalate: true }] : []),
    ...(random() < 0.15 ? [{ text: pick(minor), escalate: false }] : []),
  ];
  return {
    clientId: input.clientId,
    kind: input.kind,
    visitLabel: pick(shift ? shiftLabels : visitLabels),
    plannedFor: shift ? null : new Date(arrivedAt - between(0, 30) * 60_000).toISOString(),
    arrivedAt: new Date(arrivedAt).toISOString(),
    leftAt: new Date(leftAt).toISOString(),
    content: {
      tasks: recordTasks,
      foodAndFluid: { ate: pick(['all', 'most', 'some', 'none'] as const), drankMl: between(2, 12) * 50, notes: pick(meals) },
      personalCare: pick(personalCare),
      mood: pick(moods),
      wellbeing: pick(wellbeing),
      concerns,
    },
  };
}

/** `count` different numbers below `n`, in a random order (a partial Fisher–Yates shuffle). */
function choose(random: () => number, n: number, count: number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j] as number, all[i] as number];
  }
  return all.slice(0, count);
}

/** Whether the record numbered `index` in the retry run is sent twice at once, as a phone retrying: exactly 1 in 20. */
export const isSentTwice = (index: number) => index % 20 === 19;

/**
 * What is wrong with what was stored, compared with what was sent: each client id must be stored exactly once and
 * nothing else stored. Empty when all is well.
 */
export function storageProblems(
  sentClientIds: readonly string[],
  stored: readonly { clientId: string; rows: number }[],
): string[] {
  const problems: string[] = [];
  const sent = new Set(sentClientIds);
  const storedIds = new Set<string>();
  for (const { clientId, rows } of stored) {
    storedIds.add(clientId);
    if (!sent.has(clientId)) problems.push(`${clientId} was stored but never sent`);
    else if (rows !== 1) problems.push(`${clientId} was stored ${rows} times`);
  }
  for (const id of sent) if (!storedIds.has(id)) problems.push(`${id} was sent but not stored`);
  const total = stored.reduce((sum, s) => sum + s.rows, 0);
  if (total !== sent.size) problems.push(`${total} rows stored for ${sent.size} different records sent`);
  return problems;
}
