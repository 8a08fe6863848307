// Where the rules come from, spelt once: the toolkit's pages and the external standards.
import { toolkitPages } from '../../care-plan/sections/toolkit-pages.js';
import type { GuidanceRef } from '../finding.js';

export const hcpa = (page: keyof typeof toolkitPages, part: string): GuidanceRef => ({
  source: 'HCPA',
  reference: `HCPA Care/Support Plan toolkit, ${pageNames[page]}: ${part}`,
  url: toolkitPages[page],
});

export const external = (reference: string, url: string | null = null): GuidanceRef => ({ source: 'EXTERNAL', reference, url });

export const derived = (reference: string, page: keyof typeof toolkitPages | null = null): GuidanceRef => ({
  source: 'DERIVED',
  reference,
  url: page === null ? null : toolkitPages[page],
});

const pageNames: Record<keyof typeof toolkitPages, string> = {
  generalGuidance: 'General care planning best practice guidance',
  onePageProfile: 'One-page profile',
  healthAndWellbeing: 'Health & wellbeing',
  mentalCapacity: 'Mental capacity',
  medication: 'Medication care and support plan',
  mobility: 'Mobility care and support plan',
  personalCare: 'Personal care plan',
  nutrition: 'Nutrition',
  communityAccess: 'Community access and engagement plan',
  endOfLifeResources: 'End-of-life resources',
};
