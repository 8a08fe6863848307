// Peggy Thompson's plan, part 1: who she is and her day (profile, visits, personal care, medication, eating and
// drinking, night-time). The person and every word of her plan are invented for the demo.
import type { DemoDays, DemoSection } from './demo-plan-types.js';

/** Which of Peggy's two plan versions is being written, and when. */
export interface PeggyStage {
  /** Version 2 is written after her fall in the kitchen; version 1 is her first plan. */
  afterFall: boolean;
  /** The day this version was written with Peggy. */
  writtenOn: string;
  /** The day her first plan was written. */
  firstWrittenOn: string;
  /** The day she fell (only version 2 mentions it). */
  fellOn: string;
  days: DemoDays;
}

export function peggyProfile(s: PeggyStage): DemoSection {
  return {
    sectionKey: 'one_page_profile',
    answers: [
      { promptKey: 'what_matters_to_me', text: 'My garden, my cat Biscuit, and Sunday phone calls with my granddaughter Lucy in Canada. Making my own cup of tea matters to me more than people think.' },
      { promptKey: 'people_important_to_me', text: 'My son David, who visits on Wednesdays and does my big shop. My neighbour Joan at number 12, who has a spare key.' },
      { promptKey: 'how_i_communicate', text: 'I hear better on my left side. Please face me and do not rush me; I will tell you if I have not understood.' },
      { promptKey: 'please_do_and_please_dont', text: 'Please knock and call out before you come in. Please call me Peggy. Please don\u2019t move things in my kitchen: I know where everything is.' },
      { promptKey: 'how_and_when_to_support_me', text: 'Mornings are hardest for me because my joints are stiff. I do better after a cup of tea and my tablets.' },
      { promptKey: 'pharmacy', text: 'Headingley Pharmacy on Otley Road; they make up my blister packs and deliver on Fridays.' },
      { promptKey: 'dnacpr_location', text: 'My DNACPR form is in the red folder by the phone in the hall.' },
    ],
    strengths: 'I can choose my own clothes, make my own tea and lunch on good days, and I know my own mind.',
    needs: s.afterFall
      ? 'I need help to get washed and dressed in the morning, and someone to check I am steady in the kitchen since my fall.'
      : 'I need help to get washed and dressed in the morning.',
  };
}

export function peggyVisits(s: PeggyStage): DemoSection {
  const steps: DemoSection['steps'] = [
    { id: 'morning-arrive', when: 'Morning visit', time: '08:00', what: 'Knock, call out "It\u2019s the carer, Peggy" and wait for my answer before coming through. Put the kettle on for me if I have not already.', who: 'Care worker' },
    { id: 'lunch-visit', when: 'Lunch visit', time: '12:30', what: 'Warm the meal I choose from the freezer list and sit with me while I start it. Leave a jug of squash on the side table.', who: 'Care worker' },
    { id: 'tea-visit', when: 'Tea visit', time: '17:00', what: 'Make me a sandwich or beans on toast, whichever I fancy, and fill my flask with hot water for later.', who: 'Care worker' },
    { id: 'bed-visit', when: 'Bedtime visit', time: '20:30', what: 'Help me into my nightie, check the back door is locked and leave my landline and glasses on the bedside table.', who: 'Care worker' },
  ];
  if (s.afterFall) {
    steps.splice(1, 0, { id: 'morning-alarm', when: 'Morning visit', time: '08:05', what: 'Check I am wearing my pendant alarm round my neck. If I have taken it off in the night, ask me to put it back on.', who: 'Care worker' });
  }
  return {
    sectionKey: 'visits_and_support',
    answers: [
      { promptKey: 'visit_purpose', text: 'Four visits a day: getting up and breakfast (45 minutes), lunch (30 minutes), tea (30 minutes) and getting ready for bed (30 minutes).' },
      { promptKey: 'how_i_like_it_done', text: 'I like the same faces where possible. Talk to me while you work; I like hearing about your families.' },
      { promptKey: 'before_you_leave', text: s.afterFall ? 'My glasses, phone, pendant alarm and a drink within reach, and my walking frame in front of my chair.' : 'My glasses, phone and a drink within reach, and my stick by my chair.' },
      { promptKey: 'if_the_visit_is_late', text: 'Ring me on the landline if you will be more than 20 minutes late, so I do not try to get to the toilet without help. If the morning visit is missed, ring David.' },
    ],
    steps,
  };
}

