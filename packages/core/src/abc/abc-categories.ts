// The short lists an ABC record is counted by: what came just before (antecedent), what followed (consequence),
// setting events (HELP), how intense it was, and the four functions behaviour commonly serves, with which categories
// point to which function and why.

export const abcAntecedentCategories = [
  'demand',
  'change_of_routine',
  'wanted_not_available',
  'left_alone',
  'noise_or_busy',
  'discomfort',
  'other',
] as const;
export type AbcAntecedentCategory = (typeof abcAntecedentCategories)[number];

export const abcAntecedentLabels: Record<AbcAntecedentCategory, string> = {
  demand: 'A request or demand',
  change_of_routine: 'A change of routine or place',
  wanted_not_available: 'Something wanted was not available',
  left_alone: 'Left alone or little attention',
  noise_or_busy: 'Noise or a busy place',
  discomfort: 'Pain, hunger, tiredness or discomfort',
  other: 'Something else',
};

export const abcConsequenceCategories = [
  'attention_given',
  'task_stopped',
  'item_given',
  'given_space',
  'sensory_comfort',
  'redirected',
  'other',
] as const;
export type AbcConsequenceCategory = (typeof abcConsequenceCategories)[number];

export const abcConsequenceLabels: Record<AbcConsequenceCategory, string> = {
  attention_given: 'Attention given',
  task_stopped: 'The request or task stopped',
  item_given: 'Given the item or activity',
  given_space: 'Given space',
  sensory_comfort: 'Sensory comfort or activity',
  redirected: 'Redirected to something else',
  other: 'Something else',
};

/** Setting events, by the HELP prompt: things earlier or in the background that make behaviour more likely. */
export const abcSettingEventKinds = ['health', 'environment', 'life_events', 'psychiatric'] as const;
export type AbcSettingEventKind = (typeof abcSettingEventKinds)[number];

export const abcSettingEventLabels: Record<AbcSettingEventKind, string> = {
  health: 'Health: pain, illness, medication, sleep',
  environment: 'Environment: noise, heat, people, changes around them',
  life_events: 'Life events: a loss, a visit, an anniversary, a move',
  psychiatric: 'Mental health: anxiety, low mood, distress',
};

export const abcIntensityLabels: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: '1 – very low: a little different from usual',
  2: '2 – low: noticeable, settled quickly',
  3: '3 – moderate: needed support to settle',
  4: '4 – high: distressing for them or others',
  5: '5 – very high: a risk of harm to them or others',
};

export const abcFunctions = ['attention', 'escape', 'sensory', 'tangible'] as const;
export type AbcFunction = (typeof abcFunctions)[number];

export const abcFunctionLabels: Record<AbcFunction, string> = {
  attention: 'Attention or company',
  escape: 'Escape or avoidance',
  sensory: 'Sensory: getting or easing a feeling',
  tangible: 'Getting something wanted',
};

/** Completes "The behaviour may be a way of …": a possibility for the team to test, never a finding. */
export const abcFunctionMeanings: Record<AbcFunction, string> = {
  attention: 'getting company, reassurance or someone\u2019s attention',
  escape: 'getting away from, or avoiding, a request, a place or a situation',
  sensory: 'getting or easing a feeling, such as comfort, pain or too much going on',
  tangible: 'getting something wanted: an item, food, a person or an activity',
};

interface Pointer {
  function: AbcFunction | null;
  /** Why a category points where it does (or nowhere), shown beside the evidence. */
  why: string;
}

export const abcAntecedentPointers: Record<AbcAntecedentCategory, Pointer> = {
  demand: { function: 'escape', why: 'Behaviour after a request can be a way of avoiding it.' },
  change_of_routine: {
    function: null,
    why: 'A change of routine can come before behaviour for many reasons, so on its own it points to no one function.',
  },
  wanted_not_available: { function: 'tangible', why: 'Behaviour when something wanted is not there can be a way of getting it.' },
  left_alone: { function: 'attention', why: 'Behaviour when alone or with little attention can be a way of getting company.' },
  noise_or_busy: { function: 'escape', why: 'Behaviour in noise or a crowd can be a way of getting away from it.' },
  discomfort: { function: 'sensory', why: 'Behaviour in pain or discomfort can be a way of easing the feeling.' },
  other: { function: null, why: 'Something else points to no one function.' },
};

export const abcConsequencePointers: Record<AbcConsequenceCategory, Pointer> = {
  attention_given: { function: 'attention', why: 'When attention follows, the behaviour may be getting attention.' },
  task_stopped: { function: 'escape', why: 'When the request stops, the behaviour may be getting away from it.' },
  item_given: { function: 'tangible', why: 'When the item or activity is given, the behaviour may be getting it.' },
  given_space: { function: 'escape', why: 'When they are given space, the behaviour may be getting away from the situation.' },
  sensory_comfort: {
    function: 'sensory',
    why: 'When sensory comfort follows, the behaviour may be getting or easing a feeling.',
  },
  redirected: {
    function: null,
    why: 'Redirecting gives attention and something new at once, so on its own it points to no one function.',
  },
  other: { function: null, why: 'Something else points to no one function.' },
};
