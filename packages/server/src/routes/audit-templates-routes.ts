// Audit templates over HTTP: the toolkit checklist and the provider's own, each change a new version.
import {
  auditTemplateListQuerySchema,
  auditTemplateListSchema,
  auditTemplateSchema,
  createAuditTemplateBodySchema,
  newAuditTemplateVersionBodySchema,
  templateKeyParamsSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { addAuditTemplateVersion, createAuditTemplate, getAuditTemplate, listAuditTemplates } from '../repo/manual-audits-templates.js';

export function auditTemplatesRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['plan quality'];

  app.get('/api/audit-templates', {
    schema: {
      tags,
      summary: 'The templates a manual audit can use: the toolkit checklist, then the provider’s own at their latest version',
      querystring: auditTemplateListQuerySchema,
      response: { 200: auditTemplateListSchema, ...problemResponses },
    },
  }, async (request) => listAuditTemplates((await authenticate(ctx, request)).repo, request.query.includeRetired === 'true'));

  app.get('/api/audit-templates/:key', {
    schema: {
      tags,
      summary: 'A template at its latest version, with the list of its versions',
      params: templateKeyParamsSchema,
      response: { 200: auditTemplateSchema, ...problemResponses },
    },
  }, async (request) => getAuditTemplate((await authenticate(ctx, request)).repo, request.params.key));

  app.post('/api/audit-templates', {
    schema: {
      tags,
      summary: 'Create a template of the provider’s own; its key is made from the title',
      body: createAuditTemplateBodySchema,
      response: { 201: auditTemplateSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.status(201).send(await createAuditTemplate((await authenticate(ctx, request)).repo, request.body)));

  app.post('/api/audit-templates/:key/versions', {
    schema: {
      tags,
      summary: 'Save a new version of a template (or retire it), from the latest version the author saw',
      params: templateKeyParamsSchema,
      body: newAuditTemplateVersionBodySchema,
      response: { 201: auditTemplateSchema, ...problemResponses },
    },
  }, async (request, reply) =>
    reply.status(201).send(await addAuditTemplateVersion((await authenticate(ctx, request)).repo, request.params.key, request.body)));
}