export function peggyPersonalCare(s: PeggyStage): DemoSection {
  return {
    sectionKey: 'personal_care',
    checklist: [
      { checklistKey: 'personal_care', itemKey: 'strip_wash', level: 'some_support', note: 'At the sink, sitting on my perching stool' },
      { checklistKey: 'personal_care', itemKey: 'wash_my_back', level: 'full_support', note: null },
      { checklistKey: 'personal_care', itemKey: 'wash_my_hair', level: 'full_support', note: 'Thursdays, in the kitchen sink' },
      { checklistKey: 'personal_care', itemKey: 'wash_my_face', level: 'no_support', note: null },
      { checklistKey: 'getting_dressed', itemKey: 'get_dressed', level: 'some_support', note: 'Shoes and the top buttons' },
      { checklistKey: 'toileting_and_continence', itemKey: 'go_to_the_toilet', level: 'no_support', note: null },
      { checklistKey: 'personal_care', itemKey: 'dry_myself', level: 'some_support', note: 'My back and feet' },
      { checklistKey: 'personal_care', itemKey: 'oral_hygiene', level: 'no_support', note: null },
      { checklistKey: 'getting_dressed', itemKey: 'get_ready_for_bed', level: 'some_support', note: 'My nightie over my head' },
    ],
    answers: [
      { promptKey: 'personal_care_needed', text: 'Yes: a wash at the sink each morning and help with my back, hair and shoes.' },
      { promptKey: 'how_i_like_it_done', text: 'I like the water warm, not hot, and to dry myself as much as I can. Please close the kitchen blind for my privacy.' },
      { promptKey: 'cultural_or_religious_preferences', text: 'None identified; I prefer a woman to help me wash.' },
      { promptKey: 'toiletries', text: 'David buys my soap and moisturiser with the big shop; tell him when they are running low.' },
      { promptKey: 'oral_care', text: 'I clean my own teeth; I have a partial denture at the top that I soak overnight.' },
    ],
    strengths: 'I can wash my face, arms and front myself.',
    needs: 'My shoulders are stiff, so I cannot reach my back or do up small buttons.',
    outcomes: [{
      id: 'dress-myself',
      goal: 'I want to get dressed by myself again, apart from my shoes.',
      howMet: 'Front-opening tops with large buttons; carers lay out two outfits and wait while I do what I can before offering help.',
      whoInvolved: 'Me, my carers and David, who is buying the new tops',
      targetDate: s.afterFall ? s.days.ahead(75) : '2025-02-28',
      progress: s.afterFall
        ? [{ date: '2024-11-15', note: 'I did my own buttons on three mornings this week.' }, { date: s.days.ago(30), note: 'I dress myself most days now; I still need help with my shoes and on stiff mornings.' }]
        : [],
    }],
    steps: [
      { id: 'morning-wash', when: 'Morning visit', time: '08:15', what: 'Run the water at the sink and check the temperature with me. Wash my back; I do the rest sitting on my stool.', who: 'Care worker' },
      { id: 'morning-dress', when: 'Morning visit', time: '08:30', what: 'Lay out two outfits so I can choose. Help with shoes and any buttons I ask for.', who: 'Care worker' },
    ],
    risks: [{ id: 'balance', risk: 'I can lose my balance standing at the sink.', howManaged: 'I sit on my perching stool; the carer stays beside me.' }],
    equipment: [{ id: 'stool', item: 'Perching stool', notes: 'From the community equipment service, August 2024' }],
  };
}

export function peggyMedication(s: PeggyStage): DemoSection {
  return {
    sectionKey: 'medication',
    medicationSupportLevel: 'level_1',
    checklist: [
      { checklistKey: 'other_things_to_consider', itemKey: 'ordering', level: 'no_support', note: 'David orders my repeat prescriptions online' },
      { checklistKey: 'other_things_to_consider', itemKey: 'recording', level: 'full_support', note: 'Carers record on my MAR chart' },
      { checklistKey: 'other_things_to_consider', itemKey: 'collecting', level: 'no_support', note: 'The pharmacy delivers on Fridays' },
      { checklistKey: 'other_things_to_consider', itemKey: 'storing', level: 'no_support', note: 'In the cupboard above the kettle' },
    ],
    answers: [
      { promptKey: 'support_by_time_of_day', text: 'Morning and bedtime: pop the tablets from my blister pack into my hand and watch me take them with a drink, then record it.' },
      { promptKey: 'how_i_take_my_medicines', text: 'One at a time with water. I cannot swallow big tablets in one go with my tremor; the pharmacy knows.' },
      { promptKey: 'medicines_contact', text: 'Headingley Pharmacy (0113 496 0222), then Dr Khan’s surgery, then David.' },
      { promptKey: 'side_effects', text: 'Amlodipine can make my ankles swell. Tell the office if my ankles look puffy so they can let the GP know.' },
      { promptKey: 'consent', text: 'Ask me each time. If I say no to a tablet, do not push; record it and tell the office the same day.' },
      { promptKey: 'review', text: s.afterFall ? `The GP reviewed my tablets after my fall on ${s.fellOn}; my medicines support is reviewed with this plan.` : 'With this plan, or sooner if my tablets change.' },
    ],
    steps: [
      { id: 'morning-meds', when: 'Morning visit', time: '09:00', what: 'Help me take my morning tablets from the blister pack after breakfast and record that I have on the MAR chart.', who: 'Care worker' },
      { id: 'bed-meds', when: 'Bedtime visit', time: '20:40', what: 'Help me take my bedtime tablets from the blister pack and record it on the MAR chart.', who: 'Care worker' },
    ],
    risks: [{ id: 'penicillin', risk: 'I am allergic to penicillin: I come out in a rash and swell up.', howManaged: 'It is on my MAR chart and my GP record. Check any new antibiotic with the pharmacist before I take the first dose.' }],
  };
}

