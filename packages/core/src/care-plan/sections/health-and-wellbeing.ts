// Health conditions, past and present, and how they affect the person, with the link to the medication record.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const healthAndWellbeing: SectionDefinition = {
  key: 'health_and_wellbeing',
  title: 'My health and wellbeing',
  purpose:
    'My health conditions, past and present, how they affect me, what to look out for, and what care professionals should do.',
  guidance: [
    'Cover the person\u2019s medical and health history, past and present, including mental health and falls and mobility issues. Mobility, falls, mental health and medication have their own sections: link to them here rather than repeating them.',
    'For each present and past condition, ask about the symptoms to look out for and how the condition affects the person, give the approximate or exact date of diagnosis where known (or say it is unknown), and add the clinical presentation. Good practice is to include the relevant side effects of a known condition.',
    'For each diagnosed condition (for example diabetes, Parkinson\u2019s, dementia or a pacemaker), describe the condition, how it affects the person and what care professionals should do. Name the condition, its effect, the person\u2019s own strategy and the staff action: \u201cJohn experiences short-term memory issues, due to his dementia, where he cannot remember appointments. John gets frustrated so he likes to keep a diary where he records all upcoming appointments. Care professionals should regularly remind John to look at his diary.\u201d',
    'The medication record lists every current medication with its dosage, frequency, timings and storage; highlights PRN (as needed) medication with the times it should be offered; specifies time-sensitive medication; and has MAR charts developed in line with the prescriptions. If needed, keep the current GP prescription list and the discharge letter with it.',
    'If any medication is given covertly, the authorised paperwork must be available, and covert administration must also be shown on the label and the MAR.',
    'Record whether the person needs support with medication: yes (say whether prompt, assist or administer), no, self-medicated, or family given. This answer must agree with the support level in the medication section.',
  ],
  goodExample:
    'I have short-term memory problems because of my dementia, diagnosed in about 2019, and I cannot always remember my appointments. This frustrates me, so I keep a diary by my chair where I write down all my appointments. At each morning visit, please remind me to look at my diary and help me add anything new from my letters. I also have type 2 diabetes (diagnosed 2012). If I am shaky, sweaty or muddled, I may have a low blood sugar: give me a glass of orange juice and tell the office.',
  checklists: [],
  prompts: [
    {
      key: 'present_conditions',
      label: 'My present health conditions',
      hint: 'For each: approximate or exact date of diagnosis (or unknown), symptoms to look out for, how it affects me, clinical presentation, and relevant side effects.',
    },
    {
      key: 'past_history',
      label: 'My past health history',
      hint: 'For each: approximate or exact date (or unknown), symptoms to look out for, how it affects me now, and clinical presentation.',
    },
    {
      key: 'condition_specific_care',
      label: 'Specific care needs for my diagnosed conditions',
      hint: 'For example diabetes, Parkinson\u2019s, dementia or a pacemaker: how it affects me and exactly what care professionals should do.',
    },
    {
      key: 'medication_record',
      label: 'Where my medication record is kept',
      hint: 'Every current medication with dose, frequency, timings and storage; PRN and time-sensitive medication highlighted; MAR in line with prescriptions; covert medication paperwork.',
    },
    {
      key: 'medication_support',
      label: 'Do I need support with medication?',
      hint: 'Yes (prompt, assist or administer), no, self-medicated, or family given. Must agree with the medication section.',
    },
    { key: 'staying_well', label: 'What I do to keep myself well' },
    {
      key: 'health_professionals',
      label: 'Health professionals involved in my care',
      hint: 'For example district nurse, specialist nurse, consultant, dietitian or physiotherapist, and how to contact them.',
    },
  ],
  source: toolkitPages.healthAndWellbeing,
};
