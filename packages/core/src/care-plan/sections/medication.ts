// The medication care and support plan; the support level itself (none to level 3) is a field of the plan.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const medication: SectionDefinition = {
  key: 'medication',
  title: 'My medication',
  purpose: 'My current medication, the support I need with it at each time of day, and who does what.',
  guidance: [
    'Record the person\u2019s current medication and any support they need from care professionals. Choose one support level: no medication required; no support required (able to self-medicate); level 0, a reminder to take medication (verbal prompts by phone or in person); level 1, general support or assisting with medication; level 2, administering medication; level 3, administering medication by specialist techniques, where you should consider any equipment needed.',
    'If the person takes medication but needs no support, still list the medication, and record which family members support them and who is responsible for reordering prescriptions. If the person self-administers and manages independently, say so explicitly.',
    'Give a detailed plan of how the person is supported and assisted: specify the time of day and the support required in each period (for example morning, lunch, tea and night).',
    'Give clear guidance on when each PRN (as needed) medicine should be given: the signs to look for, how the person tells you they need it, the maximum dose and the minimum interval. Good practice is to record relevant or possible side effects.',
    'This section must be kept up to date and must match (triangulate with) the MAR or eMAR. Consider recording, collecting, storing and ordering, and say who is responsible for each, or that it does not apply.',
    'Where support is given, record how consent will be sought, who to contact about medicines, what support is needed for each medicine and how it will be given, who provides it when more than one provider is involved, and when medicines support will be reviewed (for example after six weeks). If family sometimes give medicines, agree in advance how they will record it and put that agreement here.',
    'Make the plan person-centred and co-produced: record how the person likes to take their medicines, for example with water, all together or one by one. If any medicine is given covertly, the authorised paperwork must be available and covert administration must be shown on the label and the MAR.',
  ],
  goodExample:
    'I take my own tablets from my blister pack, but I forget my lunchtime ones. At the lunch visit (12:30) please remind me to take them and check the blister is empty; write on my MAR that you prompted me. I like to take my tablets one at a time with a glass of water. My paracetamol is for when my knees hurt: ask me at each visit, and I can have two tablets, no more than four times in 24 hours, at least four hours apart. My daughter Jane orders my prescriptions and collects them from the pharmacy on Fridays.',
  checklists: [
    {
      key: 'other_things_to_consider',
      title: 'Other things to consider',
      items: [
        { key: 'recording', label: 'Recording my medication' },
        { key: 'collecting', label: 'Collecting my medication' },
        { key: 'storing', label: 'Storing my medication' },
        { key: 'ordering', label: 'Ordering my medication' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    {
      key: 'support_by_time_of_day',
      label: 'The support I need at each time of day',
      hint: 'For example morning, lunch, tea and night: which medicines, and whether you remind me, assist me or give them to me.',
    },
    {
      key: 'what_i_manage_myself',
      label: 'What I manage myself',
      hint: 'If I self-administer and manage independently, say so here.',
    },
    { key: 'family_support', label: 'Family members who support me, and who reorders my prescriptions' },
    {
      key: 'how_i_take_my_medicines',
      label: 'How I like to take my medicines',
      hint: 'For example with water, all together or one by one, sitting up, with food.',
    },
    {
      key: 'prn_guidance',
      label: 'When to offer my \u201cas needed\u201d (PRN) medicines',
      hint: 'For each: what it is for, the signs to look for, how I ask for it, the maximum dose and the minimum time between doses.',
    },
    {
      key: 'time_sensitive_medicines',
      label: 'Medicines that must be given at exact times',
      hint: 'For example for Parkinson\u2019s, diabetes or epilepsy.',
    },
    { key: 'side_effects', label: 'Side effects to look out for, and what to do' },
    {
      key: 'creams_and_other_forms',
      label: 'Creams, inhalers, drops, patches and other forms',
      hint: 'Where, how and when each is used; creams are recorded on a topical MAR.',
    },
    { key: 'specialist_equipment', label: 'Equipment needed for specialist techniques (level 3)' },
    { key: 'consent', label: 'How you ask for my consent, and what to do if I decline a medicine' },
    {
      key: 'medicines_contact',
      label: 'Who to contact about my medicines',
      hint: 'For example my pharmacy, GP practice or a named family member.',
    },
    { key: 'other_providers', label: 'Who gives support when more than one provider is involved' },
    { key: 'family_recording', label: 'How family record medicines they give me' },
    { key: 'review', label: 'When my medicines support will be reviewed' },
  ],
  source: toolkitPages.medication,
};
