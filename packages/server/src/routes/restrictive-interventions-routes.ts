// The restrictive interventions register over HTTP: a person's register, recording a use (idempotent on the form's
// client id) and its debriefs, and the organisation's trends by service.
import {
  idParamsSchema,
  restrictiveInterventionDebriefPostSchema,
  restrictiveInterventionPostSchema,
  restrictiveInterventionRegisterSchema,
  restrictiveInterventionTrendsQuerySchema,
  restrictiveInterventionTrendsSchema,
  restrictiveInterventionViewSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import {
  getRestrictiveInterventions,
  recordRestrictiveIntervention,
  recordRestrictiveInterventionDebrief,
} from '../repo/restrictive-interventions-repository.js';
import { getRestrictiveInterventionTrends } from '../repo/restrictive-interventions-trends.js';

const tags = ['restrictive interventions'];

export function restrictiveInterventionsRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.get(
    '/api/people/:id/restrictive-interventions',
    {
      schema: {
        tags,
        summary:
          'A person\u2019s restrictive interventions, newest first with their debriefs (corrected records kept and marked), what needs attention, and their trend over 12 months',
        params: idParamsSchema,
        response: { 200: restrictiveInterventionRegisterSchema, ...problemResponses },
      },
    },
    async (request) => getRestrictiveInterventions((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/people/:id/restrictive-interventions',
    {
      schema: {
        tags,
        summary:
          'Record a restrictive intervention, or a correction naming the record it replaces with a reason; sending the same record again (same clientId) answers the stored one with 200, a different one with 409',
        params: idParamsSchema,
        body: restrictiveInterventionPostSchema,
        response: { 200: restrictiveInterventionViewSchema, 201: restrictiveInterventionViewSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { record, created } = await recordRestrictiveIntervention(
        (await authenticate(ctx, request)).repo,
        request.params.id,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(record);
    },
  );

  app.post(
    '/api/restrictive-interventions/:id/debriefs',
    {
      schema: {
        tags,
        summary: 'Record the debrief with the person or with the staff involved; the record answered carries it',
        params: idParamsSchema,
        body: restrictiveInterventionDebriefPostSchema,
        response: { 201: restrictiveInterventionViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await recordRestrictiveInterventionDebrief((await authenticate(ctx, request)).repo, request.params.id, request.body),
        ),
  );

  app.get(
    '/api/restrictive-interventions/trends',
    {
      schema: {
        tags,
        summary:
          'Restrictive interventions per month by kind for each service the reader may see (or one service), over 6 or 12 months (12 by default), with whether they are falling',
        querystring: restrictiveInterventionTrendsQuerySchema,
        response: { 200: restrictiveInterventionTrendsSchema, ...problemResponses },
      },
    },
    async (request) =>
      getRestrictiveInterventionTrends((await authenticate(ctx, request)).repo, {
        months: request.query.months === '6' ? 6 : 12,
        serviceId: request.query.serviceId,
      }),
  );
}
