// Realistic care and support plans for the benchmark: every toolkit section filled in the person's words,
// varied by a seeded random source so runs are repeatable but no two plans are alike.
import {
  planContentSchema,
  supportLevels,
  toolkitSections,
  checkAgainstDefinitions,
  medicationSupportLevels,
  type PlanContent,
} from '@hearth/core';
import type { z } from 'zod';

type SectionInput = z.input<typeof planContentSchema>['sections'][number];

/** mulberry32: a small, fast, seeded generator; quality is ample for choosing words. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const openings = [
  'I like',
  'I prefer',
  'It helps me when',
  'Please remember that',
  'My family know that',
  'On a good day',
  'On a bad day',
  'I find it hard when',
  'It matters to me that',
  'I feel better when',
];
const middles = [
  'my carers take their time and talk me through what they are doing',
  'the curtains are open first thing and the radio is on quietly',
  'I am asked before anything is moved in my kitchen',
  'my daughter Susan is told about any change the same day',
  'I have my tea in the blue mug with two sugars',
  'I am given time to answer, because my words come slowly after the stroke',
  'my walking frame is left within reach of the chair by the window',
  'the district nurse visits on Tuesdays to check the dressing on my leg',
  'people knock and wait for me to call them in',
  'I can choose my own clothes from two outfits laid out on the bed',
  'my hearing aid is in and working before we start talking',
  'my cat Biscuit has been fed before anyone leaves',
  'I can sit in the garden for half an hour when the weather is fine',
  'someone checks my skin on my heels and lower back for red patches',
  'I have a glass of water beside me at every visit',
];
const endings = [
  '',
  ' and I will say if I need more help.',
  ' because that is how I have always done it.',
  ' so I do not feel rushed.',
  ' as I worry otherwise.',
  ' and my son David agrees.',
];
const goals = [
  'I want to walk to the corner shop again',
  'I want to stay living in my own home',
  'I want to cook a simple meal once a week',
  'I want to get back to church on Sundays',
  'I want to sleep through the night',
  'I want to keep in touch with my grandchildren by video call',
];
const whens = ['Morning visit', 'Lunchtime visit', 'Teatime visit', 'Bedtime visit', 'Weekly shopping call'];
const times = ['07:30', '08:00', '08:45', '12:15', '12:30', '16:45', '17:30', '20:30', '21:00', null];
const whos = ['Care worker', 'Two care workers', 'Senior care worker', 'Me, with a prompt', 'My daughter'];
const risksText = [
  'I can lose my balance when I turn quickly',
  'I sometimes forget to drink enough in hot weather',
  'My skin marks easily',
  'I may leave the gas ring on',
  'I can become anxious and refuse help late in the day',
];
const equipmentItems = [
  'Walking frame',
  'Perching stool',
  'Raised toilet seat',
  'Pressure-relieving cushion',
  'Pendant alarm',
  'Grab rail by the bath',
  'Hoist (full body sling, size medium)',
];
const names = ['Susan Harris', 'David Thompson', 'Ray Clarke', 'Amina Begum', 'Gareth Evans', 'Siobhan Kelly'];

/** How much a plan says: 1 is a typical plan; more gives longer answers and more entries in every section. */
export interface PlanShape {
  detail: number;
}

export function generatePlanContent(seed: number, shape: PlanShape = { detail: 1 }): PlanContent {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const count = (min: number, max: number) => min + Math.floor(random() * (max - min + 1) * shape.detail);
  const sentence = () => `${pick(openings)} ${pick(middles)}${pick(endings) || '.'}`;
  const sentences = (min: number, max: number) => Array.from({ length: count(min, max) }, sentence).join(' ');
  const date = (year: number) =>
    `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;

  const sections: SectionInput[] = toolkitSections.map((definition) => {
    const answered = definition.prompts.filter(() => random() < Math.min(1, 0.6 * shape.detail));
    return {
      sectionKey: definition.key,
      checklist: definition.checklists.flatMap((c) =>
        c.items
          .filter(() => random() < 0.6)
          .map((item) => ({
            checklistKey: c.key,
            itemKey: item.key,
            level: pick(supportLevels),
            note: random() < 0.3 ? sentence() : null,
          })),
      ),
      answers: answered.map((prompt) => ({ promptKey: prompt.key, text: sentences(1, 3) })),
      strengths: sentences(1, 3),
      needs: sentences(1, 3),
      outcomes: Array.from({ length: count(1, 2) }, (_, i) => ({
        id: `o${i + 1}`,
        goal: pick(goals),
        howMet: sentences(1, 2),
        whoInvolved: `Me, ${pick(names)} and my carers`,
        targetDate: date(2027),
        progress: random() < 0.5 ? [{ date: date(2026), note: sentence() }] : [],
      })),
      steps: Array.from({ length: count(0, 3) }, (_, i) => ({
        id: `s${i + 1}`,
        when: pick(whens),
        time: pick(times),
        what: sentences(1, 2),
        who: pick(whos),
      })),
      risks: Array.from({ length: count(0, 2) }, (_, i) => ({
        id: `r${i + 1}`,
        risk: pick(risksText),
        howManaged: sentences(1, 2),
      })),
      equipment: Array.from({ length: count(0, 1) }, (_, i) => ({
        id: `e${i + 1}`,
        item: pick(equipmentItems),
        notes: random() < 0.5 ? sentence() : null,
      })),
      medicationSupportLevel: definition.key === 'medication' ? pick(medicationSupportLevels) : null,
      nextReviewDate: date(2027),
    };
  });

  const content = planContentSchema.parse({
    sections,
    involvement: [
      { kind: 'person', name: pick(names), how: 'in_person', date: date(2026) },
      { kind: 'family', name: pick(names), relationship: 'Daughter', how: 'phone', date: date(2026) },
    ],
    writtenInFirstPerson: true,
  });
  const problems = checkAgainstDefinitions(content, toolkitSections);
  if (problems.length > 0) throw new Error(`the benchmark's plan does not follow the sections: ${JSON.stringify(problems[0])}`);
  return content;
}
