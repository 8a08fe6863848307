// The one-page profile: PRSB About Me in the person's words, with the toolkit's key information around it.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const onePageProfile: SectionDefinition = {
  key: 'one_page_profile',
  title: 'One-page profile: about me',
  purpose:
    'A simple summary of what is important to me and how I want to be supported, shown first so everyone who supports me reads it.',
  guidance: [
    'The one-page profile is a simple summary of what is important to the person and how they want to be supported. It is completed by the Care Supervisor or Registered Manager during the assessment, with the person, and forms part of the care and support plan.',
    'Write the About Me parts from the person\u2019s own perspective, in their words, and record who supported them to write it. Every part is optional: leave out what the person does not want to share. Keep it separate from advance decisions and end-of-life wishes, which have their own section.',
    'Cover personal relationships, any equality and diversity adjustments, and link back to the person\u2019s goals. Link to special dietary requirements and to events or days of specific cultural or religious significance.',
    'Name, date of birth, address, NHS number, next of kin, GP and allergies (including medication allergies) are held on the person\u2019s record and shown with this profile; do not copy them here. If what the person tells you differs from the record (for example an allergy or a Lasting Power of Attorney), discuss it with them, reconcile it, and amend both where appropriate.',
    'Where a DNACPR (or equivalent), advance care and support plan, treatment escalation plan (TEP), Purple Folder (hospital passport) or Positive Behaviour form and crisis management plan is in place, say where it can be found, and make sure all care staff and professionals are aware of it. A TEP ideally goes at the front of the care and support plan.',
    'Support the person and their family to understand the role of their key worker. Review the profile at transition points, such as a hospital stay or a move, and whenever something important changes.',
  ],
  goodExample:
    'What matters most to me is my garden and seeing my grandson Leo on Saturdays. I was a bus driver for 30 years and I like to talk about it. I hear better on my left side, so please sit on my left and face me when you speak. Please do knock and wait for me to call you in. Please don\u2019t move my things in the kitchen without asking. If I go quiet and stop eating, I may be in pain: ask me, because I will not always say. My daughter Anne helped me write this.',
  checklists: [],
  prompts: [
    { key: 'what_matters_to_me', label: 'What is most important to me' },
    {
      key: 'people_important_to_me',
      label: 'People who are important to me',
      hint: 'Family, friends, pets and others, and how I keep in touch with them.',
    },
    {
      key: 'how_i_communicate',
      label: 'How I communicate and how to communicate with me',
      hint: 'Communication aids, preferred language, how I show pain or distress, how I make choices, how I give feedback or raise concerns, and how I like to receive information.',
    },
    { key: 'my_wellness', label: 'My wellness', hint: 'What keeps me well, and what I am like when I am well.' },
    { key: 'please_do_and_please_dont', label: 'Please do and please don\u2019t' },
    { key: 'how_and_when_to_support_me', label: 'How and when to support me (including in emergencies)' },
    { key: 'also_worth_knowing', label: 'Also worth knowing about me' },
    {
      key: 'supported_to_write_this_by',
      label: 'Supported to write this by',
      hint: 'Who helped me write this, and their relationship to me or their role.',
    },
    { key: 'key_worker', label: 'My key worker', hint: 'Name, and how the role has been explained to me and my family.' },
    { key: 'dentist', label: 'My dentist' },
    { key: 'pharmacy', label: 'My pharmacy' },
    {
      key: 'equipment_services',
      label: 'Equipment services',
      hint: 'Who supplies and maintains my equipment, and how to contact them.',
    },
    {
      key: 'dietary_requirements',
      label: 'My dietary requirements',
      hint: 'Including cultural or religious needs; details go in the nutrition and hydration section.',
    },
    {
      key: 'days_of_significance',
      label: 'Events or days of cultural or religious significance to me',
    },
    {
      key: 'equality_and_diversity_adjustments',
      label: 'Equality and diversity adjustments I need',
      hint: 'Or say none are needed.',
    },
    {
      key: 'dnacpr_location',
      label: 'DNACPR (or equivalent) in place? Where is it kept?',
      hint: 'Yes or no. If yes, where the form is kept and how all care staff and professionals have been told.',
    },
    { key: 'advance_care_plan_location', label: 'Advance care and support plan in place? Where can it be found?' },
    {
      key: 'treatment_escalation_plan',
      label: 'Treatment escalation plan (TEP) in place? Where can it be found?',
      hint: 'Ideally kept at the front of the care and support plan.',
    },
    { key: 'purple_folder_location', label: 'Purple Folder (hospital passport) in place? Where can it be found?' },
    {
      key: 'behaviour_support_plan_location',
      label: 'Positive Behaviour form and crisis management plan in place? Where can they be found?',
    },
    { key: 'other', label: 'Other' },
  ],
  source: `PRSB About Me standard (seven sections and \u201csupported to write this by\u201d), with the toolkit\u2019s one-page profile fields: ${toolkitPages.onePageProfile}`,
};
