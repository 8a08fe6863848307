// Culture, faith, identity and relationships, which the toolkit spreads across several pages rather than giving one of its own.
import type { SectionDefinition } from '../section-definition.js';

export const cultureReligionIdentityAndRelationships: SectionDefinition = {
  key: 'culture_religion_identity_and_relationships',
  title: 'My culture, faith, identity and relationships',
  purpose: 'Who I am, what I believe, the people and relationships that matter to me, and how my support respects them.',
  guidance: [
    'Plans are read by other professionals and by families, so the language must be respectful and factual, not subjective, and meet equality, diversity and inclusion standards. Record any equality and diversity adjustments the person needs, or that none are needed.',
    'Record the person\u2019s culture, heritage, language and faith, and what these mean for their day-to-day support: prayer times and the space or equipment for prayer, religious festivals and holy days, and days of significance such as Pride. Link to the one-page profile, which records events or days of specific significance.',
    'Carry these through the plan: cultural or religious aspects of personal care (for example washing in a particular way, or the gender of the care professional), religious and cultural dietary needs in nutrition, observance in community access, and wishes around dying and after death in advance care planning.',
    'Record only what the person chooses to share about their identity, such as how they describe their gender, their pronouns and their sexual orientation, and who may know it. Do not assume; ask. A person\u2019s identity is theirs to share.',
    'Record the relationships that matter to the person (partner, family, friends, pets, faith or community groups) and how they want to be supported to keep them, including privacy for visits, and intimacy and sexuality where the person wants support or privacy. Support the person to make their own decisions about relationships, following the Mental Capacity Act where there is doubt about capacity for a particular decision.',
  ],
  goodExample:
    'I am a practising Sikh. I wear my kara and keep my hair uncut; please never cut my hair or beard, and help me tie my patka each morning. I pray in the morning and evening and like quiet time for this. I eat a vegetarian diet. Vaisakhi and Diwali are important to me and I would like to go to the gurdwara with my family on those days. My wife Harjit died two years ago. My granddaughter Simran visits on Sundays and I like privacy with her in my room.',
  checklists: [],
  prompts: [
    {
      key: 'culture_and_heritage',
      label: 'My culture and heritage',
      hint: 'Including my first language and what I would like people to know.',
    },
    {
      key: 'faith_and_practice',
      label: 'My faith or beliefs, and how I practise them',
      hint: 'Prayer times, holy days, festivals, places of worship, faith leaders.',
    },
    {
      key: 'days_of_significance',
      label: 'Days of significance to me',
      hint: 'For example religious festivals, anniversaries, or days such as Pride.',
    },
    {
      key: 'identity',
      label: 'How I describe myself',
      hint: 'Only what I choose to share: for example my gender, pronouns and sexual orientation, and who may know.',
    },
    { key: 'relationships', label: 'The relationships that matter to me, and how I want to keep them' },
    { key: 'intimacy_and_privacy', label: 'Privacy, intimacy and sexuality', hint: 'Only where I want support or privacy.' },
    {
      key: 'equality_and_diversity_adjustments',
      label: 'Equality and diversity adjustments I need',
      hint: 'Or say none are needed.',
    },
  ],
  source:
    'Hearth default, after the toolkit\u2019s EEDI guidance and the identity items on its one-page profile, community access, personal care and nutrition pages',
};
