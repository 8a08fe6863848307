// Information choices over HTTP: the conversations about how a person wants their records kept, and the people whose
// choices are not yet discussed or due for review.
import {
  choicesAttentionQuerySchema,
  choicesAttentionResponseSchema,
  idParamsSchema,
  informationChoicesResponseSchema,
  recordInformationChoicesBodySchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import {
  getInformationChoices,
  listChoicesNeedingAttention,
  recordInformationChoices,
} from '../repo/information-choices-repository.js';

export function informationChoicesRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['information choices'];

  app.get(
    '/api/people/:id/information-choices',
    {
      schema: {
        tags,
        summary:
          'A person\u2019s information choices: the latest conversation (null if never discussed), every one, and the status',
        params: idParamsSchema,
        response: { 200: informationChoicesResponseSchema, ...problemResponses },
      },
    },
    async (request) => getInformationChoices((await authenticate(ctx, request)).repo, request.params.id),
  );

  app.post(
    '/api/people/:id/information-choices',
    {
      schema: {
        tags,
        summary: 'Record a conversation about how the person wants their records kept and shared; the newest is current',
        params: idParamsSchema,
        body: recordInformationChoicesBodySchema,
        response: { 201: informationChoicesResponseSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordInformationChoices((await authenticate(ctx, request)).repo, request.params.id, request.body)),
  );

  app.get(
    '/api/information-choices/not-discussed',
    {
      schema: {
        tags,
        summary:
          'People supported now, in the services the reader may read, whose information choices are not yet discussed or are due for review',
        querystring: choicesAttentionQuerySchema,
        response: { 200: choicesAttentionResponseSchema, ...problemResponses },
      },
    },
    async (request) => listChoicesNeedingAttention((await authenticate(ctx, request)).repo, request.query),
  );
}
