// Scenario tables for the medication section (E) and mental capacity and consent (F).
import { describe, expect, test } from 'vitest';
import type { AuditInput } from './audit-input.js';
import { capacityStatusOf } from './capacity.js';
import type { AuditRule } from './rule.js';
import { bestInterestsRecorded } from './rules/best-interests-recorded.js';
import { capacityAndAgreement } from './rules/capacity-and-agreement.js';
import { capacityAssessment } from './rules/capacity-assessment.js';
import { capacityStatus } from './rules/capacity-status.js';
import { consentRecorded } from './rules/consent-recorded.js';
import { levelThreeEquipment } from './rules/level-three-equipment.js';
import { medicationLevel } from './rules/medication-level.js';
import { medicationLogistics } from './rules/medication-logistics.js';
import { medicationSideEffects } from './rules/medication-side-effects.js';
import { medicationTimes } from './rules/medication-times.js';
import { medicinesSupportDetails } from './rules/medicines-support-details.js';
import { prnGuidance } from './rules/prn-guidance.js';
import { selfManagementStated } from './rules/self-management-stated.js';
import {
  answers,
  goodInvolvement,
  notApplicable,
  outcomeOf,
  planInput,
  set,
  type Expected,
  type SectionChange,
} from './test-plans.js';

const med = (...changes: SectionChange[]) => planInput({ sections: { medication: changes } });
const level = (l: 'none_required' | 'self_medicating' | 'level_0' | 'level_1' | 'level_2' | 'level_3') => set({ level: l });
const capacity = (...changes: SectionChange[]) => planInput({ sections: { mental_capacity_and_consent: changes } });
const some = answers({ capacity_status: 'I have capacity for some decisions, but not about my money.' });
const lacks = answers({ capacity_status: 'Edith lacks capacity to decide where she lives.' });

