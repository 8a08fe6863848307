// Stan Whitaker's behaviour support plan at Oak House, written through the repository the API uses by Grace Mensah,
// the senior care worker: the first version, agreed with Stan and his daughter months ago; its review three weeks
// ago, after he pushed past staff at the front door; and the second version agreed since, which allows a two-person
// guided escort only as a last resort. Written in Stan's words where it is about him. Invented for the demo.
import { addDays, bspAgreeBodySchema, bspReviewBodySchema, bspSaveBodySchema, type BspContentInput } from '@hearth/core';
import type pg from 'pg';
import { loadStaffIdentity } from '../auth/staff-actor.js';
import { londonDate } from '../dates.js';
import { inTransaction } from '../db/transaction.js';
import {
  agreeBehaviourSupportPlanVersion,
  reviewBehaviourSupportPlanVersion,
  saveBehaviourSupportPlanVersion,
} from '../repo/behaviour-support-plan-repository.js';
import { RequestRepository } from '../repo/request-repository.js';
import { demoDays } from './demo-plans/demo-plan-types.js';

const oakHouseSenior = 'oakhouse.senior@riverside-care.example';
const stanley = 'Stanley Whitaker';

/** Stan's reason for a second version, as the change's reason and the review's words. */
export const stanBspSecondVersionReason =
  'Reviewed with Stan, Jean and the PBS practitioner after Stan pushed past staff at the front door: the afternoon woodwork job now starts at 15:00, and a two-person guided escort is allowed only as a last resort, with a plan to stop needing it.';

export async function seedDemoBehaviourSupportPlan(pool: pg.Pool, organisationId: string, now: Date): Promise<void> {
  const days = demoDays(londonDate(now));
  const found = await inTransaction(pool, organisationId, async (tx) => {
    const staff = (await tx.query<{ id: string }>('SELECT id FROM staff WHERE email = $1', [oakHouseSenior])).rows[0];
    const person = (await tx.query<{ id: string }>('SELECT id FROM people WHERE legal_name = $1', [stanley])).rows[0];
    return { actor: staff ? ((await loadStaffIdentity(tx, staff.id))?.actor ?? null) : null, personId: person?.id ?? null };
  });
  const { actor, personId } = found;
  if (!actor || !personId) throw new Error(`the demo has no ${oakHouseSenior} or no ${stanley}`);
  const at = (date: string, time: string) => {
    const when = new Date(`${date}T${time}:00Z`);
    return new RequestRepository(pool, actor, () => (when < now ? when : now));
  };

  const firstOn = days.ago(150);
  await saveBehaviourSupportPlanVersion(
    at(firstOn, '10:00'),
    personId,
    bspSaveBodySchema.parse({
      basedOnVersion: null,
      changeReason: 'First behaviour support plan, written with Stan and Jean after six weeks of ABC records and a scatter plot',
      reviewBy: addDays(firstOn, 90),
      content: stanContent(false),
    }),
  );
  await agreeBehaviourSupportPlanVersion(
    at(days.ago(148), '14:00'),
    personId,
    1,
    bspAgreeBodySchema.parse({
      agreement: {
        agreedOn: days.ago(148),
        personAgreed: true,
        representatives: [{ name: 'Jean Whitaker', relationship: 'Daughter' }],
        howPersonTookPart:
          'Grace read it through with Stan in the quiet lounge over two mornings, a section at a time, with Jean there the second morning. Stan changed the part about his tools.',
        personsWords: 'Aye, that\u2019s me. Just tell me the kids are all right and I\u2019ll settle.',
      },
    }),
  );

  const reviewedOn = days.ago(20);
  await reviewBehaviourSupportPlanVersion(
    at(reviewedOn, '11:00'),
    personId,
    1,
    bspReviewBodySchema.parse({
      review: {
        reviewedOn,
        whoTookPart:
          'Stan, Jean Whitaker (daughter), Grace Mensah (senior care worker) and Priya Shah (PBS practitioner, community team)',
        findings:
          'Distress at the front door is down from most afternoons to two or three times a week since the afternoon walk started. The ABC records and scatter plot show it is still between 15:00 and 16:30, when the lounge is busy with visitors. On one afternoon Stan pushed past staff at the door and hurt his wrist on the frame; talking and walking with him did not help that time.',
        restrictivePracticeUse:
          'None used. The team asked for a safe, agreed last resort for the rare times Stan is at risk of falling or hurting himself at the door.',
        outcome: 'new_version_needed',
        personsWords: 'I don\u2019t want anybody grabbing me. If two of you walk with me, that\u2019s different.',
      },
      nextReviewBy: addDays(reviewedOn, 30),
    }),
  );

  const secondOn = days.ago(14);
  await saveBehaviourSupportPlanVersion(
    at(secondOn, '10:00'),
    personId,
    bspSaveBodySchema.parse({
      basedOnVersion: 1,
      changeReason: stanBspSecondVersionReason,
      reviewBy: addDays(secondOn, 90),
      content: stanContent(true),
    }),
  );
  await agreeBehaviourSupportPlanVersion(
    at(days.ago(12), '15:00'),
    personId,
    2,
    bspAgreeBodySchema.parse({
      agreement: {
        agreedOn: days.ago(12),
        personAgreed: true,
        representatives: [
          { name: 'Jean Whitaker', relationship: 'Daughter' },
          { name: 'Priya Shah', relationship: 'PBS practitioner, community learning disability and dementia team' },
        ],
        howPersonTookPart:
          'Stan talked it through with Grace and Jean at the kitchen table; he asked for the escort to be side by side and never from behind, and that is in the plan.',
        personsWords: 'Side by side, like walking out of the yard at knocking-off time.',
      },
    }),
  );
}

