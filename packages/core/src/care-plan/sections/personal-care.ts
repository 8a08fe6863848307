// Personal care, dressing, toileting and continence, and the person's own space, as the toolkit's four check lists.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const personalCare: SectionDefinition = {
  key: 'personal_care',
  title: 'My personal care',
  purpose: 'Whether I need support with personal care, dressing, the toilet and my own space, and exactly how I like it done.',
  guidance: [
    'Clearly document whether the person needs personal care. Give clear details so the care professional knows exactly what to do.',
    'Good practice is to include prompts that uphold dignity and choice, in the person\u2019s voice: for example asking whether they are ready, and supporting them only with the areas they cannot reach.',
    'Record cultural or religious aspects of personal care, for example a preference to be washed in a particular way (such as running water), or for a care professional of a particular gender. If there are none, say so.',
    'Give a detailed plan of support. If the person is cared for in bed, or is double incontinent, specify the times of day support is needed: am, lunch, teatime and pm. Record how toiletries are provided.',
    'Where support is needed with a catheter, stoma, pads or the person\u2019s skin integrity, write the instruction in the plan, with how often; skin care and pressure care are detailed in the skin integrity section.',
    'Weight: record observations from care professionals. Act as directed by healthcare professionals where clinical intervention is needed, and by the registered manager otherwise.',
  ],
  goodExample:
    'I would like my care professional to ask me if I am ready to have a shower and support me to wash the areas that I may struggle to reach, but only if I need the assistance. I wash my face, arms and front myself. Please wash my back, legs and feet, and dry between my toes. As a Muslim I prefer to wash under running water, and I would like a female care professional for my personal care. My daughter buys my toiletries and keeps them in the bathroom cabinet.',
  checklists: [
    {
      key: 'personal_care',
      title: 'Personal care',
      items: [
        { key: 'bath_or_shower', label: 'Have a bath/shower' },
        { key: 'strip_wash', label: 'Strip wash' },
        { key: 'get_in_and_out_of_bath_or_shower', label: 'Get in and out of the bath/shower' },
        { key: 'wash_my_face', label: 'Wash my face' },
        { key: 'wash_my_back', label: 'Wash my back' },
        { key: 'wash_my_legs', label: 'Wash my legs' },
        { key: 'wash_my_hair', label: 'Wash my hair' },
        { key: 'apply_cream', label: 'Apply cream to my body' },
        { key: 'shaving', label: 'Shaving' },
        { key: 'oral_hygiene', label: 'Oral hygiene' },
        { key: 'dry_myself', label: 'Dry myself' },
        { key: 'manage_skin_integrity', label: 'Manage my skin integrity' },
        { key: 'other', label: 'Other' },
      ],
    },
    {
      key: 'getting_dressed',
      title: 'Getting dressed',
      items: [
        { key: 'get_dressed', label: 'Get dressed' },
        { key: 'get_undressed', label: 'Get undressed' },
        { key: 'get_ready_for_bed', label: 'Get ready for bed' },
        { key: 'other', label: 'Other' },
      ],
    },
    {
      key: 'toileting_and_continence',
      title: 'Toileting / continence management',
      items: [
        { key: 'go_to_the_toilet', label: 'Go to the toilet' },
        { key: 'get_on_and_off_the_toilet', label: 'Get on and off the toilet' },
        { key: 'catheter', label: 'Empty/change my catheter' },
        { key: 'stoma_bag', label: 'Empty/change my stoma bag' },
        { key: 'change_pad', label: 'Change pad' },
        { key: 'other', label: 'Other' },
      ],
    },
    {
      key: 'my_personal_space',
      title: 'My personal space',
      items: [
        { key: 'make_the_bed', label: 'Make the bed' },
        { key: 'tidy_my_room', label: 'Tidy my room' },
        { key: 'get_things_ready_for_a_wash', label: 'Get my things ready for a wash' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    { key: 'personal_care_needed', label: 'Do I need support with personal care?', hint: 'Yes or no, stated clearly.' },
    {
      key: 'how_i_like_it_done',
      label: 'How I like my personal care done',
      hint: 'Dignity and choice: when, where, in what order, and what I do myself.',
    },
    {
      key: 'cultural_or_religious_preferences',
      label: 'Cultural or religious preferences for my personal care',
      hint: 'Or say none identified.',
    },
    {
      key: 'times_of_day',
      label: 'If I am cared for in bed or double incontinent, the times I need support',
      hint: 'am, lunch, teatime and pm.',
    },
    {
      key: 'continence_care',
      label: 'How to support me with my catheter, stoma or pads',
      hint: 'What, how often, and what to report.',
    },
    { key: 'oral_care', label: 'How I look after my teeth, mouth or dentures' },
    { key: 'toiletries', label: 'How my toiletries are provided' },
    { key: 'weight', label: 'How my weight is observed, and who to tell about a change' },
  ],
  source: toolkitPages.personalCare,
};
