// Where the training and competence pages live, under the organisation's training overview.
import { organisationBehaviourSupportPaths } from '../behaviour-support/paths';

const base = organisationBehaviourSupportPaths.training;

export const trainingPaths = {
  overview: base,
  staff: (staffId: string) => `${base}/${staffId}`,
  newRecord: (staffId: string, replaces?: string) => `${base}/${staffId}/records/new${replaces ? `?replaces=${replaces}` : ''}`,
  newCompetence: (staffId: string) => `${base}/${staffId}/competence/new`,
  newObservation: (staffId: string) => `${base}/${staffId}/observation/new`,
  check: (staffId: string, checkId: string) => `${base}/${staffId}/checks/${checkId}`,
};
