// The toolkit sections Hearth seeds for every provider, in plan order. Providers may extend them with their own.
import type { SectionDefinition } from '../section-definition.js';
import { advanceCarePlanning } from './advance-care-planning.js';
import { behaviourSupport } from './behaviour-support.js';
import { communicationAndInformation } from './communication-and-information.js';
import { communityAccessAndEngagement } from './community-access-and-engagement.js';
import { contingencyPlans } from './contingency-plans.js';
import { cultureReligionIdentityAndRelationships } from './culture-religion-identity-and-relationships.js';
import { emotionalWellbeingAndMentalHealth } from './emotional-wellbeing-and-mental-health.js';
import { finances } from './finances.js';
import { healthAndWellbeing } from './health-and-wellbeing.js';
import { medication } from './medication.js';
import { mentalCapacityAndConsent } from './mental-capacity-and-consent.js';
import { mobilityAndFalls } from './mobility-and-falls.js';
import { nutritionAndHydration } from './nutrition-and-hydration.js';
import { onePageProfile } from './one-page-profile.js';
import { personalCare } from './personal-care.js';
import { safetyAndMyHome } from './safety-and-my-home.js';
import { skinIntegrity } from './skin-integrity.js';
import { sleepAndNightTime } from './sleep-and-night-time.js';
import { visitsAndSupport } from './visits-and-support.js';

export {
  advanceCarePlanning,
  behaviourSupport,
  communicationAndInformation,
  communityAccessAndEngagement,
  contingencyPlans,
  cultureReligionIdentityAndRelationships,
  emotionalWellbeingAndMentalHealth,
  finances,
  healthAndWellbeing,
  medication,
  mentalCapacityAndConsent,
  mobilityAndFalls,
  nutritionAndHydration,
  onePageProfile,
  personalCare,
  safetyAndMyHome,
  skinIntegrity,
  sleepAndNightTime,
  visitsAndSupport,
};
export { toolkitPages } from './toolkit-pages.js';

export const toolkitSections: readonly SectionDefinition[] = [
  onePageProfile,
  visitsAndSupport,
  communicationAndInformation,
  healthAndWellbeing,
  mentalCapacityAndConsent,
  medication,
  mobilityAndFalls,
  personalCare,
  nutritionAndHydration,
  skinIntegrity,
  sleepAndNightTime,
  emotionalWellbeingAndMentalHealth,
  communityAccessAndEngagement,
  cultureReligionIdentityAndRelationships,
  finances,
  safetyAndMyHome,
  advanceCarePlanning,
  behaviourSupport,
  contingencyPlans,
];
