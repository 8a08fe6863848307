// Request bodies for capacity tests: a complete signed assessment finding a lack of capacity, one finding capacity,
// and a best-interests decision resting on an assessment. Override any field.
const can = (evidence: string) => ({ answer: 'can', evidence });
const cannot = (evidence: string) => ({ answer: 'cannot', evidence });

/** Every part of the two-stage test recorded, concluding the person lacks capacity for the decision. */
export function lacksCapacityBody(assessedOn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    decision: 'Whether to take her medicines from a locked cupboard managed by care staff',
    decisionKey: 'medication',
    sectionKeys: ['medication'],
    assessedOn,
    assessor: { name: 'Sam Senior', role: 'Senior carer' },
    practicableSteps: {
      kinds: ['information_in_their_format', 'best_time_of_day', 'people_they_trust_present'],
      detail: 'Pictures of each tablet, after breakfast, with her son there',
    },
    stageOne: { impairment: 'yes', evidence: 'Diagnosed with Alzheimer\u2019s disease by the memory clinic' },
    stageTwo: {
      understand: can('Explained back what the tablets are for'),
      retain: cannot('Ten minutes later did not remember the conversation, on three visits'),
      useOrWeigh: cannot('Could not weigh missing doses against side effects'),
      communicate: can('Told us clearly what she wanted'),
    },
    causalLink: { answer: 'yes', explanation: 'The memory loss from her dementia is why she cannot retain the information' },
    outcome: 'lacks_capacity',
    fluctuates: false,
    personsWords: 'I just want to keep my routine',
    ...overrides,
  };
}

/** No impairment of the mind or brain: the assessment stops after stage 1 and finds capacity. */
export function hasCapacityBody(assessedOn: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    decision: 'Whether to take her medicines from a locked cupboard managed by care staff',
    decisionKey: 'medication',
    assessedOn,
    assessor: { name: 'Sam Senior', role: 'Senior carer' },
    practicableSteps: { kinds: [] },
    stageOne: { impairment: 'no' },
    outcome: 'has_capacity',
    fluctuates: false,
    ...overrides,
  };
}

export function bestInterestsDecisionBody(
  assessmentId: string,
  decidedOn: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    decision: 'Whether to take her medicines from a locked cupboard managed by care staff',
    decisionKey: 'medication',
    assessmentId,
    decidedOn,
    decisionMaker: { name: 'Mo Manager', role: 'Registered manager' },
    notBasedOnAppearance: true,
    relevantCircumstances: 'Missed doses twice last month; her GP has reviewed the medicines',
    regainCapacity: { outlook: 'unlikely', detail: 'Her dementia is progressing' },
    canWait: false,
    whyNotWait: 'Missed doses of her heart medicine put her at risk now',
    participation: 'We showed her pictures of each tablet and asked what she would like',
    wishesFeelingsBeliefsValues: 'She has always valued doing things for herself',
    lifeSustainingTreatment: false,
    consulted: [{ name: 'Ray Clarke', relationship: 'family', views: 'Agrees staff should keep the medicines safe' }],
    lessRestrictiveOptions: [{ option: 'A dosette box with reminders', assessment: 'Tried for a month; doses still missed' }],
    decisionMade: 'Staff keep her medicines in a locked cupboard and prompt her at each visit, in her routine',
    sectionKeys: ['medication'],
    ...overrides,
  };
}
