// Signing in and out, the second factor, and who is signed in.
import { mfaCodeBodySchema, mfaEnrolmentSchema, meSchema, signInBodySchema, signInResultSchema } from '@hearth/core';
import { z } from 'zod';
import { beginMfaEnrolment, confirmMfaEnrolment, meFor, signIn, signOut, verifyMfa } from '../auth/sign-in-service.js';
import { authenticate, clearSessionCookie, sessionAt, setSessionCookie } from '../http/authenticate.js';
import { problemResponses, type RouteApp } from '../http/route-kit.js';

export function authRoutes(app: RouteApp): void {
  const ctx = app.hearth;
  const signInLimit = { rateLimit: { max: ctx.config.signInRateLimitPerMinute, timeWindow: '1 minute' } };

  app.post('/api/auth/sign-in', {
    config: signInLimit,
    schema: { tags: ['auth'], summary: 'Sign in with email and password', body: signInBodySchema, response: { 200: signInResultSchema, ...problemResponses } },
  }, async (request, reply) => {
    const signedIn = await signIn(ctx.pool, ctx.config, request.body.email, request.body.password, ctx.now());
    setSessionCookie(ctx, reply, signedIn.token);
    return signedIn.result;
  });

  app.post('/api/auth/mfa/verify', {
    config: signInLimit,
    schema: { tags: ['auth'], summary: 'Enter the code from the authenticator app', body: mfaCodeBodySchema, response: { 200: signInResultSchema, ...problemResponses } },
  }, async (request, reply) => {
    const session = await sessionAt(ctx, request, 'mfa_pending');
    const signedIn = await verifyMfa(ctx.pool, ctx.config, session, request.body.code, ctx.now());
    setSessionCookie(ctx, reply, signedIn.token);
    return signedIn.result;
  });

  app.post('/api/auth/mfa/enrolment', {
    schema: { tags: ['auth'], summary: 'Start setting up an authenticator app', response: { 200: mfaEnrolmentSchema, ...problemResponses } },
  }, async (request) => {
    const session = await sessionAt(ctx, request, 'mfa_enrolment');
    return beginMfaEnrolment(ctx.pool, session);
  });

  app.post('/api/auth/mfa/enrolment/confirm', {
    config: signInLimit,
    schema: { tags: ['auth'], summary: 'Confirm the authenticator app with a code', body: mfaCodeBodySchema, response: { 200: signInResultSchema, ...problemResponses } },
  }, async (request, reply) => {
    const session = await sessionAt(ctx, request, 'mfa_enrolment');
    const signedIn = await confirmMfaEnrolment(ctx.pool, ctx.config, session, request.body.code, ctx.now());
    setSessionCookie(ctx, reply, signedIn.token);
    return signedIn.result;
  });

  app.post('/api/auth/sign-out', {
    schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null(), ...problemResponses } },
  }, async (request, reply) => {
    const { session } = await authenticate(ctx, request);
    await signOut(ctx.pool, session, ctx.now());
    clearSessionCookie(ctx, reply);
    return reply.status(204).send(null);
  });

  app.get('/api/auth/me', {
    schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: meSchema, ...problemResponses } },
  }, async (request) => {
    const { session, identity } = await authenticate(ctx, request);
    return meFor(identity, session.csrfToken, session.expiresAt, ctx.config);
  });
}
