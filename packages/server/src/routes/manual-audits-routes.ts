// Manual audits over HTTP: complete one against a person's plan, list a person's audits, read one. Append-only.
import { createManualAuditBodySchema, idParamsSchema, manualAuditHistorySchema, manualAuditSchema } from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { createManualAudit, getManualAudit, listManualAudits } from '../repo/manual-audits-repository.js';

export function manualAuditsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['plan quality'];

  app.post('/api/people/:id/manual-audits', {
    schema: {
      tags,
      summary: 'Record a completed manual audit of the person’s current plan version (or the one named) against a template',
      params: idParamsSchema,
      body: createManualAuditBodySchema,
      response: { 201: manualAuditSchema, ...problemResponses },
    },
  }, async (request, reply) =>
    reply.status(201).send(await createManualAudit((await authenticate(ctx, request)).repo, request.params.id, request.body)));

  app.get('/api/people/:id/manual-audits', {
    schema: {
      tags,
      summary: 'The person’s manual audits, newest first, with score and auditor',
      params: idParamsSchema,
      response: { 200: manualAuditHistorySchema, ...problemResponses },
    },
  }, async (request) => listManualAudits((await authenticate(ctx, request)).repo, request.params.id));

  app.get('/api/manual-audits/:id', {
    schema: {
      tags,
      summary: 'One manual audit: its answers, the template as answered, how it compares with the previous one, and actions raised from it',
      params: idParamsSchema,
      response: { 200: manualAuditSchema, ...problemResponses },
    },
  }, async (request) => getManualAudit((await authenticate(ctx, request)).repo, request.params.id));
}