function stanContent(withEscort: boolean): BspContentInput {
  return {
    profile: {
      aboutMe:
        'I\u2019m Stan. I served my time as a joiner at Whitakers on Kirkstall Road, then drove the buses for thirty-odd years. I brought up our Jean and Michael with my wife Irene, who died in 2019. I have vascular dementia, and some days I am back in 1975 with the kids at school.',
      goodDay:
        'A wet shave, a proper breakfast, the paper, a job to do with my hands in the afternoon, the brass band on the radio, and a natter with Jean on the phone at teatime.',
      communication:
        'Short sentences, one thing at a time, and let me finish. If I ask about the children, I am worried, not confused about nothing: tell me they are safe. I go quiet and check my watch before I get upset.',
      preferences:
        'I like woodwork magazines, brass band music (Black Dyke most of all), strong tea and sanding a bit of wood. I don\u2019t like a crowded room, people standing behind me, or being told my children are grown up.',
    },
    behaviours: [
      {
        id: 'front-door',
        name: 'Trying to leave to collect the children from school',
        looksLike:
          'Stan puts on his coat, goes to the front door, pulls at the handle and calls for Jean and Michael. He may raise his voice at staff who stand near the door.',
        frequency: withEscort ? 'Two or three afternoons a week' : 'Most afternoons',
        duration: '10 to 40 minutes',
        intensity: withEscort
          ? 'Usually raised voice and pulling at the door; once pushed past staff and hurt his wrist'
          : 'Raised voice and pulling at the door; no one has been hurt',
      },
      {
        id: 'pacing',
        name: 'Pacing and checking his watch',
        looksLike: 'Walks the corridor between the lounge and the front door, checking his watch and asking staff the time.',
        frequency: 'Most days, from about 14:30',
        duration: 'Up to an hour',
        intensity: 'Low: he can be distracted, but it often comes before the front door',
      },
    ],
    functionalAssessment: [
      {
        id: 'front-door-function',
        behaviourId: 'front-door',
        functions: ['escape', 'tangible'],
        whatItAchieves:
          'Gets Stan out of the busy lounge at visiting time, and is his way of doing what a good dad does at school-run time: making sure his children are safe.',
        evidence:
          'Six weeks of ABC records: 18 of 21 incidents between 15:00 and 16:30, most when the lounge was full of visitors; he settles when told the children are safe with Irene or Jean. The scatter plot shows the same afternoon pattern.',
      },
      {
        id: 'pacing-function',
        behaviourId: 'pacing',
        functions: ['sensory', 'escape'],
        whatItAchieves: 'Movement calms him when he is restless after lunch, and takes him away from noise.',
        evidence: 'Scatter plot: pacing on 24 of 30 days, starting after lunch; less on days with the afternoon walk.',
      },
    ],
    primaryPrevention: {
      meetingNeeds:
        'I need to feel useful and to know my family are safe. Give me a job at 15:00 (sanding in the activity room, or fixing something with the maintenance man) and let me ring Jean at 16:30.',
      environment:
        'The quiet lounge after lunch, with the brass band playing. Keep me away from the front hall at visiting time. Sit beside me, not behind me.',
      skills:
        'Help me keep my woodwork going: small pieces I can sand and varnish, a woodwork magazine to choose the next job from.',
    },
    secondaryStrategies: [
      {
        id: 'watch',
        sign: 'I check my watch and ask what time it is',
        whatToDo: 'Tell me the time, tell me the children are safe with Jean, and offer me a brew and the job for the afternoon.',
      },
      {
        id: 'coat',
        sign: 'I go for my coat',
        whatToDo:
          'Say you will walk with me. Go out into the garden with me, side by side, and talk about the kids and the buses.',
      },
    ],
    reactiveStrategies: {
      steps: [
        {
          id: 'reassure',
          whatToDo: 'Stand beside me, not in front of the door. Tell me Jean has picked the children up and they are safe.',
        },
        {
          id: 'walk',
          whatToDo: 'Walk with me: round the garden or up the corridor to the activity room. Talk about my tools or the buses.',
        },
        {
          id: 'space',
          whatToDo:
            'If I am shouting, give me space, keep other residents away, and stay where I can see you. Ring Jean so I can hear her voice.',
        },
      ],
      neverDo:
        'Never block the door, hold me from behind, argue with me, or tell me my children are grown up or that Irene has died. Never take my coat from me.',
      restrictivePractices: withEscort
        ? [
            {
              id: 'escort',
              kind: 'physical',
              whatStaffDo:
                'Two staff trained to Restraint Reduction Network standards walk either side of me, each with a guiding hand at my elbow, from the front hall to the quiet lounge. No holds, never from behind, for no more than five minutes.',
              onlyWhen:
                'Only as a last resort, when I am at risk of falling or hurting myself or someone else at the front door and every step above has been tried. Recorded every time, with a debrief with me and with the staff.',
            },
          ]
        : [],
    },
    postIncidentSupport: {
      person:
        'A brew and a biscuit in my room with the radio on. Later, ask me how I am and tell me Jean will ring. Check my wrists and hands.',
      staff:
        'The senior on shift talks it through with the staff involved the same day, and the ABC record is written before the end of the shift.',
    },
    reductionPlan: withEscort
      ? 'Aim to need no escort within three months. Start the afternoon job at 15:00 every day, keep visitors out of the front hall from 15:00 to 16:30, and check the ABC records and each escort at the monthly review with Priya Shah.'
      : null,
  };
}