export function peggyNutrition(s: PeggyStage): DemoSection {
  const screenedOn = s.afterFall ? s.writtenOn : s.firstWrittenOn;
  return {
    sectionKey: 'nutrition_and_hydration',
    checklist: [
      { checklistKey: 'eating_and_drinking', itemKey: 'make_drinks', level: s.afterFall ? 'equipment' : 'no_support', note: s.afterFall ? 'I use my kettle tipper' : null },
      { checklistKey: 'eating_and_drinking', itemKey: 'prepare_and_cook_meals', level: 'some_support', note: 'I choose; carers heat my meals' },
      { checklistKey: 'eating_and_drinking', itemKey: 'shop_for_food', level: 'full_support', note: 'David does my big shop on Wednesdays' },
      { checklistKey: 'eating_and_drinking', itemKey: 'eat_my_meals', level: 'no_support', note: null },
    ],
    answers: [
      { promptKey: 'dietary_requirements', text: 'No special diet and no food allergies; soft foods are easier on my teeth.' },
      { promptKey: 'likes_and_dislikes', text: 'I love fish on Fridays, rice pudding and a milky coffee at lunch. I do not eat spicy food or anything with coconut.' },
      { promptKey: 'drinks', text: 'Tea with milk, no sugar, in my blue mug. I aim for six cups of something a day; I forget to drink in the afternoon.' },
      { promptKey: 'screening', text: s.afterFall ? `MUST screened again on ${screenedOn} after my fall: score 0, low risk.` : `MUST screened on ${screenedOn}: score 0, low risk.` },
    ],
    strengths: 'I still cook my own porridge and make my own tea.',
    needs: 'I need my hot meals heating and a hand with the shopping.',
    steps: [{ id: 'lunch-drink', when: 'Lunch visit', time: '12:40', what: 'Fill my squash jug and put it where I can see it, so I keep drinking through the afternoon.', who: 'Care worker' }],
    riskAssessments: {
      must: [{
        id: s.afterFall ? 'must-after-fall' : 'must-first',
        screenedOn,
        screenedBy: 'Sam Okafor, senior care worker',
        setting: 'community',
        bmi: { method: 'calculated', weightKg: s.afterFall ? 57.4 : 58.6, heightM: 1.6, weightSource: 'measured', heightSource: 'self_reported' },
        weightLoss: { method: 'calculated', previousWeightKg: s.afterFall ? 58.6 : 59.2, currentWeightKg: s.afterFall ? 57.4 : 58.6 },
        acuteDisease: { acutelyIll: false, noIntakeOverFiveDays: false },
        notes: 'Weighed on my bathroom scales with the carer; height as I told it.',
      }],
    },
  };
}

export function peggySleep(): DemoSection {
  return {
    sectionKey: 'sleep_and_night_time',
    checklist: [
      { checklistKey: 'at_night', itemKey: 'get_into_bed', level: 'some_support', note: 'Lift my legs in' },
      { checklistKey: 'at_night', itemKey: 'use_the_toilet_at_night', level: 'equipment', note: 'Commode by the bed' },
    ],
    answers: [
      { promptKey: 'bedtime_routine', text: 'Radio 4 on low, a hot-water bottle in winter, and the landing light left on.' },
      { promptKey: 'waking_in_the_night', text: 'I get up once or twice for the commode. I manage on my own if the lamp is within reach.' },
    ],
    steps: [{ id: 'bed-settle', when: 'Bedtime visit', time: '20:50', what: 'Help me lift my legs into bed, put the lamp and commode where I can reach them, and switch on the landing light.', who: 'Care worker' }],
  };
}
