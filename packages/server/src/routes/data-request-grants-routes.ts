// Data requests answered by a time-limited, read-only access grant for the named officer, over HTTP: give one (which
// answers the request and returns the officer's invitation link, shown once), list a request's grants, revoke one.
import {
  accessGrantBodySchema,
  accessGrantListSchema,
  accessGrantSchema,
  grantIdParamsSchema,
  idParamsSchema,
  issuedAccessGrantSchema,
  revokeAccessGrantBodySchema,
} from '@hearth/core';
import { authenticate } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { createAccessGrant, listAccessGrants, revokeAccessGrant } from '../repo/data-request-grants-repository.js';

export function dataRequestGrantsRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const tags = ['data requests'];

  app.post('/api/data-requests/:id/grants', {
    schema: {
      tags,
      summary: 'Answer an open request with read-only access for the officer to the named people’s chosen parts until a set time; returns the invitation link once',
      params: idParamsSchema,
      body: accessGrantBodySchema,
      response: { 201: issuedAccessGrantSchema, ...problemResponses },
    },
  }, async (request, reply) =>
    reply.status(201).send(await createAccessGrant((await authenticate(ctx, request)).repo, ctx.config, request.params.id, request.body)));

  app.get('/api/data-requests/:id/grants', {
    schema: {
      tags,
      summary: 'The access grants given for a request, newest first: active, ended or revoked, and whether the officer accepted',
      params: idParamsSchema,
      response: { 200: accessGrantListSchema, ...problemResponses },
    },
  }, async (request) => listAccessGrants((await authenticate(ctx, request)).repo, request.params.id));

  app.post('/api/data-requests/:id/grants/:grantId/revoke', {
    schema: {
      tags,
      summary: 'End an access grant at once, with the reason; the officer loses access on their next request',
      params: grantIdParamsSchema,
      body: revokeAccessGrantBodySchema,
      response: { 200: accessGrantSchema, ...problemResponses },
    },
  }, async (request) =>
    revokeAccessGrant((await authenticate(ctx, request)).repo, request.params.id, request.params.grantId, request.body));
}
