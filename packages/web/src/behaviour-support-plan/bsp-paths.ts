// The behaviour support plan's pages, under the person's behaviour support plan path.
import { behaviourSupportPaths } from '../behaviour-support/paths';

export const bspPaths = {
  plan: behaviourSupportPaths.plan,
  edit: (personId: string) => `${behaviourSupportPaths.plan(personId)}/edit`,
  agree: (personId: string) => `${behaviourSupportPaths.plan(personId)}/agree`,
  review: (personId: string) => `${behaviourSupportPaths.plan(personId)}/review`,
  version: (personId: string, version: number) => `${behaviourSupportPaths.plan(personId)}/versions/${version}`,
  /** A section of the care and support plan, by the id its heading carries on the plan page. */
  carePlanSection: (personId: string, sectionKey: string) => `/people/${personId}/plan#section-${sectionKey}`,
};

/** What the plan page says after a change, passed in the navigation's state. */
export interface BspPageState {
  saved?: 'version' | 'agreement' | 'review';
  version?: number;
}
