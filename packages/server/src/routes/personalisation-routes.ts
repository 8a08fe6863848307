// The personalisation action plan for care homes over HTTP: the provider's areas, a home's self-assessments with
// the latest in full and its action plan, recording a new self-assessment and reading one.
import {
  areaSetResponseSchema,
  createAssessmentBodySchema,
  idParamsSchema,
  personalisationAssessmentSchema,
  saveAreaSetBodySchema,
  serviceParamsSchema,
  servicePersonalisationSchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { getAreaSet, saveAreaSet } from '../repo/personalisation-areas-repository.js';
import { createAssessment, getAssessment, getServicePersonalisation } from '../repo/personalisation-repository.js';

export function personalisationRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['personalisation'];

  app.get('/api/personalisation/areas', {
    schema: { tags, summary: 'The provider\u2019s areas of personalised care, with their version (0 is Hearth\u2019s defaults)', response: { 200: areaSetResponseSchema, ...problemResponses } },
  }, async (request) => getAreaSet((await authenticate(ctx, request)).repo));

  app.post('/api/personalisation/areas', {
    schema: {
      tags,
      summary: 'Save a new version of the areas with a reason (409 if they changed since read; areas are retired, never removed)',
      body: saveAreaSetBodySchema,
      response: { 201: areaSetResponseSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.status(201).send(await saveAreaSet((await authenticate(ctx, request)).repo, request.body)));

  app.get('/api/services/:id/personalisation', {
    schema: {
      tags,
      summary: 'A care home\u2019s self-assessments, newest first, and the latest in full with its action plan',
      params: serviceParamsSchema,
      response: { 200: servicePersonalisationSchema, ...problemResponses },
    },
  }, async (request) => getServicePersonalisation((await authenticate(ctx, request)).repo, request.params.id));

  app.post('/api/services/:id/personalisation/assessments', {
    schema: {
      tags,
      summary: 'Record a care home\u2019s self-assessment against the current areas: ratings, who took part, the day agreed and the priorities',
      params: serviceParamsSchema,
      body: createAssessmentBodySchema,
      response: { 201: personalisationAssessmentSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.status(201).send(await createAssessment((await authenticate(ctx, request)).repo, request.params.id, request.body)));

  app.get('/api/personalisation/assessments/:id', {
    schema: {
      tags,
      summary: 'One self-assessment with the one before it compared and its own action plan',
      params: idParamsSchema,
      response: { 200: personalisationAssessmentSchema, ...problemResponses },
    },
  }, async (request) => getAssessment((await authenticate(ctx, request)).repo, request.params.id));
}
