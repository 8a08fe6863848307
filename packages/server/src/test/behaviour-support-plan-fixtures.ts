// Behaviour support plan bodies as the form sends them, for the route tests and the access matrix.
import { addDays } from '@hearth/core';

export const bspEscort = {
  id: 'escort',
  kind: 'physical',
  whatStaffDo: 'Two trained staff walk beside him, each guiding an elbow, to his room.',
  onlyWhen: 'Only when he is hitting out and every step above has been tried.',
};

/** A complete plan; `withEscort` adds a physical intervention allowed as a last resort, and its reduction plan. */
export function bspContentBody(overrides: { marker?: string; withEscort?: boolean } = {}): Record<string, unknown> {
  const marker = overrides.marker ?? '';
  return {
    profile: {
      aboutMe: `I was a joiner for forty years. ${marker}`.trim(),
      goodDay: 'A walk round the garden, a brew and the brass band on the radio.',
      communication: 'Short sentences, one thing at a time, and let me finish.',
      preferences: 'Woodwork magazines. Not loud rooms.',
    },
    behaviours: [
      {
        id: 'leaving',
        name: 'Trying to leave to collect the children',
        looksLike: 'Stands at the front door pulling the handle and calling for the children.',
        frequency: 'Most afternoons',
        duration: '10 to 30 minutes',
        intensity: 'Raises his voice; once pushed past staff',
      },
    ],
    functionalAssessment: [
      {
        id: 'leaving-function',
        behaviourId: 'leaving',
        functions: ['escape'],
        whatItAchieves: 'Gets him out of the busy lounge at school-run time.',
        evidence: 'ABC records over six weeks: most incidents between 15:00 and 17:00.',
      },
    ],
    primaryPrevention: {
      meetingNeeds: 'A job to do at 15:00.',
      environment: 'The quiet lounge after lunch.',
      skills: 'Sanding small pieces in the activity room.',
    },
    secondaryStrategies: [
      { id: 'watch', sign: 'Checks his watch and asks the time', whatToDo: 'Tell him the children are safe with Jean.' },
    ],
    reactiveStrategies: {
      steps: [
        { id: 'walk', whatToDo: 'Walk with him, side by side, and talk about the children.' },
        { id: 'space', whatToDo: 'Give him space in the corridor and stay where he can see you.' },
      ],
      neverDo: 'Never block the door or tell him the children are grown up.',
      restrictivePractices: overrides.withEscort ? [bspEscort] : [],
    },
    postIncidentSupport: { person: 'A brew and quiet time in his room.', staff: 'Debrief with the senior on shift.' },
    reductionPlan: overrides.withEscort ? 'Aim for no escorts within three months; reviewed monthly.' : null,
  };
}

export function bspSaveBody(
  today: string,
  basedOnVersion: number | null,
  overrides: { marker?: string; withEscort?: boolean; changeReason?: string } = {},
): Record<string, unknown> {
  return {
    basedOnVersion,
    changeReason:
      overrides.changeReason ?? (basedOnVersion === null ? 'First plan after the functional assessment' : 'Changed after review'),
    reviewBy: addDays(today, 180),
    content: bspContentBody(overrides),
  };
}

export function bspAgreementBody(today: string): Record<string, unknown> {
  return {
    agreement: {
      agreedOn: today,
      personAgreed: true,
      representatives: [{ name: 'Jean Whitaker', relationship: 'Daughter' }],
      howPersonTookPart: 'Went through it with Grace over a brew in the quiet lounge',
      personsWords: 'That is me, that is.',
    },
  };
}

export function bspReviewBody(today: string): Record<string, unknown> {
  return {
    review: {
      reviewedOn: today,
      whoTookPart: 'Stan, Jean and Grace',
      findings: 'Fewer incidents since the afternoon job started.',
      restrictivePracticeUse: null,
      outcome: 'no_change',
      personsWords: null,
    },
    nextReviewBy: addDays(today, 90),
  };
}
