// Emotional wellbeing and mental health; the toolkit names mental health in its health scope but its text stops before it.
import type { SectionDefinition } from '../section-definition.js';

export const emotionalWellbeingAndMentalHealth: SectionDefinition = {
  key: 'emotional_wellbeing_and_mental_health',
  title: 'My emotional wellbeing and mental health',
  purpose: 'What keeps me feeling well, the signs that I am becoming unwell, and what helps and what does not.',
  guidance: [
    'Start with what wellbeing looks like for the person: what they enjoy, what gives their day meaning, who they like to spend time with, and how they are when they are well. This is the baseline against which changes are noticed.',
    'For any mental health condition, record it as in the health and wellbeing section: the approximate or exact date of diagnosis, the symptoms to look out for, how it affects the person, and any medication. Name the professionals involved, such as a care coordinator or community mental health team, and how to reach them, including out of hours.',
    'Record the early signs that the person is becoming unwell or distressed, in their words where possible, and exactly what staff should do at each stage. Where there is a risk of self-harm or suicide, record the agreed plan, who to contact and when to call emergency services; put the crisis steps in the contingency plans section.',
    'Record what helps and what does not help, including things staff should avoid saying or doing. Write factually and respectfully: describe what the person said and did, not a judgement of it.',
    'Consider loneliness and isolation, bereavement and other life events, and link to the community access, relationships and behaviour support sections where they apply.',
  ],
  goodExample:
    'I have lived with depression since my twenties. When I am well I enjoy doing the crossword and phoning my sister. When I am getting low I stop answering the phone, stay in my dressing gown and say I am not hungry. If you notice this for two days running, please sit with me for a few minutes, ask me how I am feeling, and tell the office so they can let my care coordinator know. Please do not tell me to cheer up; it makes me feel worse.',
  checklists: [
    {
      key: 'looking_after_my_wellbeing',
      title: 'Looking after my wellbeing',
      items: [
        { key: 'managing_my_mood', label: 'Managing my mood' },
        { key: 'managing_worry', label: 'Managing worry and anxiety' },
        { key: 'keeping_a_routine', label: 'Keeping a routine that suits me' },
        { key: 'doing_things_i_enjoy', label: 'Doing things I enjoy' },
        { key: 'keeping_in_touch', label: 'Keeping in touch with people' },
        { key: 'attending_appointments', label: 'Attending my appointments' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    { key: 'when_i_am_well', label: 'What I am like when I am well, and what keeps me well' },
    {
      key: 'mental_health_conditions',
      label: 'Mental health conditions',
      hint: 'Date of diagnosis (or unknown), symptoms to look out for, and how it affects me.',
    },
    { key: 'early_signs', label: 'Early signs that I am becoming unwell or distressed' },
    { key: 'what_helps', label: 'What helps me' },
    { key: 'what_does_not_help', label: 'What does not help me' },
    {
      key: 'professionals',
      label: 'Professionals who support my mental health, and how to contact them',
      hint: 'Including out of hours.',
    },
    { key: 'life_events', label: 'Life events that affect me', hint: 'For example bereavement, anniversaries or a move.' },
  ],
  source: 'Hearth default, after the toolkit\u2019s health and wellbeing scope (mental health) and its general guidance',
};
