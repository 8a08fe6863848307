// Details of care and support needs, visit by visit or time slot by time slot; the steps themselves live in the plan.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const visitsAndSupport: SectionDefinition = {
  key: 'visits_and_support',
  title: 'My visits and support through the day',
  purpose:
    'What care and support I want and need, broken down by visit or time slot, so whoever supports me knows what each one is for.',
  guidance: [
    'State what care and support the person wants and needs. Break the support down by visit time or time slot and, for each one, detail what the person needs help with.',
    'Make it person-centred and reflect the person\u2019s choices: \u201cClaire likes to eat breakfast sitting in her armchair\u201d, \u201cMark would like to be offered a choice of activities to fill his day\u201d, rather than \u201cAssist with breakfast\u201d or \u201cOffer activities\u201d.',
    'Be precise so care professionals know exactly what to do: name the action and its time, frequency or quantity (for example, \u201crepositioned every 4 hours\u201d rather than \u201cregular repositioning\u201d). Focus on what the person can do for themselves and what is needed to keep or build that.',
    'Record each visit or time slot as steps: when, the time, what to do and who does it. Every visit or time slot must say what happens in it; none may be left empty. The detail of each topic (medication, personal care, nutrition and so on) belongs in its own section: refer to it rather than repeating it, so the plan never contradicts itself.',
    'The plan must be based on the provider\u2019s own assessment and conversation with the person, not only the enquiry form or the Local Authority plan. Complete it before the service starts and no later than 2 days after; for an emergency start, complete it as soon as possible and record that it was an emergency admission.',
  ],
  goodExample:
    'Morning visit, 08:00 to 08:45: I like to wake up slowly, so please open the curtains and put the radio on before you help me sit up. I wash my own face and hands at the sink; please wash my back and legs. I choose my own clothes. I like to eat my breakfast sitting in my armchair by the window, usually porridge and a cup of tea with one sugar. Before you leave, please make sure my pendant alarm is round my neck and my phone is within reach.',
  checklists: [],
  prompts: [
    {
      key: 'visit_purpose',
      label: 'What this visit or time slot is for',
      hint: 'For example: getting up and breakfast, lunch, a sit with me, getting ready for bed.',
    },
    { key: 'how_i_like_it_done', label: 'How I like things done', hint: 'My choices and routines, in my words.' },
    { key: 'before_you_leave', label: 'Before you leave', hint: 'What to check or leave within reach.' },
    {
      key: 'if_the_visit_is_late',
      label: 'If my visit is going to be late or missed',
      hint: 'Who to tell and what matters most to me if it is late.',
    },
  ],
  source: toolkitPages.onePageProfile,
};
