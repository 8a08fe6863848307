// The toolkit pages the default sections are taken from, spelt once so a source is never a mistyped or invented URL.
export const toolkitPages = {
  generalGuidance: 'https://www.hcpa.info/guideline/general-care-planning-best-practice-guidance/',
  onePageProfile: 'https://www.hcpa.info/guideline/one-page-profile/',
  healthAndWellbeing: 'https://www.hcpa.info/guideline/health-wellbeing/',
  mentalCapacity: 'https://www.hcpa.info/guideline/mental-capacity-2/',
  medication: 'https://www.hcpa.info/guideline/medication-care-and-support-plan/',
  mobility: 'https://www.hcpa.info/guideline/mobility-care-and-support-plan/',
  personalCare: 'https://www.hcpa.info/guideline/personal-care-plan/',
  nutrition: 'https://www.hcpa.info/guideline/nutrition/',
  communityAccess: 'https://www.hcpa.info/guideline/community-access-and-engagement-plan/',
  endOfLifeResources: 'https://www.hcpa.info/?p=11942',
} as const;
