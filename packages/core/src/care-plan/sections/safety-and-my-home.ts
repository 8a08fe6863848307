// Safety and the home: getting in, key safe, hazards and emergencies. Entry codes stay in the person's access details.
import type { SectionDefinition } from '../section-definition.js';

export const safetyAndMyHome: SectionDefinition = {
  key: 'safety_and_my_home',
  title: 'Staying safe in my home',
  purpose: 'How staff get into my home, how to leave it secure, and how to keep me and my home safe.',
  guidance: [
    'Record how care staff get into the person\u2019s home and how to leave it secure: knocking and waiting, a key safe, a door entry system, or keys held by the service. Never write a key safe code or door code in the plan: it is kept in the person\u2019s access details, which only staff working in their service can see.',
    'Record what to do if there is no answer at a planned visit: who to call, in what order, and when to call emergency services. Put the steps in the contingency plans section.',
    'Describe the home environment and its risks, and what reduces each one: trip hazards, lighting, stairs, pets, smoking, oxygen, the cooker and heating. Record where the stopcock, fuse box, and gas and electricity meters are.',
    'Record fire safety: working smoke alarms, how the person would get out, and whether a home fire safety visit from the fire and rescue service has been offered. Emollient creams soaked into clothing or bedding, smoking and oxygen all raise fire risk.',
    'Record any telecare or technology (pendant alarm, falls or door sensors, medication dispenser): who responds to an alert, and who checks that it works.',
    'Record the person\u2019s own view of risk. People have the right to take risks that matter to them; record the discussion, the agreed balance between safety and choice, and, where there is doubt about capacity, the capacity assessment for that decision.',
  ],
  goodExample:
    'Please let yourself in with the key from my key safe by the front door (the office will give you the code) and call \u201chello, it\u2019s your carer\u201d as you come in so I know who it is. When you leave, please put the key back, lock the key safe and check the front door is locked. My cat Moss likes to get under feet, so please look where you step. I smoke in the garden, not indoors. If I do not answer, please phone the office straight away; my neighbour Pat at number 12 has a spare key.',
  checklists: [
    {
      key: 'staying_safe_at_home',
      title: 'Staying safe at home',
      items: [
        { key: 'letting_people_in', label: 'Letting people into my home' },
        { key: 'locking_up', label: 'Locking my doors and windows' },
        { key: 'using_my_key_safe', label: 'Using my key safe' },
        { key: 'using_my_alarm', label: 'Using my pendant alarm or telecare' },
        { key: 'using_the_cooker', label: 'Using the cooker and kitchen appliances safely' },
        { key: 'heating_my_home', label: 'Keeping my home warm' },
        { key: 'fire_safety', label: 'Knowing what to do if there is a fire' },
        { key: 'keeping_floors_clear', label: 'Keeping my floors clear of trip hazards' },
        { key: 'looking_after_pets', label: 'Looking after my pets' },
        { key: 'other', label: 'Other' },
      ],
    },
  ],
  prompts: [
    {
      key: 'access_to_my_home',
      label: 'How staff get into my home, and how to leave it secure',
      hint: 'Do not write any key safe or door code here: it is held in my access details.',
    },
    { key: 'no_answer', label: 'If I do not answer the door', hint: 'Who to call and in what order.' },
    { key: 'hazards', label: 'Risks in my home, and what reduces them' },
    { key: 'utilities', label: 'Where my stopcock, fuse box and meters are' },
    { key: 'fire_safety', label: 'Fire safety', hint: 'Smoke alarms, how I would get out, and any home fire safety visit.' },
    { key: 'pets', label: 'My pets and how to keep them and staff safe' },
    { key: 'technology', label: 'Telecare and alarms, and who responds' },
    { key: 'risks_i_choose', label: 'Risks I choose to take, and what we agreed' },
  ],
  source:
    'Hearth default, after the toolkit\u2019s one-page profile item \u201cAccess to the client\u2019s home\u201d and its general guidance',
};
