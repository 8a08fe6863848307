// Stanley Whitaker's plan at Oak House: his first plan from when he moved in, and the six-monthly review now in
// use (due for review again soon, so the attention list has something to show). Invented for the demo.
import type { DemoContent, DemoDays } from './demo-plan-types.js';

export const stanleyLegalName = 'Stanley Whitaker';
/** He moved into Oak House on 2024-11-04; his first plan was written with him the week before. */
export const stanleyFirstPlanOn = '2024-10-30';
export const stanleyReviewReason = 'Six-monthly review with Stan: weight steady, now enjoys the Thursday brass band afternoons, bedtime moved to 22:00 as he asked.';

export function stanleyReviewedOn(days: DemoDays): string {
  return days.ago(170);
}

export function stanleyPlan(days: DemoDays, reviewed: boolean): DemoContent {
  const on = reviewed ? stanleyReviewedOn(days) : stanleyFirstPlanOn;
  return {
    writtenInFirstPerson: true,
    involvement: [
      { kind: 'person', name: 'Stan Whitaker', relationship: null, how: 'in_person', date: on },
      { kind: 'staff', name: 'Grace Mensah', relationship: 'Senior care worker, Oak House', how: 'in_person', date: on },
    ],
    sections: [
      {
        sectionKey: 'one_page_profile',
        answers: [
          { promptKey: 'what_matters_to_me', text: 'Leeds United, brass band music and my photographs of the buses I drove for 35 years.' },
          { promptKey: 'how_i_communicate', text: 'I have vascular dementia. Short sentences, one thing at a time, and let me finish what I am saying.' },
          { promptKey: 'please_do_and_please_dont', text: 'Please call me Stan. Please don\u2019t switch my radio off without asking.' },
        ],
        strengths: 'I can walk with my frame, feed myself and choose my own clothes if you hold up two shirts.',
        needs: 'I need help to wash and shave, and reminders about the time of day.',
      },
      {
        sectionKey: 'personal_care',
        checklist: [
          { checklistKey: 'personal_care', itemKey: 'shaving', level: 'full_support', note: 'Wet shave, every morning' },
          { checklistKey: 'personal_care', itemKey: 'bath_or_shower', level: 'full_support', note: 'Shower on Mondays and Thursdays' },
          { checklistKey: 'getting_dressed', itemKey: 'get_dressed', level: 'verbal_prompt', note: null },
        ],
        steps: [
          { id: 'morning-shave', when: 'Morning', time: '08:00', what: 'Give me a wet shave at my sink with my own brush and soap, then hold up two shirts so I can choose.', who: 'Care worker' },
        ],
      },
      {
        sectionKey: 'mobility_and_falls',
        checklist: [
          { checklistKey: 'activities', itemKey: 'moving_around_my_home', level: 'equipment', note: 'My frame' },
          { checklistKey: 'equipment', itemKey: 'walking_frame', level: 'equipment', note: null },
        ],
        answers: [{ promptKey: 'falls_prevention', text: 'My frame within reach, my shoes not slippers, and the bathroom light left on at night.' }],
        equipment: [{ id: 'frame', item: 'Walking frame', notes: 'Checked weekly by the maintenance team' }],
      },
      {
        sectionKey: 'nutrition_and_hydration',
        answers: [
          { promptKey: 'likes_and_dislikes', text: 'Meat and potato pie, mushy peas and a mug of strong tea. No fish.' },
          { promptKey: 'screening', text: `MUST on ${on}: score 0, low risk. Weighed monthly.` },
        ],
        riskAssessments: {
          must: [{
            id: reviewed ? 'must-review' : 'must-first',
            screenedOn: on,
            screenedBy: 'Grace Mensah, senior care worker',
            setting: 'care_home',
            bmi: { method: 'calculated', weightKg: reviewed ? 71.2 : 70.4, heightM: 1.75 },
            weightLoss: { method: 'calculated', previousWeightKg: reviewed ? 70.4 : 71, currentWeightKg: reviewed ? 71.2 : 70.4 },
            acuteDisease: { acutelyIll: false, noIntakeOverFiveDays: false },
            notes: 'Weighed on the chair scales after breakfast.',
          }],
        },
      },
      {
        sectionKey: 'sleep_and_night_time',
        answers: [{ promptKey: 'bedtime_routine', text: reviewed ? 'Bed at 22:00 after the news, with a milky drink.' : 'Bed at 21:00 with a milky drink.' }],
        steps: [{ id: 'bed-drink', when: 'Bedtime', time: reviewed ? '21:45' : '20:45', what: 'Bring me a milky drink and sit with me for a few minutes while I drink it.', who: 'Care worker' }],
      },
      {
        sectionKey: 'community_access_and_engagement',
        answers: [{ promptKey: 'regular_activities', text: reviewed ? 'The Thursday brass band afternoon in the lounge, and the football on the radio on Saturdays.' : 'The football on the radio on Saturdays.' }],
        outcomes: reviewed
          ? [{ id: 'brass-band', goal: 'I want to hear a live brass band again.', howMet: 'The activities coordinator is asking the Wetherby band to play at Oak House; a carer will sit with me.', whoInvolved: 'Me and the activities coordinator', targetDate: days.ahead(40), progress: [] }]
          : [],
      },
      {
        sectionKey: 'contingency_plans',
        answers: [
          { promptKey: 'trigger_factors', text: 'I become more muddled than usual, or stop eating.' },
          { promptKey: 'what_should_happen', text: 'Check for a water infection and tell the nurse practitioner the same day.' },
          { promptKey: 'who_to_contact', text: 'The Oak House senior on shift, then Wetherby Health Centre.' },
        ],
      },
    ],
  };
}
