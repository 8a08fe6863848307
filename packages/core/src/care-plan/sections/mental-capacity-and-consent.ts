// Mental capacity and consent: how the person makes decisions, what has been assessed, and who may act for them.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const mentalCapacityAndConsent: SectionDefinition = {
  key: 'mental_capacity_and_consent',
  title: 'Making decisions and consent',
  purpose:
    'How I make decisions about my care, how to support me to make them, and who may decide or consent for me where I cannot.',
  guidance: [
    'All care and support planning must follow the principles of the Mental Capacity Act 2005 and its Code of Practice, including best interests, deprivation of liberty and powers of attorney. Involving people in decisions about their care is intrinsic to the MCA and should be evident in every care and support plan.',
    'Principle 1: assume capacity. Seek the person\u2019s involvement as far as they can manage, and record the steps taken to support them to make their own decisions. A person is not to be treated as unable to make a decision because it is an unwise one.',
    'Capacity is decision-specific and time-specific. If there is doubt about the person\u2019s ability to make a key decision about their care and treatment, carry out a capacity assessment: is there an impairment of, or disturbance in the functioning of, the mind or brain; can the person understand, retain, use or weigh the information and communicate a decision; and is the inability caused by the impairment? You may then need to act in their best interests.',
    'Record which applies. Capacity to make all decisions: no impairment, or an impairment that does not affect decision-making (no assessment required), or an impairment that does affect decision-making where an assessment has shown capacity for the decisions in question; the plan is written in line with the person\u2019s wishes and preferences. Capacity for some decisions: a capacity assessment is carried out for each section of the care plan where it is needed. Where capacity is lacking for a decision, record the best-interests decision and who was consulted.',
    'A best-interests decision considers all relevant circumstances, whether and when the person may regain capacity, their past and present wishes, feelings, beliefs and values, and the views of carers, attorneys and deputies; it encourages the person to take part and is never based on age, appearance or behaviour.',
    'Record any Lasting Power of Attorney (health and welfare, or property and financial affairs) or Court of Protection deputyship, with the attorney or deputy, what it covers, and that the registered document was seen. Record any Deprivation of Liberty Safeguards authorisation or application, with its conditions and expiry date.',
    'Record informed consent to the plan from the person or, where they lack capacity for it, the legal representative, with the date, and the person\u2019s choices about who may see and share their plan.',
  ],
  goodExample:
    'I make my own everyday decisions, like what to wear, what to eat and when to go to bed, and I want to be asked each time. I make decisions best in the morning. Please give me one choice at a time and show me the options, for example two jumpers. I find decisions about money hard to follow, so my son David, who has a Lasting Power of Attorney for my property and financial affairs, helps me with them. I agreed this plan with my key worker on 3 March.',
  checklists: [],
  prompts: [
    {
      key: 'capacity_status',
      label: 'My capacity to make decisions about my care',
      hint: 'All decisions, some decisions (say which have been assessed) or lacks capacity for the decisions in question.',
    },
    {
      key: 'supporting_my_decisions',
      label: 'How to help me make my own decisions',
      hint: 'The best time, place, format and people to help me.',
    },
    { key: 'decisions_i_make', label: 'Decisions I make myself' },
    {
      key: 'capacity_assessments',
      label: 'Decisions that have been assessed, the outcome and where the assessment is recorded',
    },
    { key: 'best_interests_decisions', label: 'Best-interests decisions made for me, and who was consulted' },
    {
      key: 'lasting_power_of_attorney',
      label: 'Lasting Power of Attorney or deputy',
      hint: 'Type (health and welfare, or property and financial affairs), who, what it covers, and the date the registered document was seen.',
    },
    {
      key: 'deprivation_of_liberty',
      label: 'Deprivation of liberty',
      hint: 'Any authorisation or application, its conditions and expiry date.',
    },
    { key: 'advocate', label: 'My advocate', hint: 'For example an Independent Mental Capacity Advocate or Care Act advocate.' },
    {
      key: 'consent_to_plan',
      label: 'How I agreed to this plan, and when',
      hint: 'My consent or, where I lack capacity for it, my legal representative\u2019s, with the date.',
    },
    { key: 'sharing_preferences', label: 'Who I agree can see and share my plan' },
  ],
  source: toolkitPages.mentalCapacity,
};
