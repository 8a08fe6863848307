// Peggy Thompson's plan, part 3: staying safe at home (with the risk she chooses to take), her wishes for the end
// of life, and what to do if things change. The person and every word of her plan are invented for the demo.
import type { DemoSection } from './demo-plan-types.js';
import type { PeggyStage } from './peggy-thompson-daily.js';

/** Peggy makes her own tea despite her tremor: a positive risk she chose, assessed and agreed. */
function teaRisk(s: PeggyStage): NonNullable<NonNullable<DemoSection['riskAssessments']>['general']>[number] {
  const controls = [
    'I fill the kettle only half full, using the small jug.',
    'I sit at the kitchen table to pour; my blue mug has a wide base.',
    'Carers check the kettle flex is pushed back and not hanging over the worktop.',
  ];
  if (s.afterFall) controls.push('I pour with a kettle tipper now, so I do not lift the kettle at all.', 'I wear my pendant alarm in the kitchen.');
  return {
    id: 'tea-scald',
    hazard: 'Scalds from boiling water when I make my own tea, because of the tremor in my hands.',
    whoCouldBeHarmed: 'Me',
    likelihood: 3,
    severity: 3,
    existingControls: controls,
    residualLikelihood: 2,
    residualSeverity: s.afterFall ? 2 : 3,
    furtherActions: s.afterFall
      ? [{ id: 'ot-kitchen', action: 'Occupational therapist to look at my kitchen layout with me.', owner: 'Sam Okafor, senior care worker (referral)', dueDate: s.days.ahead(21), completedOn: null }]
      : [{ id: 'tipper', action: 'Ask the equipment service about a kettle tipper.', owner: 'Sam Okafor, senior care worker', dueDate: '2024-10-31', completedOn: null }],
    personView: 'Making my own cup of tea is the last thing I do for myself in my own kitchen. I know the risk and I would rather take it than sit waiting for someone.',
    positiveRiskTaking: {
      benefitToPerson: 'Independence and pride in her own home, a drink whenever she wants one, and keeping her hands and balance in use.',
      whatThePersonWants: 'I want to carry on making my own tea, my way, when I want it.',
      agreedApproach: s.afterFall
        ? 'Peggy carries on making her own tea with the kettle tipper and her pendant alarm on. Carers do not take over; they check the kettle and flex at each visit and tell the office about any spill or burn.'
        : 'Peggy carries on making her own tea. Carers do not take over; they check the kettle and flex at each visit and tell the office about any spill or burn.',
      agreedBy: s.afterFall ? 'Peggy Thompson, David Thompson (son) and Maya Patel, registered manager' : 'Peggy Thompson, David Thompson (son) and Sam Okafor, senior care worker',
      agreedOn: s.writtenOn,
    },
    assessedOn: s.writtenOn,
    assessedBy: s.afterFall ? 'Maya Patel, registered manager' : 'Sam Okafor, senior care worker',
    reviewDate: s.afterFall ? s.days.ahead(70) : '2025-02-28',
  };
}

export function peggySafety(s: PeggyStage): DemoSection {
  return {
    sectionKey: 'safety_and_my_home',
    checklist: [
      { checklistKey: 'staying_safe_at_home', itemKey: 'using_my_key_safe', level: 'no_support', note: null },
      { checklistKey: 'staying_safe_at_home', itemKey: 'using_the_cooker', level: 'some_support', note: 'Kettle and microwave only; I do not use the hob' },
      { checklistKey: 'staying_safe_at_home', itemKey: 'keeping_floors_clear', level: 'some_support', note: s.afterFall ? 'The hall rug has gone' : 'Mind Biscuit\u2019s bowls' },
      ...(s.afterFall ? [{ checklistKey: 'staying_safe_at_home', itemKey: 'using_my_alarm', level: 'verbal_prompt' as const, note: 'A reminder to wear it' }] : []),
    ],
    answers: [
      { promptKey: 'no_answer', text: 'Use the key safe and call out. If I am not in the house, ring Joan at number 12, then David, then the office.' },
      { promptKey: 'utilities', text: 'The stopcock is under the kitchen sink; the fuse box is in the cupboard under the stairs.' },
      { promptKey: 'risks_i_choose', text: 'I make my own tea even though my hands shake. We have talked it through and agreed how I do it safely.' },
    ],
    riskAssessments: { general: [teaRisk(s)] },
  };
}

export function peggyEndOfLifeAndContingency(): DemoSection[] {
  return [
    {
      sectionKey: 'advance_care_planning',
      answers: [
        { promptKey: 'my_wishes', text: 'When the time comes I want to be at home with Biscuit, with David there, and the radio on.' },
        { promptKey: 'preferred_place_of_care', text: 'My own home.' },
        { promptKey: 'dnacpr_or_respect', text: 'I have a DNACPR form, agreed with Dr Khan. It is in the red folder by the phone in the hall.' },
      ],
    },
    {
      sectionKey: 'behaviour_support',
      notApplicable: { reason: 'I do not need a behaviour support plan; nothing about how I express myself calls for one.' },
    },
    {
      sectionKey: 'contingency_plans',
      answers: [
        { promptKey: 'situation', text: 'If I do not answer at a visit, or you find me unwell or on the floor.' },
        { promptKey: 'trigger_factors', text: 'I do not answer the door or the phone at my morning visit.' },
        { promptKey: 'what_should_happen', text: 'Use the key safe and call out. If I am on the floor, do not lift me: make me comfortable and call 999. Give the paramedics my DNACPR form from the red folder.' },
        { promptKey: 'who_to_contact', text: 'David on 07700 900123, then the office on 0113 496 0500.' },
        { promptKey: 'review', text: 'With my plan, or after any fall or hospital stay. The senior care worker is responsible.' },
      ],
    },
  ];
}
