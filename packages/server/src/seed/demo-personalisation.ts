// Gives Oak House its personalisation action plan: a self-assessment from last year, this year's with two
// priorities, and actions in the plan (one done, one in progress, one overdue). Written through the repository
// functions the API uses, by the quality lead and Oak House's senior, each with a clock set to the day it happened.
import {
  createAssessmentBodySchema,
  createQualityActionBodySchema,
  currentAreas,
  defaultPersonalisationAreas,
  updateQualityActionBodySchema,
  type PersonalisationRating,
  type StaffActor,
} from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { createAssessment } from '../repo/personalisation-repository.js';
import { addQualityActionUpdate, createQualityAction } from '../repo/quality-actions-repository.js';
import { RequestRepository } from '../repo/request-repository.js';
import { demoDays } from './demo-plans/demo-plan-types.js';

const qualityLead = 'quality@riverside-care.example';
const oakHouseSenior = 'oakhouse.senior@riverside-care.example';

/** What each area was rated last year and this, and what residents, relatives and staff said this time. */
const oakHouseRatings: Record<string, { before: PersonalisationRating; now: PersonalisationRating; said: string }> = {
  knowing_the_person: { before: 'starting', now: 'developing', said: 'Life story books are done for most residents; agency staff still do not read them.' },
  choice_and_control: { before: 'starting', now: 'developing', said: 'Residents can get up when they like; bedtimes still follow the night shift.' },
  meaningful_activity: { before: 'not_yet', now: 'starting', said: 'Stan said "there is bingo or nothing". Two residents would like to help in the garden.' },
  relationships_and_community: { before: 'developing', now: 'developing', said: 'Families feel welcome; the church group visits monthly.' },
  food_and_mealtimes: { before: 'starting', now: 'starting', said: 'Residents told us lunch feels rushed and the menu rarely changes. Relatives said people cannot get a snack after seven.' },
  home_environment: { before: 'developing', now: 'established', said: 'Every room now has the person\u2019s own things; the lounge was rearranged with residents.' },
  health_wellbeing_end_of_life: { before: 'developing', now: 'developing', said: 'Advance care plans are in place for most; staff want more confidence talking about dying.' },
  residents_say: { before: 'not_yet', now: 'starting', said: 'Residents\u2019 meetings restarted in the spring but few people come, and nobody knows what changed because of them.' },
  staff_culture_and_leadership: { before: 'starting', now: 'developing', said: 'Staff say handovers now talk about people, not just tasks.' },
};

/** Last year only the area chosen as the priority had what people said written down. */
const lastYear: Record<string, string> = {
  meaningful_activity: 'In the residents\u2019 survey most people said the days are long and there is little to do apart from the television.',
};

export async function seedDemoPersonalisation(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
  const { actors, oakHouse } = await inTransaction(pool, organisationId, async (tx) => {
    const found = new Map<string, StaffActor>();
    for (const s of (await tx.query<{ id: string; email: string }>('SELECT id, email FROM staff WHERE email = ANY($1)', [[qualityLead, oakHouseSenior]])).rows) {
      const identity = await loadStaffIdentity(tx, s.id);
      if (identity) found.set(s.email, identity.actor);
    }
    const home = (await tx.query<{ id: string }>("SELECT id FROM services WHERE kind = 'care_home' ORDER BY created_at LIMIT 1")).rows[0];
    return { actors: found, oakHouse: home?.id };
  });
  if (oakHouse === undefined) throw new Error('the demo has no care home');
  const as = (email: string, on: string, time: string) => {
    const actor = actors.get(email);
    if (!actor) throw new Error(`the demo has no ${email}`);
    const at = new Date(`${on}T${time}:00Z`);
    return new RequestRepository(pool, actor, () => (at < now ? at : now));
  };

  const areas = currentAreas(defaultPersonalisationAreas);
  const assess = (on: string, pick: 'before' | 'now', priorities: { areaId: string; why: string }[], participants: string) =>
    createAssessment(as(qualityLead, on, '15:00'), oakHouse, createAssessmentBodySchema.parse({
      areaSetVersion: 0,
      ratings: areas.map((a) => ({ areaId: a.id, rating: oakHouseRatings[a.id]?.[pick] ?? 'starting', evidence: pick === 'now' ? (oakHouseRatings[a.id]?.said ?? '') : (lastYear[a.id] ?? '') })),
      priorities,
      participants,
      agreedOn: on,
    }));

  await assess(days.ago(400), 'before', [
    { areaId: 'meaningful_activity', why: 'Most residents spend most of the day in the lounge with the television on.' },
  ], 'The registered manager and four care staff, with comments from the residents\u2019 survey');

  const current = await assess(days.ago(21), 'now', [
    { areaId: 'food_and_mealtimes', why: 'Mealtimes came up in every conversation, with residents and relatives alike.' },
    { areaId: 'residents_say', why: 'Residents want a real say, and to see that it makes a difference.' },
  ], 'Seven residents, four relatives, the cook, five care staff and the quality lead, over two afternoons');

  const grace = actors.get(oakHouseSenior)?.staffId;
  if (grace === undefined) throw new Error(`the demo has no ${oakHouseSenior}`);
  const raise = (title: string, areaId: string, dueDate: string, detail: string) =>
    createQualityAction(as(qualityLead, days.ago(20), '10:00'), createQualityActionBodySchema.parse({
      personalisationAssessmentId: current.id, areaId, title, detail, ownerId: grace, dueDate,
    }));

  const menu = await raise('Plan the winter menu with residents at a residents\u2019 meeting', 'food_and_mealtimes', days.ago(5), 'Ask the cook to bring tasters.');
  await addQualityActionUpdate(as(oakHouseSenior, days.ago(7), '16:00'), menu.id, updateQualityActionBodySchema.parse({
    status: 'done', note: 'Eleven residents came; three new dishes are on the menu from next week and the cook will ask again in March.', latestUpdateId: menu.latestUpdateId,
  }));
  const snacks = await raise('Keep a snack trolley out in the evening', 'food_and_mealtimes', days.ahead(30), 'Residents and relatives said no one can get a snack after seven.');
  await addQualityActionUpdate(as(oakHouseSenior, days.ago(10), '19:30'), snacks.id, updateQualityActionBodySchema.parse({
    status: 'in_progress', note: 'Trolley trialled on two evenings; the night staff are choosing what goes on it with residents.', latestUpdateId: snacks.latestUpdateId,
  }));
  await raise('Put up a \u201cyou said, we did\u201d board in the hall', 'residents_say', days.ago(3), 'Show what changed after each residents\u2019 meeting.');
}
