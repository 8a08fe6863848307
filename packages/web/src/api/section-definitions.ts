// The provider's own additions to the plan sections: the current version, its history, and saving a new one.
import type {
  SaveSectionExtensionBody,
  SectionDefinition,
  SectionExtensionResponse,
  SectionExtensionVersions,
} from '@hearth/core';
import { request } from './client';

const path = '/api/section-definitions/extension';

export const getSectionExtension = () => request<SectionExtensionResponse>('GET', path);

export const listSectionExtensionVersions = () => request<SectionExtensionVersions>('GET', `${path}/versions`);

/** Saves a new version from `baseVersion`; 409 when someone saved one since. */
export const saveSectionExtension = (body: SaveSectionExtensionBody) => request<SectionExtensionResponse>('PUT', path, { body });

/** The sections plans follow now: the toolkit's merged with the provider's additions. */
export const getEffectiveSections = () => request<SectionDefinition[]>('GET', '/api/care-plan-sections');
