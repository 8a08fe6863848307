// Visit and daily records over HTTP: planned visits, recording a visit (idempotent on the phone's client id),
// reading records, corrections, escalated concerns and the visits needing attention.
import {
  createVisitAddendumBodySchema,
  createVisitRecordBodySchema,
  escalationListQuerySchema,
  idParamsSchema,
  plannedVisitsQuerySchema,
  plannedVisitsSchema,
  updateEscalationBodySchema,
  visitAttentionQuerySchema,
  visitAttentionSchema,
  visitEscalationListSchema,
  visitEscalationSchema,
  visitRecordListQuerySchema,
  visitRecordListSchema,
  visitRecordSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { listVisitsNeedingAttention } from '../repo/visit-attention-repository.js';
import { listEscalations, updateEscalation } from '../repo/visit-escalations-repository.js';
import { addVisitAddendum, createVisitRecord, getPlannedVisits, getVisitRecord, listVisitRecords } from '../repo/visit-records-repository.js';

export function visitRecordsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['visit records'];

  app.get('/api/people/:id/visits/planned', {
    schema: {
      tags,
      summary: 'The visits the person’s plan in use sets out for a day in England (today by default), each with its tasks',
      params: idParamsSchema,
      querystring: plannedVisitsQuerySchema,
      response: { 200: plannedVisitsSchema, ...problemResponses },
    },
  }, async (request) => getPlannedVisits((await authenticate(ctx, request)).repo, request.params.id, request.query.date));

  app.post('/api/people/:id/visit-records', {
    schema: {
      tags,
      summary: 'Record a visit or shift; sending the same record again (same clientId) answers the stored one with 200, a different one with 409',
      params: idParamsSchema,
      body: createVisitRecordBodySchema,
      response: { 200: visitRecordSchema, 201: visitRecordSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const { record, created } = await createVisitRecord((await authenticate(ctx, request)).repo, request.params.id, request.body);
    return reply.status(created ? 201 : 200).send(record);
  });

  app.get('/api/people/:id/visit-records', {
    schema: {
      tags,
      summary: 'The person’s visit records on the days from `from` to `to` (the last week by default), newest first, with corrections and escalations',
      params: idParamsSchema,
      querystring: visitRecordListQuerySchema,
      response: { 200: visitRecordListSchema, ...problemResponses },
    },
  }, async (request) => listVisitRecords((await authenticate(ctx, request)).repo, request.params.id, request.query));

  app.get('/api/visit-records/:id', {
    schema: {
      tags,
      summary: 'One visit record as it was written, with its corrections and escalations',
      params: idParamsSchema,
      response: { 200: visitRecordSchema, ...problemResponses },
    },
  }, async (request) => getVisitRecord((await authenticate(ctx, request)).repo, request.params.id));

  app.post('/api/visit-records/:id/addenda', {
    schema: {
      tags,
      summary: 'Add a correction or addition to a visit record; the record itself stays as it was written',
      params: idParamsSchema,
      body: createVisitAddendumBodySchema,
      response: { 201: visitRecordSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.status(201).send(await addVisitAddendum((await authenticate(ctx, request)).repo, request.params.id, request.body)));

  app.get('/api/visit-escalations', {
    schema: {
      tags,
      summary: 'Concerns escalated from visits in the services the caller may read: open ones (the default) or all, unresolved first',
      querystring: escalationListQuerySchema,
      response: { 200: visitEscalationListSchema, ...problemResponses },
    },
  }, async (request) => listEscalations((await authenticate(ctx, request)).repo, request.query));

  app.post('/api/visit-escalations/:id/updates', {
    schema: {
      tags,
      summary: 'Acknowledge an escalated concern, or resolve it saying what was done; resolved is final',
      params: idParamsSchema,
      body: updateEscalationBodySchema,
      response: { 201: visitEscalationSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.status(201).send(await updateEscalation((await authenticate(ctx, request)).repo, request.params.id, request.body)));

  app.get('/api/visits/attention', {
    schema: {
      tags,
      summary: 'Late and missed home care visits of a day (today by default) in the services the caller may read',
      querystring: visitAttentionQuerySchema,
      response: { 200: visitAttentionSchema, ...problemResponses },
    },
  }, async (request) => listVisitsNeedingAttention((await authenticate(ctx, request)).repo, request.query));
}
