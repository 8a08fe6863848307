// Quality actions over HTTP: raise one, list them (overdue first), read one with its history, and record updates.
import {
  createQualityActionBodySchema,
  idParamsSchema,
  qualityActionListQuerySchema,
  qualityActionListSchema,
  qualityActionOwnersQuerySchema,
  qualityActionOwnersSchema,
  qualityActionSchema,
  updateQualityActionBodySchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import {
  addQualityActionUpdate,
  createQualityAction,
  getQualityAction,
  listActionOwners,
  listQualityActions,
} from '../repo/quality-actions-repository.js';

export function qualityActionsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['plan quality'];

  app.post('/api/quality-actions', {
    schema: {
      tags,
      summary: 'Raise an action, from an audit finding or on its own, with an owner and a due date; it starts open',
      body: createQualityActionBodySchema,
      response: { 201: qualityActionSchema, ...problemResponses },
    },
  }, async (request, reply) => reply.status(201).send(await createQualityAction((await authenticate(ctx, request)).repo, request.body)));

  app.get('/api/quality-actions', {
    schema: {
      tags,
      summary: 'The actions the caller may read (open, overdue or done), overdue first then by due date',
      querystring: qualityActionListQuerySchema,
      response: { 200: qualityActionListSchema, ...problemResponses },
    },
  }, async (request) => listQualityActions((await authenticate(ctx, request)).repo, request.query));

  app.get('/api/quality-actions/owners', {
    schema: {
      tags,
      summary: 'Who may own an action in a service (or a person’s service): active staff there who can update actions',
      querystring: qualityActionOwnersQuerySchema,
      response: { 200: qualityActionOwnersSchema, ...problemResponses },
    },
  }, async (request) => listActionOwners((await authenticate(ctx, request)).repo, request.query));

  app.get('/api/quality-actions/:id', {
    schema: {
      tags,
      summary: 'One action with its history of updates, newest first',
      params: idParamsSchema,
      response: { 200: qualityActionSchema, ...problemResponses },
    },
  }, async (request) => getQualityAction((await authenticate(ctx, request)).repo, request.params.id));

  app.post('/api/quality-actions/:id/updates', {
    schema: {
      tags,
      summary: 'Record progress, or close the action saying what was done (or why it was cancelled); done and cancelled are final',
      params: idParamsSchema,
      body: updateQualityActionBodySchema,
      response: { 201: qualityActionSchema, ...problemResponses },
    },
  }, async (request, reply) =>
    reply.status(201).send(await addQualityActionUpdate((await authenticate(ctx, request)).repo, request.params.id, request.body)));
}
