// Sleep and night-time support; the toolkit only touches this through "Get ready for bed" and timings for care in bed.
import type { SectionDefinition } from '../section-definition.js';

export const sleepAndNightTime: SectionDefinition = {
  key: 'sleep_and_night_time',
  title: 'My sleep and night time',
  purpose: 'My bedtime routine, what helps me sleep, and the support I need during the night.',
  guidance: [
    'Describe the person\u2019s usual routine in their words: when they like to go to bed and get up, what they do to get ready, and what helps them settle. Plan visit times around the person\u2019s routine, not the rota; if a visit time does not suit, record it and what is being done about it.',
    'Record the sleep environment the person prefers: lighting, door open or closed, temperature, bedding, a radio or television, and where things must be left within reach (glasses, water, call bell or pendant alarm, walking aid).',
    'If the person needs support at night, say exactly what, and when: continence care, repositioning (with the interval), medicines, or reassurance. If the person is cared for in bed, specify the times of day support is needed.',
    'Night checks disturb sleep and are a restriction if the person has not agreed to them. Record why each check is needed, how often, how it is done (for example without turning on the main light), and the person\u2019s consent or the best-interests decision behind it. Review checks so they do not continue out of habit.',
    'Record what the person does if they wake in the night, any risks (such as getting up to the toilet in the dark, or leaving the home at night when disorientated) and what is in place, such as night lights, sensors or telecare, and who responds.',
  ],
  goodExample:
    'I like to go to bed at about 22:30 after the news. Please help me get into my nightclothes in the bedroom, not the lounge, and leave the landing light on and my door ajar. I like a glass of water and my glasses on the bedside table, and my pendant alarm on. I usually get up once in the night to use the toilet; I can do this myself if the night light is on. I do not want anyone to check on me at night unless I press my alarm.',
  checklists: [
    {
      key: 'at_night',
      title: 'At night',
      items: [
        { key: 'get_ready_for_bed', label: 'Get ready for bed' },
        { key: 'get_into_bed', label: 'Get into bed' },
        { key: 'settle_to_sleep', label: 'Settle to sleep' },
        { key: 'use_the_toilet_at_night', label: 'Use the toilet during the night' },
        { key: 'change_position_at_night', label: 'Change position during the night' },
        { key: 'call_for_help_at_night', label: 'Call for help during the night' },
        { key: 'get_up_in_the_morning', label: 'Get up in the morning' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    { key: 'bedtime_routine', label: 'My bedtime routine', hint: 'When I go to bed, what I do, and what I do myself.' },
    {
      key: 'what_helps_me_sleep',
      label: 'What helps me sleep well',
      hint: 'Light, door, temperature, bedding, radio, things within reach.',
    },
    { key: 'waking_in_the_night', label: 'If I wake in the night', hint: 'What I usually do, and what helps me.' },
    { key: 'support_at_night', label: 'Support I need during the night, and when' },
    {
      key: 'night_checks',
      label: 'Night checks',
      hint: 'Whether I have agreed to them (or the best-interests decision), why they are needed, how often and how they are done.',
    },
    { key: 'alarms_and_technology', label: 'Alarms, sensors or telecare, and who responds' },
    { key: 'getting_up', label: 'My morning routine when I get up' },
  ],
  source:
    'Hearth default, after the toolkit\u2019s \u201cGet ready for bed\u201d check-list item and its timings for people cared for in bed',
};
