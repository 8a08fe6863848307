// Turns a request's session cookie into the signed-in staff member, or refuses it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { findSession, endSession, tokensMatch, touchSession, type Session, type SessionStage } from '../auth/session-store.js';
import { loadStaffIdentity, type StaffIdentity } from '../auth/staff-actor.js';
import { inTransaction } from '../db/transaction.js';
import { RequestRepository } from '../repo/request-repository.js';
import type { AppContext } from './context.js';
import { HttpError } from './http-error.js';

export const sessionCookie = 'hearth_session';

export interface Authenticated {
  session: Session;
  identity: StaffIdentity;
  repo: RequestRepository;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Finds the session at a given stage; changes must carry the session's CSRF token. */
export async function sessionAt(ctx: AppContext, request: FastifyRequest, stage: SessionStage): Promise<Session> {
  const token = request.cookies[sessionCookie];
  if (!token) throw new HttpError('unauthenticated');
  const now = ctx.now();
  const found = await findSession(ctx.pool, ctx.config, token, now);
  if (found.state === 'none') throw new HttpError('unauthenticated');
  if (found.state !== 'valid') {
    await inTransaction(ctx.pool, found.session.organisationId, (tx) => endSession(tx, found.session.idHash, now));
    throw new HttpError('unauthenticated', found.state === 'idle' ? 'You were signed out after a period without activity' : 'Your session has ended');
  }
  if (found.session.stage !== stage) {
    throw new HttpError('unauthenticated', stage === 'active' ? 'Finish signing in first' : 'Sign in with your password first');
  }
  if (!safeMethods.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !tokensMatch(sent, found.session.csrfToken)) throw new HttpError('csrf');
  }
  return found.session;
}

/** Sent by the web app on the requests it makes by itself rather than for the person using it. */
export const backgroundHeader = 'x-hearth-background';

export async function authenticate(ctx: AppContext, request: FastifyRequest): Promise<Authenticated> {
  const session = await sessionAt(ctx, request, 'active');
  const now = ctx.now();
  const identity = await inTransaction(ctx.pool, session.organisationId, async (tx) => {
    // What the app does on its own (x-hearth-background: keeping a round's records on the phone, reporting its
    // outbox) is not the person's activity: it must not keep an unattended phone signed in.
    if (request.headers[backgroundHeader] !== '1') await touchSession(tx, session, now);
    return loadStaffIdentity(tx, session.staffId);
  });
  if (!identity || identity.status !== 'active') throw new HttpError('unauthenticated', 'This account is no longer active');
  return { session, identity, repo: new RequestRepository(ctx.pool, identity.actor, ctx.now) };
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, token: string): void {
  void reply.setCookie(sessionCookie, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.config.behindTls,
    path: '/',
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply): void {
  void reply.clearCookie(sessionCookie, { httpOnly: true, sameSite: 'strict', secure: ctx.config.behindTls, path: '/' });
}
