// Outside sign-in over HTTP: the person, family, advocates and officers sign in, accept invitations and sign out.
// Rate limited like staff sign-in; a staff session is never accepted here.
import {
  acceptSharedInvitationBodySchema,
  invitationTokenParamsSchema,
  sharedInvitationInfoSchema,
  sharedSessionSchema,
  signInBodySchema,
  type SharedSession,
} from '@hearth/core';
import { z } from 'zod';
import { loadExternalIdentity } from '../auth/external-actor.js';
import { acceptExternalInvitation, describeExternalInvitation } from '../auth/external-sign-in-invitations.js';
import { signInExternal, signOutExternal, type ExternalSignedIn } from '../auth/external-sign-in.js';
import { inTransaction } from '../db/transaction.js';
import { authenticateExternal, clearExternalSessionCookie, setExternalSessionCookie } from '../http/authenticate-external.js';
import type { AppContext } from '../http/context.js';
import { HttpError } from '../http/http-error.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';
import { reachablePeople } from '../repo/shared-people.js';
import { SharedRecordRepository } from '../repo/shared-record-repository.js';

const tags = ['shared record'];
const security = [{ sharedSession: [] }];

async function sessionFor(ctx: AppContext, signedIn: Pick<ExternalSignedIn, 'accountId' | 'organisationId' | 'csrfToken'>): Promise<SharedSession> {
  const identity = await inTransaction(ctx.pool, signedIn.organisationId, (tx) => loadExternalIdentity(tx, signedIn.accountId, ctx.now()));
  if (!identity) throw new HttpError('unauthenticated');
  const repo = new SharedRecordRepository(ctx.pool, identity.actor, ctx.now);
  return {
    accountId: identity.actor.accountId,
    name: identity.name,
    email: identity.email,
    organisation: { id: identity.actor.organisationId, name: identity.organisationName },
    csrfToken: signedIn.csrfToken,
    people: await reachablePeople(repo, 'shared.session.read'),
  };
}

export function sharedAuthRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const signInLimit = { rateLimit: { max: ctx.config.signInRateLimitPerMinute, timeWindow: '1 minute' } };

  app.post('/api/shared/auth/sign-in', {
    config: signInLimit,
    schema: { tags, summary: 'Sign in to the shared record with email and password', security: [], body: signInBodySchema, response: { 200: sharedSessionSchema, ...problemResponses } },
  }, async (request, reply) => {
    const signedIn = await signInExternal(ctx.pool, ctx.config, request.body.email, request.body.password, ctx.now());
    setExternalSessionCookie(ctx, reply, signedIn.token);
    return sessionFor(ctx, signedIn);
  });

  app.post('/api/shared/auth/sign-out', {
    schema: { tags, security, summary: 'Sign out of the shared record', response: { 204: z.null(), ...problemResponses } },
  }, async (request, reply) => {
    const { session } = await authenticateExternal(ctx, request);
    await signOutExternal(ctx.pool, session, ctx.now());
    clearExternalSessionCookie(ctx, reply);
    return reply.status(204).send(null);
  });

  app.get('/api/shared/auth/session', {
    schema: { tags, security, summary: 'Who is signed in to the shared record, and whose records they may see', response: { 200: sharedSessionSchema, ...problemResponses } },
  }, async (request) => {
    const { session } = await authenticateExternal(ctx, request);
    return sessionFor(ctx, { accountId: session.accountId, organisationId: session.organisationId, csrfToken: session.csrfToken });
  });

  app.get('/api/shared/invitations/:token', {
    config: signInLimit,
    schema: { tags, summary: 'Who an invitation to the shared record is for', security: [], params: invitationTokenParamsSchema, response: { 200: sharedInvitationInfoSchema, ...problemResponses } },
  }, async (request) => describeExternalInvitation(ctx.pool, request.params.token, ctx.now()));

  app.post('/api/shared/invitations/:token/accept', {
    config: signInLimit,
    schema: {
      tags, summary: 'Accept an invitation to the shared record: choose a password (or enter the one you have) and sign in', security: [],
      params: invitationTokenParamsSchema, body: acceptSharedInvitationBodySchema, response: { 200: sharedSessionSchema, ...problemResponses },
    },
  }, async (request, reply) => {
    const signedIn = await acceptExternalInvitation(ctx.pool, ctx.config, request.params.token, request.body.password, ctx.now());
    setExternalSessionCookie(ctx, reply, signedIn.token);
    return sessionFor(ctx, signedIn);
  });
}
