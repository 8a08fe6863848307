// Peggy Thompson's plan, part 2: communication, health, decisions, mobility and falls, skin, wellbeing, community,
// faith and money. The person and every word of her plan are invented for the demo.
import type { DemoSection } from './demo-plan-types.js';
import type { PeggyStage } from './peggy-thompson-daily.js';

export function peggyCommunication(): DemoSection {
  return {
    sectionKey: 'communication_and_information',
    checklist: [
      { checklistKey: 'communicating', itemKey: 'hearing', level: 'some_support', note: 'Speak on my left side' },
      { checklistKey: 'communicating', itemKey: 'using_glasses', level: 'no_support', note: null },
      { checklistKey: 'communicating', itemKey: 'writing', level: 'some_support', note: 'My tremor makes my writing shaky' },
    ],
    answers: [
      { promptKey: 'how_i_show_pain_or_distress', text: 'I go quiet and rub my knees. Ask me straight out; I will tell you.' },
      { promptKey: 'how_i_make_choices', text: 'Give me two choices rather than an open question first thing in the morning.' },
    ],
  };
}

export function peggyHealth(s: PeggyStage): DemoSection {
  return {
    sectionKey: 'health_and_wellbeing',
    answers: [
      { promptKey: 'present_conditions', text: 'Osteoarthritis in my knees and shoulders, an essential tremor in both hands, and high blood pressure.' },
      { promptKey: 'past_history', text: s.afterFall ? `Hip replacement (left) in 2016. A fall in my kitchen on ${s.fellOn}: bruised, no bones broken.` : 'Hip replacement (left) in 2016.' },
      { promptKey: 'medication_support', text: 'Yes: level 1, help from my blister pack at morning and bedtime visits. See my medication section.' },
      { promptKey: 'staying_well', text: 'A short walk to the end of the garden each afternoon when it is dry, and my puzzle books.' },
      { promptKey: 'health_professionals', text: s.afterFall ? 'Dr A Khan, Headingley Medical Practice; the community falls service physiotherapist.' : 'Dr A Khan, Headingley Medical Practice.' },
    ],
  };
}

export function peggyCapacity(): DemoSection {
  return {
    sectionKey: 'mental_capacity_and_consent',
    answers: [
      { promptKey: 'capacity_status', text: 'I have capacity for all decisions about my care. I make my own decisions. Nobody has ever doubted that and I would like to keep it that way.' },
      { promptKey: 'decisions_i_make', text: 'Everything about my care, my money and my home. I like David to be told about big changes.' },
      { promptKey: 'consent_to_plan', text: 'I have read this plan with the senior carer and signed it on her tablet.' },
      { promptKey: 'sharing_preferences', text: 'You can share my plan with David, my GP and the hospital if I go in.' },
    ],
  };
}

export function peggyMobility(s: PeggyStage): DemoSection {
  const falls = {
    id: s.afterFall ? 'falls-after-fall' : 'falls-first',
    screenedOn: s.afterFall ? s.writtenOn : s.firstWrittenOn,
    screenedBy: 'Sam Okafor, senior care worker',
    answers: {
      fall_in_last_12_months: s.afterFall ? 'yes' : 'no',
      fear_of_falling: s.afterFall ? 'yes' : 'no',
      needs_help_walking_or_transferring: 'yes',
      medicines: 'no',
      dizziness_or_low_blood_pressure: 'no',
      continence_urgency_or_night_toileting: 'yes',
      poor_eyesight: 'no',
      cognitive_impairment: 'no',
      footwear_or_home_hazards: s.afterFall ? 'no' : 'not_known',
    },
    notes: s.afterFall ? `Screened again after my fall on ${s.fellOn}. The GP has referred me to the community falls service.` : 'Nobody has looked at my slippers and rugs yet.',
  } as const;
  const equipment: DemoSection['equipment'] = [{ id: 'stick', item: 'Walking stick', notes: 'For outside and the garden path' }];
  if (s.afterFall) {
    equipment.push(
      { id: 'frame', item: 'Walking frame with a tray', notes: `From the community equipment service after my fall; for getting about indoors` },
      { id: 'pendant', item: 'Pendant alarm (Leeds Telecare)', notes: 'Goes to the telecare centre, who ring David and then 999' },
    );
  }
  const steps: DemoSection['steps'] = [
    { id: 'morning-stand', when: 'Morning visit', time: '08:10', what: 'Stay beside me while I stand from the bed and count to five before I walk, so my knees settle.', who: 'Care worker' },
  ];
  if (s.afterFall) {
    steps.push({ id: 'tea-exercises', when: 'Tea visit', time: '17:10', what: 'Do my five sit-to-stand exercises with me from the kitchen chair, as the falls service physiotherapist showed us. Write down how many I managed.', who: 'Care worker' });
  }
  return {
    sectionKey: 'mobility_and_falls',
    checklist: [
      { checklistKey: 'activities', itemKey: 'standing_up', level: 'some_support', note: 'Stand beside me; I push up from the chair arms' },
      { checklistKey: 'activities', itemKey: 'moving_around_my_home', level: s.afterFall ? 'equipment' : 'no_support', note: s.afterFall ? 'Walking frame indoors' : null },
      { checklistKey: 'activities', itemKey: 'moving_outside', level: 'some_support', note: 'Stick, and an arm on the garden path' },
      { checklistKey: 'activities', itemKey: 'sitting_down', level: 'no_support', note: null },
      { checklistKey: 'activities', itemKey: 'weight_bear', level: 'no_support', note: null },
      { checklistKey: 'activities', itemKey: 'moving_in_bed', level: 'no_support', note: null },
      { checklistKey: 'activities', itemKey: 'use_of_stairs', level: 'not_used', note: 'I live downstairs; my bed is in the front room' },
      ...(s.afterFall ? [{ checklistKey: 'equipment', itemKey: 'walking_frame', level: 'equipment' as const, note: 'Indoors' }] : []),
    ],
    answers: [
      { promptKey: 'concerns', text: s.afterFall ? 'Since my fall I am nervous in the kitchen, but I do not want to stop going in there.' : 'My knees are stiff in the mornings and on cold days.' },
      { promptKey: 'referral_needed', text: s.afterFall ? `Yes: the GP referred me to the community falls service on ${s.fellOn}; the frame and pendant alarm came the same week.` : 'No: my stick is enough for now.' },
      { promptKey: 'falls_prevention', text: 'Good light, my slippers with backs on, and time to get going. Please do not hurry me.' },
      { promptKey: 'after_a_fall', text: 'If I fall, do not lift me. Check me over, make me comfortable with a blanket, and ring 999, then David, then the office.' },
    ],
    strengths: 'I walk about my own home and get in and out of my chair by myself; I wash and dress sitting down with a little help.',
    outcomes: s.afterFall
      ? [{
        id: 'steady-kitchen',
        goal: 'I want to feel steady in my own kitchen again and carry on making my own tea.',
        howMet: 'Strength and balance exercises from the falls service, done with my carer at the tea visit; my walking frame with a tray to carry things.',
        whoInvolved: 'Me, the falls service physiotherapist and my carers',
        targetDate: s.days.ahead(60),
        progress: [{ date: s.days.ago(8), note: 'Managed all five sit-to-stands three days running.' }],
      }]
      : [],
    steps,
    equipment,
    riskAssessments: { falls: [falls] },
  };
}

