// Every automatic audit rule, in the toolkit's order (A1 … K75, then Hearth's additions).
import type { AuditRule } from '../rule.js';
import { planOnTime } from './plan-on-time.js';
import { planBeforeStart } from './plan-before-start.js';
import { emergencyStart } from './emergency-start.js';
import { stalePlan } from './stale-plan.js';
import { contradictoryMedicationSupport } from './contradictory-medication-support.js';
import { reviewCurrency } from './review-currency.js';
import { coProduction } from './co-production.js';
import { firstPersonVoice } from './first-person-voice.js';
import { respectfulLanguage } from './respectful-language.js';
import { preciseInstructions } from './precise-instructions.js';
import { templateText } from './template-text.js';
import { enablingContent } from './enabling-content.js';
import { navigable } from './navigable.js';
import { profileRequiredFields } from './profile-required-fields.js';
import { yesAnswersLocated } from './yes-answers-located.js';
import { dnacprAwareness } from './dnacpr-awareness.js';
import { profileAuthor } from './profile-author.js';
import { visitByVisit } from './visit-by-visit.js';
import { identityAndRelationships } from './identity-and-relationships.js';
import { medicationSupportAnswer } from './medication-support-answer.js';
import { medicationLevel } from './medication-level.js';
import { levelThreeEquipment } from './level-three-equipment.js';
import { selfManagementStated } from './self-management-stated.js';
import { prnGuidance } from './prn-guidance.js';
import { medicationTimes } from './medication-times.js';
import { medicationLogistics } from './medication-logistics.js';
import { medicationSideEffects } from './medication-side-effects.js';
import { medicinesSupportDetails } from './medicines-support-details.js';
import { capacityStatus } from './capacity-status.js';
import { capacityAssessment } from './capacity-assessment.js';
import { capacityPerSection } from './capacity-per-section.js';
import { bestInterestsRecorded } from './best-interests-recorded.js';
import { capacityAndAgreement } from './capacity-and-agreement.js';
import { consentRecorded } from './consent-recorded.js';
import { mobilityChecklist } from './mobility-checklist.js';
import { mobilityStrengths } from './mobility-strengths.js';
import { equipmentConsistency } from './equipment-consistency.js';
import { bedCareTimes } from './bed-care-times.js';
import { fallsRiskAssessment } from './falls-risk-assessment.js';
import { postFallActions } from './post-fall-actions.js';
import { mobilityImprovement } from './mobility-improvement.js';
import { personalCareNeed } from './personal-care-need.js';
import { personalCareChecklist } from './personal-care-checklist.js';
import { dignityPrompt } from './dignity-prompt.js';
import { personalCareCulture } from './personal-care-culture.js';
import { personalCareTimes } from './personal-care-times.js';
import { toiletries } from './toiletries.js';
import { continenceAndSkin } from './continence-and-skin.js';
import { weightEscalation } from './weight-escalation.js';
import { dietaryRequirements } from './dietary-requirements.js';
import { kitchenInformation } from './kitchen-information.js';
import { chartPurpose } from './chart-purpose.js';
import { mustScreening } from './must-screening.js';
import { hydration } from './hydration.js';
import { foodFirst } from './food-first.js';
import { coProducedMenu } from './co-produced-menu.js';
import { communityChecklist } from './community-checklist.js';
import { communityDaysAndTimes } from './community-days-and-times.js';
import { desiredOutcomes } from './desired-outcomes.js';
import { goldenThread } from './golden-thread.js';
import { strengthsLinkedToGoals } from './strengths-linked-to-goals.js';
import { needsInOwnWords } from './needs-in-own-words.js';
import { hospitalPassportReview } from './hospital-passport-review.js';
import { advanceCarePlanningOffered } from './advance-care-planning-offered.js';
import { behaviourSupportDocuments } from './behaviour-support-documents.js';
import { contingencyPlansComplete } from './contingency-plans-complete.js';

export const auditRules: readonly AuditRule[] = [
  planOnTime,
  planBeforeStart,
  emergencyStart,
  stalePlan,
  contradictoryMedicationSupport,
  reviewCurrency,
  coProduction,
  firstPersonVoice,
  respectfulLanguage,
  preciseInstructions,
  templateText,
  enablingContent,
  navigable,
  profileRequiredFields,
  yesAnswersLocated,
  dnacprAwareness,
  profileAuthor,
  visitByVisit,
  identityAndRelationships,
  medicationSupportAnswer,
  medicationLevel,
  levelThreeEquipment,
  selfManagementStated,
  prnGuidance,
  medicationTimes,
  medicationLogistics,
  medicationSideEffects,
  medicinesSupportDetails,
  capacityStatus,
  capacityAssessment,
  capacityPerSection,
  bestInterestsRecorded,
  capacityAndAgreement,
  consentRecorded,
  mobilityChecklist,
  mobilityStrengths,
  equipmentConsistency,
  bedCareTimes,
  fallsRiskAssessment,
  postFallActions,
  mobilityImprovement,
  personalCareNeed,
  personalCareChecklist,
  dignityPrompt,
  personalCareCulture,
  personalCareTimes,
  toiletries,
  continenceAndSkin,
  weightEscalation,
  dietaryRequirements,
  kitchenInformation,
  chartPurpose,
  mustScreening,
  hydration,
  foodFirst,
  coProducedMenu,
  communityChecklist,
  communityDaysAndTimes,
  desiredOutcomes,
  goldenThread,
  strengthsLinkedToGoals,
  needsInOwnWords,
  hospitalPassportReview,
  advanceCarePlanningOffered,
  behaviourSupportDocuments,
  contingencyPlansComplete,
];
