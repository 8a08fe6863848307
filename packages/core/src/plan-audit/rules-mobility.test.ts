// Scenario tables for mobility and falls (G) and personal care (H).
import { describe, expect, test } from 'vitest';
import type { SupportLevel } from '../care-plan/support-levels.js';
import type { AuditInput } from './audit-input.js';
import type { AuditRule } from './rule.js';
import { bedCareTimes } from './rules/bed-care-times.js';
import { continenceAndSkin } from './rules/continence-and-skin.js';
import { dignityPrompt } from './rules/dignity-prompt.js';
import { equipmentConsistency } from './rules/equipment-consistency.js';
import { fallsRiskAssessment } from './rules/falls-risk-assessment.js';
import { mobilityChecklist } from './rules/mobility-checklist.js';
import { mobilityImprovement } from './rules/mobility-improvement.js';
import { mobilityStrengths } from './rules/mobility-strengths.js';
import { personalCareChecklist } from './rules/personal-care-checklist.js';
import { personalCareCulture } from './rules/personal-care-culture.js';
import { personalCareNeed } from './rules/personal-care-need.js';
import { personalCareTimes } from './rules/personal-care-times.js';
import { postFallActions } from './rules/post-fall-actions.js';
import { toiletries } from './rules/toiletries.js';
import { weightEscalation } from './rules/weight-escalation.js';
import {
  answers,
  findingsOf,
  fullChecklist,
  notApplicable,
  outcomeOf,
  planInput,
  replace,
  set,
  fallsScreening,
  type Expected,
  type SectionChange,
} from './test-plans.js';

const mobility = (...changes: SectionChange[]) => planInput({ sections: { mobility_and_falls: changes } });
const personal = (...changes: SectionChange[]) => planInput({ sections: { personal_care: changes } });
const withChecklist =
  (patch: Record<string, Record<string, SupportLevel>>): SectionChange =>
  (s) => ({ ...s, checklist: { ...s.checklist, ...patch } });
const activitiesExcept = (missing: string[]) => {
  const full = fullChecklist('mobility_and_falls', 'activities', 'some_support').activities ?? {};
  return withChecklist({ activities: Object.fromEntries(Object.entries(full).filter(([k]) => !missing.includes(k))) });
};
const bedBound = (times: string | null) =>
  planInput({
    sections: { mobility_and_falls: answers({ concerns: 'I am cared for in bed since my stroke.', care_in_bed_times: times }) },
  });
const skinSupport = withChecklist({
  personal_care: {
    ...(fullChecklist('personal_care', 'personal_care', 'some_support').personal_care ?? {}),
    manage_skin_integrity: 'full_support',
  },
});

