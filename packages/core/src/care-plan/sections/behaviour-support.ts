// Behaviour support: a summary of the person's positive behaviour support, pointing to the full plan where one exists.
import type { SectionDefinition } from '../section-definition.js';

export const behaviourSupport: SectionDefinition = {
  key: 'behaviour_support',
  title: 'My behaviour support',
  purpose:
    'What I may be communicating through my behaviour, what helps me stay well, and how to support me when I am distressed.',
  guidance: [
    'Positive behaviour support (PBS) is a person-centred framework for long-term support of people with learning disabilities, autism or dementia who show, or are at risk of showing, distressed behaviour. It aims to understand the reason for the behaviour so that the person\u2019s needs are better met, their quality of life improves, and the behaviour becomes less likely.',
    'Where a positive behaviour support plan and crisis management plan exist, say where they are kept (the one-page profile also records this) and summarise here what every care worker needs to know. The full plan should be based on a functional assessment of the person\u2019s needs, preferences, abilities and communication, and the function the behaviour serves for them.',
    'Describe behaviour factually: what it looks like, how often and for how long, not labels such as \u201caggressive\u201d or \u201cattention-seeking\u201d. Record what the person may be communicating, and the common reasons behaviour may occur: to get attention or contact, to escape or avoid something, for sensory stimulation, or to get something they want.',
    'Organise support in stages: proactive strategies that meet the person\u2019s needs and prevent distress; early warning signs and how to respond; what to do when the person is distressed, with the least restrictive response; and how to support the person, and the staff, after an incident.',
    'Any restrictive intervention must be a last resort, in the person\u2019s best interests where they lack capacity for the decision, proportionate, for the shortest time, agreed in the plan, carried out only by staff trained to Restraint Reduction Network standards, and recorded and reviewed each time it is used.',
    'Use ABC (antecedent, behaviour, consequence) records and scatter plots to understand patterns, and review the plan against them. Name the professionals involved, such as a PBS practitioner or learning disability team.',
  ],
  goodExample:
    'Loud noise and crowds make me anxious. When I am getting anxious I rock, cover my ears and repeat \u201cgo home\u201d. Please turn off the television, speak quietly, and offer me my headphones and my sensory box. If I start hitting my head, move anything hard away, give me space and stay where I can see you; do not hold me. Afterwards I like a drink of juice and some quiet time in my room. My full positive behaviour support plan is in the blue folder in the office.',
  checklists: [],
  prompts: [
    {
      key: 'plan_location',
      label: 'Positive behaviour support plan and crisis management plan: in place? Where are they kept?',
    },
    { key: 'good_day', label: 'What a good day looks like for me' },
    { key: 'what_i_may_be_communicating', label: 'What I may be communicating through my behaviour' },
    {
      key: 'triggers',
      label: 'Things that can make me distressed',
      hint: 'Including health, environment, life events and times of day.',
    },
    { key: 'proactive_support', label: 'What helps me stay calm and well' },
    { key: 'early_signs', label: 'Early signs that I am becoming distressed, and how to respond' },
    {
      key: 'when_i_am_distressed',
      label: 'How to support me when I am distressed',
      hint: 'The least restrictive response first.',
    },
    { key: 'after_an_incident', label: 'How to support me afterwards' },
    {
      key: 'restrictive_interventions',
      label: 'Any restrictive interventions agreed for me',
      hint: 'What, when it may be used, the legal basis or best-interests decision, and how each use is recorded and reviewed.',
    },
    {
      key: 'recording_and_review',
      label: 'How my behaviour is recorded and reviewed',
      hint: 'For example ABC records or a scatter plot, and who reviews them.',
    },
    { key: 'professionals', label: 'Professionals who support my behaviour plan' },
  ],
  source:
    'Hearth default, after the toolkit\u2019s one-page profile item (Positive Behaviour form and crisis management plan) and HCPA\u2019s positive behaviour support guidance',
};
