// Scenario tables for nutrition (I), community access and outcomes (J), cross-document items (K) and Hearth's additions (X).
import { describe, expect, test } from 'vitest';
import type { AuditInput } from './audit-input.js';
import type { AuditRule } from './rule.js';
import { advanceCarePlanningOffered } from './rules/advance-care-planning-offered.js';
import { behaviourSupportDocuments } from './rules/behaviour-support-documents.js';
import { chartPurpose } from './rules/chart-purpose.js';
import { coProducedMenu } from './rules/co-produced-menu.js';
import { communityChecklist } from './rules/community-checklist.js';
import { communityDaysAndTimes } from './rules/community-days-and-times.js';
import { contingencyPlansComplete } from './rules/contingency-plans-complete.js';
import { desiredOutcomes } from './rules/desired-outcomes.js';
import { dietaryRequirements } from './rules/dietary-requirements.js';
import { foodFirst } from './rules/food-first.js';
import { goldenThread } from './rules/golden-thread.js';
import { hydration } from './rules/hydration.js';
import { kitchenInformation } from './rules/kitchen-information.js';
import { mustScreening } from './rules/must-screening.js';
import { needsInOwnWords } from './rules/needs-in-own-words.js';
import { strengthsLinkedToGoals } from './rules/strengths-linked-to-goals.js';
import {
  answers,
  fullChecklist,
  goodSections,
  notApplicable,
  outcomeOf,
  planInput,
  remove,
  replace,
  set,
  mustScreening as mustScreeningRecord,
  type Expected,
  type SectionChange,
} from './test-plans.js';

const nutrition = (...changes: SectionChange[]) => planInput({ sections: { nutrition_and_hydration: changes } });
const careHome = (...changes: SectionChange[]) =>
  planInput({ person: { serviceKind: 'care_home' }, sections: { nutrition_and_hydration: changes } });
const community = (...changes: SectionChange[]) => planInput({ sections: { community_access_and_engagement: changes } });
const onlySections = (keep: Record<string, SectionChange>) =>
  planInput({ sections: Object.fromEntries(Object.keys(goodSections).map((k) => [k, keep[k] ?? remove])) });
const { public_transport: _dropped, ...withoutPublicTransport } =
  fullChecklist('community_access_and_engagement', 'community_access', 'no_support').community_access ?? {};
const health = (text: string) => planInput({ sections: { health_and_wellbeing: answers({ present_conditions: text }) } });

