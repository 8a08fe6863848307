// Mobility and falls, merging the toolkit's two published mobility pages into one section.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const mobilityAndFalls: SectionDefinition = {
  key: 'mobility_and_falls',
  title: 'My mobility and staying safe from falls',
  purpose:
    'How I move around my home and community, what I can do myself, the support and equipment I need, and how to keep me safe from falls.',
  guidance: [
    'Mobility is the person\u2019s ability to move around their environment, including walking, standing up from a chair, sitting down from standing and moving around in bed. Give clear guidance on the person\u2019s strengths and weaknesses and the specific support they need.',
    'Show what the person can do, so they stay as independent as possible, including their ability to carry out activities of daily living such as washing and dressing, and record how they could improve their ability.',
    'Ask: what are the concerns or issues with mobility? What equipment does the person use? What support do they need? Include how far the person can mobilise and how they can practise mobility with staff.',
    'Check whether improving mobility matches the person\u2019s goals, and whether goals are set to improve it. Record actions to improve mobility where applicable, not only to maintain it.',
    'Record the equipment the person needs in place in the equipment check list, describe how each piece is used (for example the hoist, and the sling type and size), and say whether the person needs a referral for equipment or extra equipment.',
    'If the person is cared for in bed, specify the times of day support is needed: am, lunch, teatime and pm.',
    'A falls risk assessment must be carried out so that prevention strategies are in place; a multifactorial assessment is recommended, because risk rises with the number of risk factors present and interventions can then be targeted at the person\u2019s own risks. Carry each risk identified into this plan with the intervention written down.',
    'Triangulate with the other parts of the plan that relate to falls risk: mobility, nutrition, continence, functional ability, wellbeing, referrals from other professionals, diagnosed health conditions and medication. Follow the local falls pathway (in Hertfordshire, the Hertfordshire falls pathway) or the provider\u2019s equivalent, including what to do after a fall.',
  ],
  goodExample:
    'I walk around my flat with my walking frame and I can stand up from my armchair by myself if it has its raised cushion on. I get unsteady when I am tired in the evening, so at the teatime visit please walk beside me to the bathroom on my left side. I would like to be able to walk to the shop at the end of the road again: my physiotherapist has given me exercises, and I practise walking to the front gate and back with a care professional on Mondays and Thursdays. If I fall, do not lift me: check me for injury, make me comfortable and follow the falls procedure.',
  checklists: [
    {
      key: 'activities',
      title: 'Activities',
      items: [
        { key: 'get_into_bath_or_shower', label: 'Get into the bath/shower' },
        { key: 'get_out_of_bath_or_shower', label: 'Get out from the bath/shower' },
        { key: 'weight_bear', label: 'Able to weight bear' },
        { key: 'standing_up', label: 'Standing up' },
        { key: 'sitting_down', label: 'Sitting down' },
        { key: 'lying_down', label: 'Lying down' },
        { key: 'sitting_up', label: 'Sitting up' },
        { key: 'moving_in_bed', label: 'Moving around in bed' },
        { key: 'moving_on_even_surfaces', label: 'Moving on even surfaces' },
        { key: 'moving_on_uneven_surfaces', label: 'Moving on uneven surfaces' },
        { key: 'use_of_stairs', label: 'Use of stairs' },
        { key: 'use_of_steps', label: 'Use of steps' },
        { key: 'moving_around_my_home', label: 'Moving around my home' },
        { key: 'moving_outside', label: 'Moving outside (community, garden)' },
        { key: 'other', label: 'Other' },
      ],
    },
    {
      key: 'equipment',
      title: 'Mobility equipment',
      items: [
        { key: 'hoist', label: 'Hoist' },
        { key: 'slings', label: 'Slings' },
        { key: 'standing_hoist', label: 'Standing hoist' },
        { key: 'ceiling_hoist', label: 'Ceiling hoist' },
        { key: 'rota_stand', label: 'Rota stand' },
        { key: 'slide_sheet', label: 'Slide sheet' },
        { key: 'rota_stand_belt', label: 'Belt for rotary stand' },
        { key: 'profiling_bed', label: 'Hospital (profile) bed' },
        { key: 'bedrails', label: 'Bedrails' },
        { key: 'walking_frame', label: 'Walking frame' },
        { key: 'walk_in_shower', label: 'Walk-in shower' },
        { key: 'recliner_chair', label: 'Recliner chair' },
        { key: 'wheelchair', label: 'Wheelchair' },
        { key: 'sliding_board', label: 'Sliding board' },
        { key: 'shower_chair', label: 'Shower chair' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    { key: 'concerns', label: 'My concerns or issues with mobility' },
    {
      key: 'how_i_could_improve',
      label: 'How I could improve my mobility',
      hint: 'Goals to improve it, not only to maintain it, and the actions that will help.',
    },
    { key: 'how_far_i_can_mobilise', label: 'How far I can move around, and how I practise with staff' },
    {
      key: 'referral_needed',
      label: 'Do I need a referral for equipment or extra equipment?',
      hint: 'Yes or no; if yes, who to and when it was made.',
    },
    { key: 'care_in_bed_times', label: 'If I am cared for in bed, the times I need support', hint: 'am, lunch, teatime and pm.' },
    {
      key: 'falls_risk_assessment',
      label: 'My falls risk assessment',
      hint: 'When it was done, the risks it found, and the intervention for each one.',
    },
    { key: 'falls_prevention', label: 'What helps keep me safe from falls' },
    {
      key: 'after_a_fall',
      label: 'What to do if I fall',
      hint: 'The falls pathway or post-fall procedure to follow, and who to contact.',
    },
  ],
  source: toolkitPages.mobility,
};
