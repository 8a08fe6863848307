// Eating and drinking: dietary needs, preferences, screening and charts; the toolkit's nutrition page has no check list.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const nutritionAndHydration: SectionDefinition = {
  key: 'nutrition_and_hydration',
  title: 'My eating and drinking',
  purpose:
    'What I like and need to eat and drink, the support I need, and how risks of malnutrition and dehydration are managed.',
  guidance: [
    'People must have adequate nutrition and hydration to sustain life and good health, and to reduce the risk of malnutrition and dehydration.',
    'Capture the person\u2019s dietary requirements. You may include liked and disliked foods relevant to the visit time. Consider religious and cultural needs where relevant.',
    'Dietary information must be accessible to kitchen staff. If it is kept on paper, keep it confidential where visitors or residents can get into the kitchen. Depending on the service, signpost to a weekly menu or meal plan co-produced with the person\u2019s preferences.',
    'Weight and fluid charts must be in place where required; if unsure, ask the GP or a specialist such as a dietitian. Define why each chart is kept, what is done with it, its purpose and how long it will run: government guidance is 3 to 5 days at most for a fluid chart. People can complete their own fluid charts, which helps them see their intake.',
    'Food first: use nutrient-rich food in place of medication and supplements wherever possible. Where supplements are prescribed, record the clinical instruction.',
    'Malnutrition: complete a MUST (Malnutrition Universal Screening Tool) score where needed and follow its actions; CQC looks for evidence of nutrition screening. Staff must understand MUST, because electronic systems can mislead, and audits of MUST must cover every part of the tool, be done by someone familiar with the service and follow national guidance.',
    'Dehydration and urinary tract infections: assume everyone is at risk of dehydration, and record how the person likes to drink and how much. Record any other risks, such as choking or swallowing difficulties (with the texture and drink consistency recommended by a speech and language therapist) and diabetes, with what staff must do.',
  ],
  goodExample:
    'I am vegetarian and I do not eat eggs. I have a small appetite, so I prefer a small meal and a pudding rather than one big plate. At lunch I like soup and a sandwich, and I always have my main meal at teatime. I only drink tea (milk, no sugar) and blackcurrant squash, and I forget to drink when I am busy: please make me a tea at every visit and leave a full jug of squash and a glass by my chair. I would like to get back to the weight I was before my operation.',
  checklists: [
    {
      key: 'eating_and_drinking',
      title: 'Eating and drinking',
      items: [
        { key: 'plan_my_meals', label: 'Plan my meals' },
        { key: 'shop_for_food', label: 'Shop for food' },
        { key: 'prepare_and_cook_meals', label: 'Prepare and cook my meals' },
        { key: 'make_drinks', label: 'Make hot and cold drinks' },
        { key: 'cut_up_food', label: 'Cut up my food' },
        { key: 'eat_my_meals', label: 'Eat my meals' },
        { key: 'drink_enough', label: 'Drink enough through the day' },
        { key: 'adapted_cutlery_and_cups', label: 'Use adapted cutlery, plates or cups' },
        { key: 'store_food_safely', label: 'Store food safely and check use-by dates' },
        { key: 'clear_up', label: 'Clear up after meals' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    {
      key: 'dietary_requirements',
      label: 'My dietary requirements',
      hint: 'Including allergies and intolerances, and religious or cultural needs (or none).',
    },
    { key: 'likes_and_dislikes', label: 'Foods and drinks I like and dislike', hint: 'Relevant to each visit time.' },
    {
      key: 'how_i_like_my_meals',
      label: 'How and where I like to eat',
      hint: 'Times, portion size, where I sit, who I eat with.',
    },
    {
      key: 'drinks',
      label: 'What I like to drink, and how much',
      hint: 'How to help me drink enough, and the signs of dehydration or a urine infection to report.',
    },
    {
      key: 'swallowing',
      label: 'Swallowing and choking risks',
      hint: 'Recommended food texture and drink consistency, and who recommended it.',
    },
    { key: 'screening', label: 'My nutrition screening (MUST)', hint: 'Score, date, and the actions it requires.' },
    {
      key: 'charts',
      label: 'Weight or fluid charts in place',
      hint: 'Why each is kept, what is done with it, and its start and end dates.',
    },
    { key: 'supplements', label: 'Supplements, and how food first was considered' },
    { key: 'menu_and_kitchen', label: 'Where my menu and dietary information for the kitchen are kept' },
  ],
  source: `Hearth default check list, with guidance from the toolkit\u2019s nutrition page: ${toolkitPages.nutrition}`,
};
