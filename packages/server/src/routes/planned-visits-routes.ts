// Planned visits and phones' outbox reports over HTTP: plan and cancel visits, a service's day of rounds, a worker's
// own visits, a phone's report of its unsent records, and the unsent records the senior on duty must see.
import {
  idParamsSchema,
  myPlannedVisitsSchema,
  outboxAttentionSchema,
  outboxReportBodySchema,
  outboxReportReceiptSchema,
  plannedVisitCancelBodySchema,
  plannedVisitCreateBodySchema,
  plannedVisitDayQuerySchema,
  plannedVisitDaySchema,
  plannedVisitViewSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { outboxAttention, reportOutbox } from '../repo/outbox-reports-repository.js';
import { cancelVisit, getPlannedVisit, myPlannedVisits, planVisit, plannedVisitDay } from '../repo/planned-visits-repository.js';

const tags = ['planned visits'];

export function plannedVisitsRoutes(app: RouteApp): void {
  const ctx = app.hearth;

  app.post(
    '/api/planned-visits',
    {
      schema: {
        tags,
        summary: 'Plan a visit: a care worker of the person\u2019s service visits them at a time still to come; it is never changed, only cancelled',
        body: plannedVisitCreateBodySchema,
        response: { 201: plannedVisitViewSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await planVisit((await authenticate(ctx, request)).repo, request.body)),
  );

  app.get(
    '/api/planned-visits/mine',
    {
      schema: {
        tags,
        summary: 'The signed-in worker\u2019s visits from the start of today through tomorrow (and the next 36 hours), cancelled ones marked',
        response: { 200: myPlannedVisitsSchema, ...problemResponses },
      },
    },
    async (request) => myPlannedVisits((await authenticate(ctx, request)).repo),
  );

  app.get(
    '/api/planned-visits/:id',
    {
      schema: { tags, summary: 'One planned visit', params: idParamsSchema, response: { 200: plannedVisitViewSchema, ...problemResponses } },
    },
    async (request) => getPlannedVisit((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/planned-visits/:id/cancellation',
    {
      schema: {
        tags,
        summary: 'Cancel a planned visit, saying why; the visit is kept, marked as cancelled',
        params: idParamsSchema,
        body: plannedVisitCancelBodySchema,
        response: { 201: plannedVisitViewSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await cancelVisit((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );

  app.get(
    '/api/services/:id/planned-visits',
    {
      schema: {
        tags,
        summary: 'A service\u2019s visits starting on a day in England (today by default), and who may be put on its rounds',
        params: idParamsSchema,
        querystring: plannedVisitDayQuerySchema,
        response: { 200: plannedVisitDaySchema, ...problemResponses },
      },
    },
    async (request) => plannedVisitDay((await authenticate(ctx, request)).repo, request.params.id, request.query.date),
  );

  app.post(
    '/api/outbox-reports',
    {
      schema: {
        tags,
        summary: 'A phone reports the visit records it holds unsent (ids, who for, since when; never their content); its newest report stands',
        body: outboxReportBodySchema,
        response: { 201: outboxReportReceiptSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await reportOutbox((await authenticate(ctx, request)).repo, request.body)),
  );

  app.get(
    '/api/outbox-reports/attention',
    {
      schema: {
        tags,
        summary: 'Visit records still unsent on a phone a day after they were saved, about people the reader supports: whose phone, who for, since when',
        response: { 200: outboxAttentionSchema, ...problemResponses },
      },
    },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await outboxAttention((await authenticate(ctx, request)).repo)),
  );
}
