// Community access and engagement: how the person takes part in community life, and the support they need to.
import type { SectionDefinition } from '../section-definition.js';
import { toolkitPages } from './toolkit-pages.js';

export const communityAccessAndEngagement: SectionDefinition = {
  key: 'community_access_and_engagement',
  title: 'Getting out and about, and my interests',
  purpose: 'How I would like to take part in my community, the things I enjoy, and the support I need to do them.',
  guidance: [
    'Discuss with the person how they would like to access their community. The check list prompts that discussion and decides how much support is needed, if any. The content will vary a lot with the person\u2019s condition, level of need and care setting.',
    'All plans should support Connected Lives outcomes: choice, independence, enablement and citizenship, maximising the person\u2019s control over their life.',
    'Give a detailed plan: specify the days and times, and who carries out each task (family, support workers, friends and so on). For community services or facilities used, give the day and time, how often, and who supports. Record the types of activity the person takes part in, daily or weekly.',
    'Record the person\u2019s desired outcomes in their own voice, and detail how each will be met and what or who needs to be involved: \u201cI would like to be able to go to church on a Sunday and have a care professional or family member assist me\u201d, rather than \u201cIncrease social inclusion\u201d.',
    'Include religious festivals, holy days and prayer times, and days of significance such as Pride, where they matter to the person.',
  ],
  goodExample:
    'I would like to be able to go to church on a Sunday and have a care professional or family member assist me. On a Wednesday I would like my care professional to attend one hour earlier to ensure I am ready in time to attend my lunch club at 11:30; the club minibus picks me up and brings me home. My son takes me to the garden centre on the first Saturday of each month. I use my wheelchair outside and need someone to push me up kerbs.',
  checklists: [
    {
      key: 'community_access',
      title: 'Community access',
      items: [
        { key: 'community_services_and_facilities', label: 'Accessing community services and facilities' },
        { key: 'religious_observance', label: 'Access to religious festivals / observance of holy days / prayer time' },
        { key: 'days_of_significance', label: 'Days of significance such as Pride' },
        { key: 'public_transport', label: 'Using public transport' },
        { key: 'walking_to_places', label: 'Walking to places' },
        { key: 'road_safety', label: 'Awareness of road safety' },
        { key: 'attending_events', label: 'Attending events' },
        { key: 'visiting_friends_and_family', label: 'Visiting friends and family' },
        { key: 'getting_transport', label: 'Getting transport for myself' },
        { key: 'using_stairs', label: 'Using stairs' },
        { key: 'direction_skills', label: 'Have good direction skills' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    { key: 'activity_plan', label: 'My community activities: days, times and who supports me' },
    {
      key: 'services_and_facilities',
      label: 'Community services or facilities I use',
      hint: 'Day and time, how often, and who supports me.',
    },
    { key: 'regular_activities', label: 'Activities I take part in each day or week' },
    { key: 'interests', label: 'My interests and hobbies, and things I would like to try' },
    { key: 'getting_there', label: 'How I get there', hint: 'Transport, mobility aids and any help I need on the way.' },
  ],
  source: toolkitPages.communityAccess,
};