const scenarios: [string, AuditRule, AuditInput, Expected][] = [
  ['I60 dietary needs and likes recorded', dietaryRequirements, planInput(), 'pass'],
  ['I60 no dietary requirements', dietaryRequirements, nutrition(answers({ dietary_requirements: null })), ['fail']],
  ['I60 no likes and dislikes', dietaryRequirements, nutrition(answers({ likes_and_dislikes: null })), ['warn']],
  ['I60 nutrition not applicable', dietaryRequirements, nutrition(notApplicable), 'n/a'],
  ['I61 homecare has no kitchen to inform', kitchenInformation, planInput(), 'n/a'],
  ['I61 care home, kitchen not told', kitchenInformation, careHome(), ['fail']],
  [
    'I61 care home, kitchen told',
    kitchenInformation,
    careHome(answers({ menu_and_kitchen: 'Diet sheet in the kitchen file' })),
    'pass',
  ],
  ['I62 no chart', chartPurpose, planInput(), 'n/a'],
  ['I62 "none"', chartPurpose, nutrition(answers({ charts: 'None' })), 'n/a'],
  ['I62 a fluid chart with no dates or purpose', chartPurpose, nutrition(answers({ charts: 'Fluid chart' })), ['fail', 'fail']],
  [
    'I62 a 4-day fluid chart with dates and purpose',
    chartPurpose,
    nutrition(answers({ charts: 'Fluid chart from 2026-05-20 to 2026-05-24 to check I drink 1.5 litres a day' })),
    'pass',
  ],
  [
    'I62 a 19-day fluid chart with no clinical reason',
    chartPurpose,
    nutrition(answers({ charts: 'Fluid chart from 2026-05-01 to 2026-05-20 to check I drink enough' })),
    ['warn'],
  ],
  [
    'I62 a long fluid chart the district nurse asked for',
    chartPurpose,
    nutrition(
      answers({ charts: 'Fluid chart from 2026-05-01 to 2026-05-20 to check I drink enough, as the district nurse advised' }),
    ),
    'pass',
  ],
  ['I63 score and date recorded', mustScreening, planInput(), 'pass'],
  ['I63 no screening recorded', mustScreening, nutrition(answers({ screening: null })), ['warn']],
  ['I63 screening without score or date', mustScreening, nutrition(answers({ screening: 'MUST done' })), ['fail']],
  ['I63 a year is not a score', mustScreening, nutrition(answers({ screening: 'MUST done in 2026' })), ['fail']],
  [
    'I63 not indicated',
    mustScreening,
    nutrition(answers({ screening: 'Not indicated: I eat well and my weight is steady' })),
    'pass',
  ],
  [
    'I63 a structured MUST screening holds its own score and date',
    mustScreening,
    nutrition(answers({ screening: null }), set({ riskAssessments: { must: [mustScreeningRecord] } })),
    'pass',
  ],
  ['I64 drinks recorded', hydration, planInput(), 'pass'],
  [
    'I64 nothing about drinking anywhere',
    hydration,
    planInput({
      sections: {
        nutrition_and_hydration: answers({ drinks: null }),
        medication: answers({ support_by_time_of_day: 'Morning (08:00): give me my tablets from the blister pack.' }),
      },
    }),
    ['fail'],
  ],
  [
    'I64 no nutrition section, but drinks in the visits',
    hydration,
    planInput({ sections: { nutrition_and_hydration: remove } }),
    'pass',
  ],
  ['I65 no supplements', foodFirst, planInput(), 'n/a'],
  ['I65 supplements with no reason', foodFirst, nutrition(answers({ supplements: 'Fortisip twice a day' })), ['fail']],
  [
    'I65 supplements the GP prescribed',
    foodFirst,
    nutrition(answers({ supplements: 'Fortisip twice a day, prescribed by my GP' })),
    'pass',
  ],
  ['I66 homecare is not judged', coProducedMenu, planInput(), 'n/a'],
  ['I66 care home, no menu', coProducedMenu, careHome(answers({ menu_and_kitchen: 'Diet sheet in the kitchen file' })), ['warn']],
  [
    'I66 care home, a menu chosen with me',
    coProducedMenu,
    careHome(answers({ menu_and_kitchen: 'My weekly menu is on the kitchen wall; I choose it on Sundays' })),
    'pass',
  ],
  ['J67 every item answered', communityChecklist, planInput(), 'pass'],
  [
    'J67 public transport not answered',
    communityChecklist,
    community(set({ checklist: { community_access: withoutPublicTransport } })),
    ['fail'],
  ],
  ['J67 community not applicable', communityChecklist, community(notApplicable), 'n/a'],
  ['J68 days, times and supporter', communityDaysAndTimes, planInput(), 'pass'],
  ['J68 no activity plan', communityDaysAndTimes, community(answers({ activity_plan: null })), ['fail']],
  [
    'J68 an activity with no day or time',
    communityDaysAndTimes,
    community(answers({ activity_plan: 'Tom takes me to church' })),
    ['fail'],
  ],
  [
    'J68 a service with no day or frequency',
    communityDaysAndTimes,
    community(answers({ services_and_facilities: 'The library' })),
    ['warn'],
  ],
  [
    'J68 a service on Tuesdays',
    communityDaysAndTimes,
    community(answers({ services_and_facilities: 'The library on Tuesdays with Tom' })),
    'pass',
  ],
  ['J69 outcomes wherever needed', desiredOutcomes, planInput(), 'pass'],
  [
    'J69 medication without an outcome',
    desiredOutcomes,
    planInput({ sections: { medication: set({ outcomes: [] }) } }),
    ['fail'],
  ],
  [
    'J69 "Maintain independence"',
    desiredOutcomes,
    planInput({ sections: { medication: set({ outcomes: [{ goal: 'Maintain independence' }] }) } }),
    ['warn'],
  ],
  [
    'J69 "To stay safe" is still generic',
    desiredOutcomes,
    planInput({ sections: { medication: set({ outcomes: [{ goal: 'To stay safe' }] }) } }),
    ['warn'],
  ],
  [
    'J69 a personal goal that mentions safety',
    desiredOutcomes,
    planInput({
      sections: { medication: set({ outcomes: [{ goal: 'I want to stay safe walking to the shop on my own by summer' }] }) },
    }),
    'pass',
  ],
  ['J70 every outcome has owner and date', goldenThread, planInput(), 'pass'],
  [
    'J70 an outcome with no target date',
    goldenThread,
    planInput({
      sections: { medication: set({ outcomes: [{ goal: 'I want to know what my tablets are for', targetDate: null }] }) },
    }),
    ['fail'],
  ],
  ['J70 no outcomes at all', goldenThread, onlySections({ contingency_plans: set({}) }), 'n/a'],
  ['J71 a strength beside goals', strengthsLinkedToGoals, planInput(), 'pass'],
  ['J71 goals but no strengths beside them', strengthsLinkedToGoals, onlySections({ advance_care_planning: set({}) }), ['warn']],
  ['J72 needs in the person\u2019s words', needsInOwnWords, planInput(), 'pass'],
  ['J72 no needs recorded anywhere', needsInOwnWords, onlySections({ advance_care_planning: set({ needs: '' }) }), ['warn']],
  ['K74 no progressive condition', advanceCarePlanningOffered, planInput(), 'n/a'],
  ['K74 dementia, advance care plan in place', advanceCarePlanningOffered, health('Vascular dementia, diagnosed 2024.'), 'pass'],
  [
    'K74 dementia, no advance care plan recorded',
    advanceCarePlanningOffered,
    planInput({
      sections: {
        health_and_wellbeing: answers({ present_conditions: 'Vascular dementia, diagnosed 2024.' }),
        advance_care_planning: answers({ advance_care_plan: null }),
      },
    }),
    ['warn'],
  ],
  [
    "K74 Parkinson's, advance care planning marked not applicable",
    advanceCarePlanningOffered,
    planInput({
      sections: {
        health_and_wellbeing: answers({ present_conditions: 'Parkinson\u2019s disease since 2019.' }),
        advance_care_planning: notApplicable,
      },
    }),
    ['warn'],
  ],
  ['K75 no behaviour support indicated', behaviourSupportDocuments, planInput(), 'n/a'],
  [
    'K75 profile says yes, section not applicable',
    behaviourSupportDocuments,
    planInput({ sections: { one_page_profile: answers({ behaviour_support_plan_location: 'Yes, in the office file' }) } }),
    ['fail'],
  ],
  [
    'K75 section written, plan not located',
    behaviourSupportDocuments,
    planInput({ sections: { behaviour_support: replace({ answers: { triggers: 'Loud noise at night.' } }) } }),
    ['fail'],
  ],
  [
    'K75 section written with where the plan is',
    behaviourSupportDocuments,
    planInput({
      sections: {
        behaviour_support: replace({ answers: { plan_location: 'The green folder in the office, reviewed 2026-04-01.' } }),
      },
    }),
    'pass',
  ],
  ['X1 trigger, what and who recorded', contingencyPlansComplete, planInput(), 'pass'],
  [
    'X1 no one to contact',
    contingencyPlansComplete,
    planInput({ sections: { contingency_plans: answers({ who_to_contact: null }) } }),
    ['fail'],
  ],
  [
    'X1 contingency plans not applicable',
    contingencyPlansComplete,
    planInput({ sections: { contingency_plans: notApplicable } }),
    'n/a',
  ],
];

describe('nutrition, outcomes and cross-document rules', () => {
  test.each(scenarios)('%s', (_name, rule, input, expected) => {
    expect(outcomeOf(rule, input)).toEqual(expected);
  });
});
