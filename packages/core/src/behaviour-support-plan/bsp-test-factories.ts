// A complete behaviour support plan for tests, with overrides per section.
import { bspContentSchema, type BspContent, type BspContentInput } from './bsp-content.js';

export function buildBspContentInput(overrides: Partial<BspContentInput> = {}): BspContentInput {
  return {
    profile: {
      aboutMe: 'I was a joiner. I live at Oak House.',
      goodDay: 'A walk in the garden, a brew and the brass band on the radio.',
      communication: 'Short sentences, one thing at a time.',
      preferences: 'I like woodwork magazines. I do not like loud rooms.',
    },
    behaviours: [
      {
        id: 'b1',
        name: 'Trying to leave to fetch the children',
        looksLike: 'Stands by the front door, pulls the handle and calls for the children.',
        frequency: 'Most afternoons',
        duration: '10 to 30 minutes',
        intensity: 'Raises his voice; has pushed past staff once',
      },
    ],
    functionalAssessment: [
      {
        id: 'f1',
        behaviourId: 'b1',
        functions: ['escape'],
        whatItAchieves: 'Gets away from a busy lounge at tea time.',
        evidence: 'ABC records over six weeks: 18 of 21 incidents between 15:00 and 17:00.',
      },
    ],
    primaryPrevention: {
      meetingNeeds: 'A job to do at 15:00.',
      environment: 'The quiet lounge after lunch.',
      skills: 'Sanding and varnishing small pieces.',
    },
    secondaryStrategies: [
      { id: 's1', sign: 'Checks his watch and asks the time', whatToDo: 'Tell him the children are safe with Jean.' },
    ],
    reactiveStrategies: {
      steps: [{ id: 'r1', whatToDo: 'Walk with him, side by side, and talk about the children.' }],
      neverDo: 'Never block the door or tell him the children are grown up.',
      restrictivePractices: [],
    },
    postIncidentSupport: { person: 'A brew and quiet time.', staff: 'Debrief with the senior on shift.' },
    reductionPlan: null,
    ...overrides,
  };
}

export function buildBspContent(overrides: Partial<BspContentInput> = {}): BspContent {
  return bspContentSchema.parse(buildBspContentInput(overrides));
}
