// Opening and accepting an invitation link (no session: the link itself is the credential).
import { acceptInvitationBodySchema, invitationInfoSchema, invitationTokenParamsSchema } from '@hearth/core';
import { z } from 'zod';
import { acceptInvitation, describeInvitation } from '../auth/invitation-service.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';

export function invitationRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const limit = { rateLimit: { max: ctx.config.signInRateLimitPerMinute, timeWindow: '1 minute' } };

  app.get('/api/invitations/:token', {
    config: limit,
    schema: { tags: ['staff'], summary: 'What an invitation is for', security: [], params: invitationTokenParamsSchema, response: { 200: invitationInfoSchema, ...problemResponses } },
  }, async (request) => describeInvitation(ctx.pool, request.params.token, ctx.now()));

  app.post('/api/invitations/:token/accept', {
    config: limit,
    schema: { tags: ['staff'], summary: 'Accept an invitation and choose a password', security: [], params: invitationTokenParamsSchema, body: acceptInvitationBodySchema, response: { 204: z.null(), ...problemResponses } },
  }, async (request, reply) => {
    await acceptInvitation(ctx.pool, request.params.token, request.body, ctx.now());
    return reply.status(204).send(null);
  });
}