export function peggySkin(): DemoSection {
  return {
    sectionKey: 'skin_integrity',
    checklist: [
      { checklistKey: 'looking_after_my_skin', itemKey: 'apply_creams', level: 'some_support', note: 'Moisturiser on my legs after my wash' },
      { checklistKey: 'looking_after_my_skin', itemKey: 'foot_care', level: 'full_support', note: 'Podiatrist every 8 weeks' },
    ],
    answers: [
      { promptKey: 'areas_to_check', text: 'My heels and shins, which are dry and bruise easily.' },
      { promptKey: 'when_to_report', text: 'Tell the office the same day about any red patch that does not fade, any broken skin or new bruising.' },
    ],
  };
}

export function peggyWellbeing(): DemoSection {
  return {
    sectionKey: 'emotional_wellbeing_and_mental_health',
    answers: [
      { promptKey: 'when_i_am_well', text: 'Chatty, doing my puzzles, and asking after your children.' },
      { promptKey: 'what_helps', text: 'A proper chat, the radio, and hearing from Lucy on Sundays.' },
      { promptKey: 'life_events', text: 'My husband Ron died in 2019. His anniversary in March is a low time for me.' },
    ],
  };
}

export function peggyCommunity(s: PeggyStage): DemoSection {
  return {
    sectionKey: 'community_access_and_engagement',
    checklist: [{ checklistKey: 'community_access', itemKey: 'attending_events', level: 'some_support', note: 'A lift to the lunch club' }],
    answers: [
      { promptKey: 'activity_plan', text: 'Tuesdays 11:30 to 14:30, lunch club at St Michael’s; the community minibus takes me and Joan goes with me.' },
      { promptKey: 'regular_activities', text: 'The Tuesday lunch club at St Michael\u2019s church hall.' },
      { promptKey: 'interests', text: 'Gardening, word searches and the snooker on television.' },
    ],
    outcomes: [{
      id: 'lunch-club',
      goal: 'I want to keep going to my Tuesday lunch club and see my friends there.',
      howMet: 'The community transport minibus picks me up at 11:30 on Tuesdays; the lunch visit is moved to the tea visit that day.',
      whoInvolved: 'Me, Joan from next door and the office, who book the minibus',
      targetDate: s.afterFall ? s.days.ahead(90) : '2025-03-31',
      progress: s.afterFall ? [{ date: s.days.ago(12), note: 'Back at lunch club this week for the first time since my fall; Joan came with me.' }] : [],
    }],
  };
}

export function peggyFaithAndMoney(): DemoSection[] {
  return [
    {
      sectionKey: 'culture_religion_identity_and_relationships',
      answers: [
        { promptKey: 'faith_and_practice', text: 'I am a Methodist. I listen to the Sunday service on the radio at 08:00 and would like quiet then.' },
        { promptKey: 'days_of_significance', text: 'Ron\u2019s anniversary in March and my birthday on 12 April, when David takes me out.' },
      ],
    },
    {
      sectionKey: 'finances',
      checklist: [{ checklistKey: 'managing_my_money', itemKey: 'paying_bills', level: 'some_support', note: 'David set up direct debits' }],
      answers: [{ promptKey: 'how_i_manage', text: 'I manage my own money. David helps with bills online. Carers do not handle my money.' }],
    },
  ];
}
