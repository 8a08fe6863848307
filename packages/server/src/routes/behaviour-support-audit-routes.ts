// Services' behaviour-support-planning audits over HTTP: where each service is now, and its actions.
import {
  behaviourSupportAuditOverviewSchema,
  behaviourSupportAuditPostSchema,
  behaviourSupportAuditViewSchema,
  idParamsSchema,
  serviceBehaviourSupportAuditsSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import {
  getBehaviourSupportAuditOverview,
  getServiceBehaviourSupportAudits,
  recordBehaviourSupportAudit,
} from '../repo/behaviour-support-audit-repository.js';

const tags = ['behaviour support audits'];

export function behaviourSupportAuditRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.get(
    '/api/behaviour-support-audits',
    {
      schema: {
        tags,
        summary: 'Every service whose behaviour-support-planning audits the reader may see, with its latest audit',
        response: { 200: behaviourSupportAuditOverviewSchema, ...problemResponses },
      },
    },
    async (request) => getBehaviourSupportAuditOverview((await authenticate(ctx, request)).repo),
  );

  app.get(
    '/api/services/:id/behaviour-support-audits',
    {
      schema: {
        tags,
        summary: 'A service\u2019s behaviour-support-planning audits, newest first, each summed up as where the service was',
        params: idParamsSchema,
        response: { 200: serviceBehaviourSupportAuditsSchema, ...problemResponses },
      },
    },
    async (request) => getServiceBehaviourSupportAudits((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/services/:id/behaviour-support-audits',
    {
      schema: {
        tags,
        summary:
          'Record a behaviour-support-planning audit of a service: yes, partly or no with evidence for each question, and an action for each gap',
        params: idParamsSchema,
        body: behaviourSupportAuditPostSchema,
        response: { 201: behaviourSupportAuditViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordBehaviourSupportAudit((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );
}
