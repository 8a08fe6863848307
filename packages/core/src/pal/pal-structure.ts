// The shape of the PAL (Pool Activity Level) checklist: its nine activities in order, its four levels and what each
// level means for supporting the person. Hearth ships this structure only, never the checklist's statement text.

/** The nine activities of the checklist, in the order they are asked. */
export const palActivities = [
  'bathing_washing',
  'getting_dressed',
  'eating',
  'contact_with_others',
  'groupwork_skills',
  'communication_skills',
  'practical_activities',
  'use_of_objects',
  'newspaper_magazine',
] as const;
export type PalActivity = (typeof palActivities)[number];

export const palActivityNames: Record<PalActivity, string> = {
  bathing_washing: 'Bathing/washing',
  getting_dressed: 'Getting dressed',
  eating: 'Eating',
  contact_with_others: 'Contact with others',
  groupwork_skills: 'Groupwork skills',
  communication_skills: 'Communication skills',
  practical_activities: 'Practical activities',
  use_of_objects: 'Use of objects',
  newspaper_magazine: 'Looking at a newspaper/magazine',
};

/** The four levels, from the most able to the least; the checklist's columns in this order. */
export const palLevels = ['planned', 'exploratory', 'sensory', 'reflex'] as const;
export type PalLevel = (typeof palLevels)[number];

export const palLevelNames: Record<PalLevel, string> = {
  planned: 'Planned',
  exploratory: 'Exploratory',
  sensory: 'Sensory',
  reflex: 'Reflex',
};

/** The letter heading each column on the paper checklist. */
export const palLevelLetters: Record<PalLevel, string> = {
  planned: 'P',
  exploratory: 'E',
  sensory: 'S',
  reflex: 'R',
};

/** What each level means for the people supporting the person, in one plain line. */
export const palLevelDescriptions: Record<PalLevel, string> = {
  planned:
    'Can work towards a goal and carry out a familiar task step by step; may need help to solve problems when something goes wrong.',
  exploratory:
    'Enjoys the doing more than the result: offer short, simple activities with no fixed outcome, and one or two steps at a time.',
  sensory:
    'Responds most to what they can feel, hear, see, smell and taste: offer one-step prompts and activities that engage the senses.',
  reflex:
    'Responds mainly by reflex to what is close to them: offer calm, one-to-one contact through touch, voice and gentle movement.',
};

/** How the checklist is filled in, shown above it. */
export const palChecklistGuidance =
  'Think about how the person has managed over the last 2 weeks. For each activity, tick exactly one statement: if you are unsure, choose the one that describes their average performance.';
