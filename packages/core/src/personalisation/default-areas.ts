// The areas of personalised care a care home looks at in its self-assessment, as Hearth ships them. A provider
// may rename, reword, add or retire areas; these are what it starts from (version 0).
import type { PersonalisationArea } from './areas.js';

export const defaultPersonalisationAreas: readonly PersonalisationArea[] = [
  {
    id: 'knowing_the_person',
    title: 'Knowing the person and their life story',
    description: 'Staff know each resident as a person: their history, what matters to them, their routines and how they like things done.',
    whatGoodLooksLike: [
      'Could any member of staff tell you three things that matter to a resident they support?',
      'Are life stories written with the person and their family, and used day to day, not just filed?',
      'Do new staff learn about people before they first support them?',
    ],
    retired: false,
  },
  {
    id: 'choice_and_control',
    title: 'Choice and control in daily life',
    description: 'Residents decide how their day goes: when they get up and go to bed, what they wear, where they spend their time.',
    whatGoodLooksLike: [
      'Do routines bend to the person, or does the person fit the shift pattern?',
      'Are people asked, in a way that works for them, rather than decided for?',
      'Are risks talked through with the person rather than used as a reason to say no?',
    ],
    retired: false,
  },
  {
    id: 'meaningful_activity',
    title: 'Meaningful activity and occupation',
    description: 'People spend their days doing things they value, alone or together, including everyday tasks they want to keep doing.',
    whatGoodLooksLike: [
      'Are activities built on what people have enjoyed in their lives, not only on a group timetable?',
      'Can people help with everyday jobs such as laying tables, gardening or folding laundry if they wish?',
      'Is there something to do for people who stay in their rooms?',
    ],
    retired: false,
  },
  {
    id: 'relationships_and_community',
    title: 'Relationships with family, friends and community',
    description: 'People keep up the relationships that matter to them and stay part of their wider community.',
    whatGoodLooksLike: [
      'Do families and friends feel welcome at any reasonable time, and involved if the person wants them to be?',
      'Are people supported to keep going to places and groups they belonged to before moving in?',
      'Do local groups, schools or faith communities come into the home?',
    ],
    retired: false,
  },
  {
    id: 'food_and_mealtimes',
    title: 'Food and mealtimes',
    description: 'Meals are something to look forward to: food people like, eaten when, where and with whom they choose.',
    whatGoodLooksLike: [
      'Do menus reflect people\u2019s tastes, culture and faith, and change when they ask?',
      'Can people eat at a different time or place, or have a snack whenever they want one?',
      'Is help with eating given with patience and dignity?',
    ],
    retired: false,
  },
  {
    id: 'home_environment',
    title: 'A home that feels like home',
    description: 'The building and each room feel like somewhere people live, not a workplace: personal, comfortable and easy to find the way around.',
    whatGoodLooksLike: [
      'Have people brought their own furniture, pictures and belongings, and chosen how their room looks?',
      'Are shared spaces set out for living rather than for the convenience of staff?',
      'Can people get outside when they want to?',
    ],
    retired: false,
  },
  {
    id: 'health_wellbeing_end_of_life',
    title: 'Health, wellbeing and end of life wishes',
    description: 'People are supported to stay as well as they can, and their wishes for the end of their life are known and respected.',
    whatGoodLooksLike: [
      'Are people\u2019s wishes about where and how they are cared for at the end of life written down with them, and reviewed?',
      'Do staff notice changes in mood, pain or health and act on them promptly?',
      'Is emotional wellbeing given as much attention as physical health?',
    ],
    retired: false,
  },
  {
    id: 'residents_say',
    title: 'Residents\u2019 say in how the home is run',
    description: 'Residents and their families shape decisions about the home, and can see what changed because they spoke up.',
    whatGoodLooksLike: [
      'Are residents involved in things like menus, activities, decoration and choosing new staff?',
      'Is feedback asked for in ways that work for people who do not come to meetings?',
      'Is there a clear "you said, we did" so people know they were heard?',
    ],
    retired: false,
  },
  {
    id: 'staff_culture_and_leadership',
    title: 'Staff culture, leadership and support',
    description: 'Staff are trusted, supported and led to work in a person-centred way, and have the time and confidence to do it.',
    whatGoodLooksLike: [
      'Do managers show person-centred practice themselves, and notice when staff do it well?',
      'Can staff use their judgement to say yes to people, without needing permission each time?',
      'Do supervision, training and handovers talk about people as individuals, not only tasks?',
    ],
    retired: false,
  },
];