const scenarios: [string, AuditRule, AuditInput, Expected][] = [
  ['G44 every activity answered', mobilityChecklist, planInput(), 'pass'],
  [
    'G44 stairs and steps not answered',
    mobilityChecklist,
    mobility(activitiesExcept(['use_of_stairs', 'use_of_steps'])),
    ['fail', 'fail'],
  ],
  [
    'G44 "I do not use that" is an answer',
    mobilityChecklist,
    mobility(withChecklist(fullChecklist('mobility_and_falls', 'activities', 'not_used'))),
    'pass',
  ],
  ['G44 mobility not applicable', mobilityChecklist, mobility(notApplicable), 'n/a'],
  ['G45 strengths and concerns recorded', mobilityStrengths, planInput(), 'pass'],
  ['G45 no strengths', mobilityStrengths, mobility(set({ strengths: undefined })), ['fail']],
  ['G45 neither needs nor concerns', mobilityStrengths, mobility(set({ needs: '' }), answers({ concerns: null })), ['fail']],
  ['G46 the walking frame is listed and described', equipmentConsistency, planInput(), 'pass'],
  ['G46 referral question not answered', equipmentConsistency, mobility(answers({ referral_needed: null })), ['fail']],
  [
    'G46 a hoist listed but never described',
    equipmentConsistency,
    mobility(withChecklist({ equipment: { walking_frame: 'equipment', hoist: 'equipment' } })),
    ['warn'],
  ],
  [
    'G46 a wheelchair described but not listed',
    equipmentConsistency,
    mobility(answers({ how_far_i_can_mobilise: 'With my walking frame indoors; Tom pushes my wheelchair outside.' })),
    ['warn'],
  ],
  [
    'G46 "standing hoist" is not read as a hoist',
    equipmentConsistency,
    mobility(
      withChecklist({ equipment: { walking_frame: 'equipment', standing_hoist: 'equipment' } }),
      answers({ falls_prevention: 'Use the standing hoist for transfers at every visit.' }),
    ),
    'pass',
  ],
  [
    'G46 equipment marked not used need not be described',
    equipmentConsistency,
    mobility(withChecklist({ equipment: { walking_frame: 'equipment', hoist: 'not_used' } })),
    'pass',
  ],
  ['G47 not cared for in bed', bedCareTimes, planInput(), 'n/a'],
  ['G47 cared for in bed, no times', bedCareTimes, bedBound(null), ['fail']],
  ['G47 cared for in bed, times with no time of day', bedCareTimes, bedBound('Whenever I need it'), ['fail']],
  ['G47 cared for in bed, am / lunch / teatime / pm', bedCareTimes, bedBound('am, lunch, teatime and pm'), 'pass'],
  ['G48 assessment and prevention recorded', fallsRiskAssessment, planInput(), 'pass'],
  ['G48 no falls risk assessment', fallsRiskAssessment, mobility(answers({ falls_risk_assessment: null })), ['fail']],
  ['G48 no risk carried into the plan', fallsRiskAssessment, mobility(answers({ falls_prevention: null })), ['fail']],
  [
    'G48 risks listed instead',
    fallsRiskAssessment,
    mobility(
      answers({ falls_prevention: null }),
      set({ risks: [{ risk: 'Evening tiredness', howManaged: 'Walk beside me at the teatime visit' }] }),
    ),
    'pass',
  ],
  [
    'G48 a structured falls screening is the assessment',
    fallsRiskAssessment,
    mobility(answers({ falls_risk_assessment: null }), set({ riskAssessments: { falls: [fallsScreening] } })),
    'pass',
  ],
  ['G50 after a fall answered', postFallActions, planInput(), 'pass'],
  ['G50 nothing on what to do after a fall', postFallActions, mobility(answers({ after_a_fall: null })), ['fail']],
  ['G51 improvement and distance recorded', mobilityImprovement, planInput(), 'pass'],
  [
    'G51 no goal and no improvement',
    mobilityImprovement,
    mobility(set({ outcomes: [] }), answers({ how_i_could_improve: null })),
    ['warn'],
  ],
  ['G51 how far not recorded', mobilityImprovement, mobility(answers({ how_far_i_can_mobilise: null })), ['warn']],
  ['H52 need stated', personalCareNeed, planInput(), 'pass'],
  ['H52 need not stated', personalCareNeed, personal(answers({ personal_care_needed: null })), ['fail']],
  ['H53 every item answered', personalCareChecklist, planInput(), 'pass'],
  [
    'H53 toileting not answered',
    personalCareChecklist,
    personal((s) => ({ ...s, checklist: { ...s.checklist, toileting_and_continence: {} } })),
    ['fail', 'fail', 'fail', 'fail', 'fail'],
  ],
  [
    'H53 no personal care needed',
    personalCareChecklist,
    personal(answers({ personal_care_needed: 'No, I do it all myself' })),
    'n/a',
  ],
  ['H54 asks if I am ready', dignityPrompt, planInput(), 'pass'],
  [
    'H54 no dignity prompt anywhere',
    dignityPrompt,
    personal(answers({ how_i_like_it_done: 'Shower daily at 08:00.' })),
    ['warn'],
  ],
  ['H55 "none identified"', personalCareCulture, planInput(), 'pass'],
  ['H55 not answered', personalCareCulture, personal(answers({ cultural_or_religious_preferences: null })), ['fail']],
  ['H56 not in bed, not incontinent', personalCareTimes, planInput(), 'n/a'],
  ['H56 double incontinent, no times', personalCareTimes, personal(set({ needs: 'I am double incontinent.' })), ['fail']],
  [
    'H56 double incontinent, times given',
    personalCareTimes,
    personal(set({ needs: 'I am double incontinent.' }), answers({ times_of_day: '07:30, lunch, teatime and 21:00' })),
    'pass',
  ],
  ['H57 toiletries recorded', toiletries, planInput(), 'pass'],
  ['H57 toiletries not recorded', toiletries, personal(answers({ toiletries: null })), ['fail']],
  ['H58 no catheter, stoma, pads or skin support', continenceAndSkin, planInput(), 'pass'],
  [
    'H58 a catheter with no instruction',
    continenceAndSkin,
    personal(withChecklist({ toileting_and_continence: { go_to_the_toilet: 'no_support', catheter: 'full_support' } })),
    ['fail'],
  ],
  [
    'H58 a catheter with an instruction',
    continenceAndSkin,
    personal(
      withChecklist({ toileting_and_continence: { catheter: 'full_support' } }),
      answers({ continence_care: 'Empty my catheter bag at each visit and record the amount.' }),
    ),
    'pass',
  ],
  [
    'H58 skin support with no frequency',
    continenceAndSkin,
    personal(skinSupport, answers({ how_i_like_it_done: 'Please ask me if I am ready. Apply my cream to my heels.' })),
    ['fail'],
  ],
  [
    'H58 skin support every 4 hours in the skin section',
    continenceAndSkin,
    planInput({
      sections: {
        personal_care: skinSupport,
        skin_integrity: replace({ answers: { repositioning: 'Help me change position every 4 hours, day and night.' } }),
      },
    }),
    'pass',
  ],
  ['H59 weight not observed', weightEscalation, planInput(), 'n/a'],
  [
    'H59 weight observed, no one to tell',
    weightEscalation,
    personal(answers({ weight: 'Weigh me on the first Monday of each month.' })),
    ['warn'],
  ],
  [
    'H59 weight observed, who to tell',
    weightEscalation,
    personal(answers({ weight: 'Weigh me monthly; tell my GP if I lose 2 kg.' })),
    'pass',
  ],
];

describe('mobility and personal care rules', () => {
  test.each(scenarios)('%s', (_name, rule, input, expected) => {
    expect(outcomeOf(rule, input)).toEqual(expected);
  });

  test('an unanswered checklist item is named as the editor names it', () => {
    const [finding] = findingsOf(mobilityChecklist, mobility(activitiesExcept(['use_of_stairs'])));
    expect(finding).toMatchObject({ field: 'sections.6.checklist', missing: 'checklist.activities.use_of_stairs' });
  });
});
