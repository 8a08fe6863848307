// Contingency plans: what should happen, and who to contact, when a known situation arises.
import type { SectionDefinition } from '../section-definition.js';

export const contingencyPlans: SectionDefinition = {
  key: 'contingency_plans',
  title: 'If things change: my contingency plans',
  purpose: 'What should happen, and who should be contacted, if a situation we can foresee arises.',
  guidance: [
    'Write one contingency plan for each situation that can be foreseen, with the trigger factors that set it off, what should happen, and who should be contacted, with their numbers. Include any anticipatory medicines or equipment, the review date, who is responsible for reviewing it, and that it was agreed with the person or their representative.',
    'Think about situations such as: no answer at a planned visit; a late or missed visit; a fall; the person becoming suddenly unwell; a family carer being unable to care; a hospital admission or discharge; a power cut, severe weather or a problem with the home; a mental health crisis; and the care record system being unavailable.',
    'Be precise: give times, numbers and names, not \u201cmonitor\u201d or \u201cescalate as needed\u201d. Link to the advance care planning section for decisions about treatment and resuscitation, and to the behaviour support section for a crisis management plan.',
  ],
  goodExample:
    'If my daughter Sue cannot visit on a Sunday because she is unwell, I would like the agency to add a lunchtime visit at 12:30 so I have a hot meal. Sue will phone the office by 09:00 on the day. If I am confused or have a high temperature, I may have a urine infection: please call my GP surgery (or NHS 111 out of hours) the same day, tell Sue, and encourage me to drink a glass of water at each visit.',
  checklists: [],
  prompts: [
    { key: 'situation', label: 'What this contingency plan is for' },
    { key: 'trigger_factors', label: 'Trigger factors: what would set this plan off' },
    { key: 'what_should_happen', label: 'What should happen' },
    { key: 'who_to_contact', label: 'Who should be contacted', hint: 'Names, roles and numbers, in order.' },
    {
      key: 'anticipatory_medicines_and_equipment',
      label: 'Anticipatory medicines or equipment',
      hint: 'What, and where they are kept.',
    },
    { key: 'review', label: 'When this plan will be reviewed, and who is responsible' },
    { key: 'agreed_with', label: 'Agreed with me or my representative, and when' },
  ],
  source:
    'PRSB Personalised Care and Support Plan standard (contingency plan: trigger factors, what should happen, who should be contacted)',
};
