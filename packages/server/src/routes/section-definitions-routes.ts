// The provider's own additions to the plan sections over HTTP: the current version, its history, and saving a new one.
import { saveSectionExtensionBodySchema, sectionExtensionResponseSchema, sectionExtensionVersionsSchema } from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { getSectionExtension, listSectionExtensionVersions, saveSectionExtension } from '../repo/section-definitions-repository.js';

export function sectionDefinitionsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['care plans'];

  app.get('/api/section-definitions/extension', {
    schema: { tags, summary: 'The provider\u2019s own sections, checklists, items and questions added to the toolkit\u2019s', response: { 200: sectionExtensionResponseSchema, ...problemResponses } },
  }, async (request) => getSectionExtension((await authenticate(ctx, request)).repo));

  app.put('/api/section-definitions/extension', {
    schema: {
      tags,
      summary: 'Save a new version of the provider\u2019s additions (409 if it changed since it was read; nothing earlier may be removed)',
      body: saveSectionExtensionBodySchema,
      response: { 200: sectionExtensionResponseSchema, ...problemResponses },
    },
  }, async (request) => saveSectionExtension((await authenticate(ctx, request)).repo, request.body));

  app.get('/api/section-definitions/extension/versions', {
    schema: { tags, summary: 'Every version of the provider\u2019s additions: who saved it, when and why', response: { 200: sectionExtensionVersionsSchema, ...problemResponses } },
  }, async (request) => listSectionExtensionVersions((await authenticate(ctx, request)).repo));
}