const scenarios: [string, AuditRule, AuditInput, Expected][] = [
  ['E29 level 2 recorded', medicationLevel, planInput(), 'pass'],
  ['E29 no level', medicationLevel, med(set({ level: undefined })), ['fail']],
  ['E29 medication not applicable', medicationLevel, planInput({ sections: { medication: notApplicable } }), 'n/a'],
  ['E30 level 3 without equipment', levelThreeEquipment, med(level('level_3')), ['fail']],
  [
    'E30 level 3 with the equipment answer',
    levelThreeEquipment,
    med(level('level_3'), answers({ specialist_equipment: 'PEG feeding syringe, 60 ml' })),
    'pass',
  ],
  [
    'E30 level 3 with equipment listed',
    levelThreeEquipment,
    med(level('level_3'), set({ equipment: [{ item: 'Nebuliser' }] })),
    'pass',
  ],
  ['E30 level 2 needs none', levelThreeEquipment, planInput(), 'n/a'],
  ['E31 self-medicating, nothing said', selfManagementStated, med(level('self_medicating')), ['fail', 'warn']],
  [
    'E31 self-medicating, stated, no family role',
    selfManagementStated,
    med(level('self_medicating'), answers({ what_i_manage_myself: 'I take all my own tablets.' })),
    ['warn'],
  ],
  [
    'E31 self-medicating, stated, with who reorders',
    selfManagementStated,
    med(
      level('self_medicating'),
      answers({ what_i_manage_myself: 'I take all my own tablets.', family_support: 'Tom reorders them monthly.' }),
    ),
    'pass',
  ],
  ['E31 level 2 is not self-medicating', selfManagementStated, planInput(), 'n/a'],
  ['E32 no PRN medicine mentioned', prnGuidance, planInput(), 'n/a'],
  [
    'E32 a PRN medicine with no guidance',
    prnGuidance,
    med(answers({ how_i_take_my_medicines: 'Paracetamol PRN for my knees' })),
    ['fail'],
  ],
  [
    'E32 PRN guidance without dose or interval',
    prnGuidance,
    med(answers({ prn_guidance: 'Paracetamol when my knees hurt (PRN)' })),
    ['warn'],
  ],
  [
    'E32 PRN guidance with dose and interval',
    prnGuidance,
    med(answers({ prn_guidance: 'Paracetamol PRN when my knees hurt: 2 tablets, at most 4 times in 24 hours, 4 hours apart' })),
    'pass',
  ],
  ['E34 times of day given', medicationTimes, planInput(), 'pass'],
  ['E34 no times of day', medicationTimes, med(answers({ support_by_time_of_day: null })), ['fail']],
  [
    'E34 an answer with no time in it',
    medicationTimes,
    med(answers({ support_by_time_of_day: 'Give me my tablets with water' })),
    ['fail'],
  ],
  [
    'E34 steps give the times instead',
    medicationTimes,
    med(
      answers({ support_by_time_of_day: null }),
      set({ steps: [{ when: 'Morning', time: '08:00', what: 'Give my tablets with water' }] }),
    ),
    'pass',
  ],
  ['E34 self-medicating needs none', medicationTimes, med(level('self_medicating')), 'n/a'],
  ['E35 recording, collecting, storing and ordering answered', medicationLogistics, planInput(), 'pass'],
  [
    'E35 ordering not answered',
    medicationLogistics,
    med(
      set({
        checklist: { other_things_to_consider: { recording: 'full_support', collecting: 'not_used', storing: 'no_support' } },
      }),
    ),
    ['fail'],
  ],
  ['E35 no medication required', medicationLogistics, med(level('none_required')), 'n/a'],
  ['E36 side effects recorded', medicationSideEffects, planInput(), 'pass'],
  ['E36 side effects missing', medicationSideEffects, med(answers({ side_effects: null })), ['warn']],
  ['E36 a reminder only (level 0) needs none', medicationSideEffects, med(level('level_0')), 'n/a'],
  ['E37 consent, contact and review recorded', medicinesSupportDetails, planInput(), 'pass'],
  ['E37 consent and review missing', medicinesSupportDetails, med(answers({ consent: null, review: null })), ['warn', 'warn']],
  ['E37 self-medicating needs none', medicinesSupportDetails, med(level('self_medicating')), 'n/a'],
  ['F38 capacity for all decisions', capacityStatus, planInput(), 'pass'],
  ['F38 no capacity status', capacityStatus, capacity(answers({ capacity_status: null })), ['fail']],
  ['F38 a status in no category', capacityStatus, capacity(answers({ capacity_status: 'See the assessment' })), ['warn']],
  ['F38 section not applicable', capacityStatus, capacity(notApplicable), 'n/a'],
  ['F39 all decisions needs no assessment', capacityAssessment, planInput(), 'n/a'],
  ['F39 some decisions, no assessment recorded', capacityAssessment, capacity(some), ['fail']],
  [
    'F39 some decisions, assessment recorded',
    capacityAssessment,
    capacity(some, answers({ capacity_assessments: 'Managing money: lacks capacity, assessed 2026-03-02, in the office file.' })),
    'pass',
  ],
  ['F41 all decisions, no LPA', bestInterestsRecorded, planInput(), 'pass'],
  ['F41 lacks capacity, no best interests or DoLS', bestInterestsRecorded, capacity(lacks), ['fail', 'fail']],
  [
    'F41 lacks capacity, both recorded',
    bestInterestsRecorded,
    capacity(
      lacks,
      answers({
        best_interests_decisions: 'Move to Oak House, 2026-02-01, with Tom and her GP.',
        deprivation_of_liberty: 'DoLS authorised until 2027-01-31.',
      }),
    ),
    'pass',
  ],
  [
    'F41 an LPA without its type',
    bestInterestsRecorded,
    capacity(answers({ lasting_power_of_attorney: 'Tom holds an LPA' })),
    ['fail'],
  ],
  [
    'F41 an LPA with its type',
    bestInterestsRecorded,
    capacity(answers({ lasting_power_of_attorney: 'Tom: health and welfare LPA, seen 2025-06-01' })),
    'pass',
  ],
  ['F41 "none" needs no type', bestInterestsRecorded, capacity(answers({ lasting_power_of_attorney: 'None' })), 'pass'],
  ['F42 capacity, took part and signed', capacityAndAgreement, planInput(), 'pass'],
  [
    'F42 capacity, but agreed in best interests',
    capacityAndAgreement,
    planInput({
      version: {
        agreement: {
          method: 'best_interests',
          agreedBy: 'Priya Shah',
          date: '2026-05-20',
          witness: null,
          authority: null,
          bestInterestsDecision: 'Office file',
        },
      },
    }),
    ['fail'],
  ],
  [
    'F42 capacity, but the person did not take part',
    capacityAndAgreement,
    planInput({ involvement: goodInvolvement.filter((i) => i.kind !== 'person') }),
    ['fail'],
  ],
  ['F42 some decisions is not judged here', capacityAndAgreement, capacity(some), 'n/a'],
  ['F43 consent and sharing recorded', consentRecorded, planInput(), 'pass'],
  [
    'F43 not agreed and no consent recorded',
    consentRecorded,
    planInput({
      version: { agreement: null, status: 'draft', agreedOn: null },
      sections: { mental_capacity_and_consent: answers({ consent_to_plan: null }) },
    }),
    ['fail'],
  ],
  ['F43 the agreement is the consent', consentRecorded, capacity(answers({ consent_to_plan: null })), 'pass'],
  ['F43 no sharing preferences', consentRecorded, capacity(answers({ sharing_preferences: null })), ['warn']],
];

describe('medication and capacity rules', () => {
  test.each(scenarios)('%s', (_name, rule, input, expected) => {
    expect(outcomeOf(rule, input)).toEqual(expected);
  });

  test.each([
    ['I have capacity to make all decisions', 'all'],
    ['Has capacity for some decisions', 'some'],
    ['Lacks capacity for some decisions about money', 'some'],
    ['Does not have capacity to decide about care', 'lacks'],
    ['Full capacity', 'all'],
    ['Assessed in March', null],
  ] as const)('capacity status "%s" reads as %s', (text, status) => {
    expect(capacityStatusOf(text)).toBe(status);
  });
});
