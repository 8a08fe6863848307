// The demo's PAL checklists, recorded through the repositories the API uses. The registered manager imports demo
// statement text (invented placeholders, clearly not the PAL checklist, for a provider to replace with their licensed
// copy); Oak House's senior completes Stan Whitaker's checklist about a month ago (Exploratory) with his activity
// profile and action plan, and Winifred Osei's two weeks ago, whose columns tie, to show a tie said plainly.
import {
  palActivities,
  palActivityNames,
  palAssessmentPostSchema,
  palLevelNames,
  palLevelLetters,
  palLevels,
  palStatementsToCsv,
  type PalAssessmentPostInput,
  type PalLevel,
  type PalStatements,
  type StaffActor,
} from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import { recordPalAssessment } from '../repo/pal-assessments-repository.js';
import { importPalStatements } from '../repo/pal-statements-repository.js';
import { RequestRepository } from '../repo/request-repository.js';
import { demoDays } from './demo-plans/demo-plan-types.js';

const manager = 'manager@riverside-care.example';
const oakHouseSenior = 'oakhouse.senior@riverside-care.example';

export const demoPalSource = 'Demo text written for Hearth\u2019s demonstration \u2014 not the PAL checklist; import your licensed copy';

/** Placeholder text for every activity and level: it names its place and says to replace it, and nothing more. */
export function demoPalStatements(): PalStatements {
  return Object.fromEntries(
    palActivities.map((a) => [
      a,
      Object.fromEntries(
        palLevels.map((l) => [l, `Demo text: ${palActivityNames[a]}, ${palLevelNames[l]} level. Replace with the statement from your licensed copy.`]),
      ),
    ]),
  ) as PalStatements;
}

export async function seedDemoPal(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
  const found = await inTransaction(pool, organisationId, async (tx) => {
    const actors = new Map<string, StaffActor>();
    const staff = await tx.query<{ id: string; email: string }>('SELECT id, email FROM staff WHERE email = ANY($1)', [[manager, oakHouseSenior]]);
    for (const s of staff.rows) {
      const identity = await loadStaffIdentity(tx, s.id);
      if (identity) actors.set(s.email, identity.actor);
    }
    const people = await tx.query<{ id: string; legal_name: string }>('SELECT id, legal_name FROM people WHERE legal_name = ANY($1)', [
      ['Stanley Whitaker', 'Winifred Mary Osei'],
    ]);
    return { actors, people: new Map(people.rows.map((r) => [r.legal_name, r.id])) };
  });
  const stan = found.people.get('Stanley Whitaker');
  const winnie = found.people.get('Winifred Mary Osei');
  const managerActor = found.actors.get(manager);
  const seniorActor = found.actors.get(oakHouseSenior);
  if (!stan || !winnie || !managerActor || !seniorActor) throw new Error('the demo has no manager, Oak House senior, Stan Whitaker or Winifred Osei');
  const at = (actor: StaffActor, date: string, time: string) => {
    const when = new Date(`${date}T${time}:00Z`);
    return new RequestRepository(pool, actor, () => (when < now ? when : now));
  };

  const set = await importPalStatements(at(managerActor, days.ago(40), '09:30'), {
    source: demoPalSource,
    text: palStatementsToCsv(demoPalStatements()),
  });

  await record(at(seniorActor, days.ago(30), '14:00'), stan, {
    assessedOn: days.ago(30),
    reassessBy: days.ahead(61),
    statementSetId: set.id,
    // Planned 1, Exploratory 6, Sensory 2: Exploratory.
    checklist: checklist('EEPESEEES', {
      eating: 'Eats on his own once his meal is cut up for him.',
      practical_activities: 'Enjoys sanding and polishing; loses track of the steps in anything longer.',
    }),
    profile: {
      lifeHistory:
        'Stan was a joiner in Wetherby for over forty years and fitted the kitchen in his own house. He was married to Joan for 52 years; she died in 2021. He moved to Oak House in 2024.',
      interests: 'Brass bands (he played cornet in a colliery band as a young man) and woodwork magazines.',
      likes: 'Woodwork magazines, the smell of sawdust, strong tea, and his grandchildren visiting on Sundays.',
      dislikes: 'Being rushed, loud television in the lounge, and bingo.',
    },
    actionPlan: {
      goals: 'Stan spends some time each day doing something with his hands that he enjoys, and looks forward to his grandchildren\u2019s visits.',
      activities:
        'Sanding and waxing small pieces of wood at the conservatory table; looking through woodwork magazines together; brass band music after lunch; a simple bird box with his grandchildren on a Sunday.',
      howToSupport:
        'At the Exploratory level: set things out ready, show one step at a time, and let him enjoy the doing rather than aim for a finished piece. Keep sessions short and stop while he is still enjoying it.',
      who: 'Olu Adeyemi (key worker) on weekday mornings; his family on Sundays; Grace Mensah to review.',
    },
  });

  await record(at(seniorActor, days.ago(12), '15:30'), winnie, {
    assessedOn: days.ago(12),
    reassessBy: days.ahead(79),
    statementSetId: set.id,
    // Exploratory 4, Sensory 4, Reflex 1: a tie, said as one.
    checklist: checklist('SSSEESEER', { eating: 'Thickened fluids (level 2); needs prompting with each mouthful when tired.' }),
    profile: {
      lifeHistory:
        'Winnie came to Leeds from Kumasi in 1962, worked as a seamstress and then ran a dressmaking shop in Chapeltown for thirty years. Her nephew Kofi visits every week.',
      interests: 'Church music, sewing and her garden.',
      likes: 'Gospel music, bright fabrics to handle, and a hand massage with cocoa butter.',
      dislikes: 'Cold rooms and being hurried at mealtimes.',
    },
    actionPlan: {
      goals: 'Winnie takes part in something she enjoys every day and stays calm and safe at mealtimes.',
      activities: 'A basket of fabric samples to sort by colour; gospel music in the afternoon; a hand massage after lunch.',
      howToSupport:
        'Her checklist ties between Exploratory and Sensory, so the team agreed to offer both: short, simple activities she can explore, with plenty to touch and hear, and one-step prompts when she is tired. Look again at the reassessment.',
      who: 'Her key worker; the activities coordinator on Tuesday and Thursday afternoons; Kofi when he visits.',
    },
  });
}

/** The nine levels from column letters in checklist order, with notes. */
function checklist(letters: string, notes: Partial<Record<(typeof palActivities)[number], string>>): PalAssessmentPostInput['checklist'] {
  const byLetter = new Map<string, PalLevel>(palLevels.map((l) => [palLevelLetters[l], l]));
  return Object.fromEntries(
    palActivities.map((a, i) => {
      const level = byLetter.get(letters.charAt(i));
      if (!level) throw new Error(`no level for ${a} in ${letters}`);
      return [a, { level, note: notes[a] ?? null }];
    }),
  );
}

/** Records a checklist as a form would send it, checked by the same schema as the API. */
async function record(repo: RequestRepository, personId: string, input: PalAssessmentPostInput): Promise<void> {
  await recordPalAssessment(repo, personId, palAssessmentPostSchema.parse(input));
}
