// Where the capacity pages live, under the person.
const person = (personId: string) => `/people/${personId}`;

export const capacityPath = (personId: string) => `${person(personId)}/capacity`;

export const newAssessmentPath = (personId: string, supersedes?: string) =>
  `${capacityPath(personId)}/assessments/new${supersedes ? `?${new URLSearchParams({ supersedes }).toString()}` : ''}`;

/** A new assessment of a decision Hearth acts on (say, `sharing`): the decision is filled in and its key kept. */
export const assessKnownDecisionPath = (personId: string, decisionKey: string) =>
  `${capacityPath(personId)}/assessments/new?${new URLSearchParams({ decision: decisionKey }).toString()}`;

export const newBestInterestsPath = (personId: string, assessmentId: string) =>
  `${capacityPath(personId)}/assessments/${assessmentId}/best-interests/new`;

/** Legal authority, consent and the advance care plan have their own page. */
export const capacityRecordsPath = (personId: string) => `${person(personId)}/capacity-records`;
